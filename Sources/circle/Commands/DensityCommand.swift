import ArgumentParser
import StrategyAnalysis
import StrategyModel

struct DensityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "density",
        abstract: "Synergy density within and between rings, sectors or clusters.",
        discussion: """
            Weighted density of a group: its inside synergy per possible pair; between two \
            groups: their synergy per possible pair. By sector, also the share of synergy that \
            runs between neighbouring sectors of the circle.

            Examples:
              circle density --by sector
              circle density --by cluster --algorithm louvain --format json
            """
    )

    enum Grouping: String, ExpressibleByArgument, CaseIterable { case ring, sector, cluster }

    @OptionGroup var input: InputOptions
    @Option(help: "Group by ring, sector or cluster.")
    var by: Grouping = .sector
    @OptionGroup var clustering: ClusterArguments
    @OptionGroup var output: OutputOptions

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let circle = try input.load().activePart
        let density: SynergyDensity
        switch by {
        case .ring:
            guard !circle.rings.isEmpty else { throw ValidationError("this graph has no rings; try --by cluster") }
            density = SynergyDensity.byRing(circle)
        case .sector:
            guard !circle.sectors.isEmpty else { throw ValidationError("this graph has no sectors; try --by cluster") }
            density = SynergyDensity.bySector(circle)
        case .cluster:
            let clusters = ClusterResult(circle, options: clustering.options)
            density = SynergyDensity.byCluster(circle, number: clusters.membership)
        }
        let adjacency = by == .sector ? SectorAdjacency(density: density) : nil
        switch output.format {
        case .json:
            struct Result: Encodable { var density: SynergyDensity; var sectorAdjacency: SectorAdjacency? }
            print(try jsonText(Result(density: density, sectorAdjacency: adjacency)))
        case .csv:
            print(CSVText.row(["from", "to", "synergy", "density"]))
            for (a, ga) in density.groups.enumerated() {
                for (b, gb) in density.groups.enumerated() {
                    print(CSVText.row([ga.id, gb.id, full(density.synergyBetween[a][b]), full(density.between[a][b])]))
                }
            }
        case .table:
            printDensityTable(density, adjacency: adjacency)
        }
    }
}

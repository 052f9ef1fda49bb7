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

/// The density table and matrix, as `density` and `analyze` print them.
func printDensityTable(_ density: SynergyDensity, adjacency: SectorAdjacency?) {
    var groups = TextTable([(density.grouping.capitalized, .left), ("Nodes", .right), ("Synergy", .right),
                            ("Tension", .right), ("Density", .right)])
    for group in density.groups where group.nodes > 0 {
        groups.add([group.label, "\(group.nodes)", short(group.synergy), short(group.tension), short(group.density)])
    }
    print(groups.render())
    print("\nDensity between groups (synergy per possible pair):")
    let shown = density.groups.indices.filter { density.groups[$0].nodes > 0 }
    var matrix = TextTable([("", .left)] + shown.map { (density.groups[$0].id, TextTable.Alignment.right) })
    for a in shown {
        matrix.add([density.groups[a].id] + shown.map { short(density.between[a][$0]) })
    }
    print(matrix.render())
    print("\nOverall synergy density: \(short(density.overallDensity))")
    if let adjacency {
        print("""
            Synergy between neighbouring sectors: \(percent(adjacency.adjacentShare)) of all synergy between \
            sectors (\(short(adjacency.adjacentSynergy)) of \(short(adjacency.adjacentSynergy + adjacency.distantSynergy))); \
            \(percent(adjacency.expectedShare)) if it were spread evenly.
            """)
    }
}

func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

struct ArrangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrange",
        abstract: "The sector order around the circle that puts the strongest synergies side by side.",
        discussion: """
            Exact search over every order up to 10 sectors; beyond, greedy tours improved by \
            2-opt (the output says which). Compares with the file's order.

            Examples:
              circle arrange
              circle arrange my-circle.yaml --format json
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let circle = try input.load().activePart
        guard !circle.sectors.isEmpty else { throw ValidationError("this graph has no sectors to arrange") }
        let density = SynergyDensity.bySector(circle)
        let arrangement = SectorArrangement(density: density)
        switch output.format {
        case .json: print(try jsonText(arrangement))
        case .csv:
            print(CSVText.row(["position", "sector"]))
            for (index, id) in arrangement.order.enumerated() { print(CSVText.row(["\(index + 1)", id])) }
        case .table:
            let label = { (id: String) in circle.sectors.first { $0.id == id }?.label ?? id }
            let fileOrder = circle.sectors.filter { s in density.groups.contains { $0.id == s.id && $0.nodes > 0 } }
            print("File order:      " + fileOrder.map(\.label).joined(separator: " → ") + " → (back to start)")
            print("Suggested order: " + arrangement.order.map(label).joined(separator: " → ") + " → (back to start)")
            print("Synergy between neighbouring sectors: \(short(arrangement.adjacentSynergy)) "
                + "(file order \(short(arrangement.fileOrderSynergy)), gain \(short(arrangement.gain)))")
            print("Method: \(arrangement.method)")
        }
    }
}

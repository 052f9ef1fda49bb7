import ArgumentParser
import StrategyAnalysis
import StrategyModel

struct ClustersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "Synergy clusters: groups of nodes that support each other more than chance.",
        discussion: """
            Clusters are found on the synergy network: directions folded, the synergy of a pair \
            the summed strength of its positive edges. Negative ties are ignored unless --signed.

            Examples:
              circle clusters
              circle clusters --algorithm louvain --resolution 1.5 --seed 7
              circle clusters my-circle.yaml --signed --format csv
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusterArguments
    @OptionGroup var output: OutputOptions
    @OptionGroup var annotation: AnnotateOptions

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let circle = try input.load().activePart
        try annotation.write(circle)
        let result = Timings.shared.measure("clusters") { ClusterResult(circle, options: clustering.options) }
        switch output.format {
        case .json: print(try jsonText(result))
        case .csv:
            print(CSVText.row(["id", "cluster"]))
            for (node, number) in zip(circle.nodes, result.membership) { print(CSVText.row([node.id, "\(number)"])) }
        case .table:
            print("\(result.clusters.count) clusters by \(result.algorithm.rawValue) (resolution \(short(result.resolution)), "
                + "seed \(result.seed)), \(result.signed ? "signed " : "")modularity \(short(result.modularity))")
            for cluster in result.clusters {
                let labels = cluster.members.map { circle.node($0)?.label ?? $0 }
                let sector = cluster.mainSector.map { ", mostly \(circle.sectors[circle.index(ofSector: $0) ?? 0].label)" } ?? ""
                print("\n\(cluster.number). \(cluster.members.count) nodes, synergy density \(short(cluster.synergyDensity))\(sector)")
                print("   " + labels.joined(separator: " · "))
            }
        }
    }
}

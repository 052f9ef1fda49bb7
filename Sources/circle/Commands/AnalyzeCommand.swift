import ArgumentParser
import Foundation
import StrategyAnalysis
import StrategyModel

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "The main job: what matters in the circle, on one screen.",
        discussion: """
            The most central nodes and the measures that make them so, the synergy \
            clusters, synergy density by sector and ring, whether synergy runs between \
            neighbouring sectors, and a better sector order if there is one.

            Examples:
              circle analyze
              circle analyze my-circle.yaml --format json
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusterArguments
    @OptionGroup var output: OutputOptions
    @OptionGroup var annotation: AnnotateOptions

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let activity = ActivityIndicator("analysing the circle", quiet: output.quiet)
        defer { activity.finish() }
        let circle = try input.load()
        try annotation.write(circle.activePart)
        let report = Timings.shared.measure("analysis") { AnalysisReport(circle, clusterOptions: clustering.options) }
        switch output.format {
        case .json: print(try jsonText(report))
        case .csv:
            print(CSVText.row(["section", "rank", "id", "label", "value", "detail"]))
            for (rank, key) in report.keyNodes.enumerated() {
                print(CSVText.row(["key-node", "\(rank + 1)", key.id, key.label, full(key.meanRank),
                                   key.topIn.map(\.rawValue).joined(separator: " ")]))
            }
            for highlight in report.highlights {
                for (rank, node) in highlight.top.enumerated() {
                    print(CSVText.row([highlight.measure.rawValue, "\(rank + 1)", node.id, node.label, full(node.value), ""]))
                }
            }
            for cluster in report.clusters.clusters {
                for id in cluster.members {
                    print(CSVText.row(["cluster", "\(cluster.number)", id, circle.node(id)?.label ?? id,
                                       full(cluster.synergyDensity), cluster.mainSector ?? ""]))
                }
            }
            for (rank, finding) in (report.evidence?.findings ?? []).enumerated() {
                print(CSVText.row(["evidence-\(finding.kind.replacingOccurrences(of: " ", with: "-"))", "\(rank + 1)", "",
                                   finding.subject, finding.holdsOnStated.map { $0 ? "holds" : "depends" } ?? "undecided",
                                   finding.detail]))
            }
        case .table:
            printReport(report, circle: circle)
        }
    }

    private func printReport(_ report: AnalysisReport, circle: StrategyCircle) {
        let summary = report.summary
        print(report.title ?? "Strategy circle")
        print(String(repeating: "=", count: (report.title ?? "Strategy circle").count))
        let negative = summary.edgesBySign.first { $0.name == "-" }?.count ?? 0
        print("""
            \(summary.activeNodes) nodes on \(summary.rings.filter { !$0.id.isEmpty }.count) rings and \
            \(summary.sectors.filter { !$0.id.isEmpty }.count) sectors, \(summary.activeEdges) edges \
            (\(negative) opposing); \(summary.nodes - summary.activeNodes) nodes named but left out.
            """)

        print("\nKey nodes (best mean rank over \(report.highlights.map(\.measure.rawValue).joined(separator: ", "))):")
        for (rank, node) in report.keyNodes.enumerated() {
            let why = node.topIn.isEmpty ? "" : " — top 3 in \(node.topIn.map(\.rawValue).joined(separator: ", "))"
            print("  \(rank + 1). \(node.label) (mean rank \(String(format: "%.1f", node.meanRank)))\(why)")
        }

        for note in report.unavailable { print("  (\(note))") }
        print("\nMost central, by measure:")
        var table = TextTable([("Measure", .left), ("Means", .left), ("Top 3", .left)])
        for highlight in report.highlights {
            table.add([highlight.measure.rawValue, highlight.meaning,
                       highlight.top.map { "\($0.label) \(short($0.value))" }.joined(separator: "; ")])
        }
        print(table.render())

        let clusters = report.clusters
        print("\nSynergy clusters (\(clusters.algorithm.rawValue), modularity \(short(clusters.modularity))):")
        for cluster in clusters.clusters {
            let labels = cluster.members.map { circle.node($0)?.label ?? $0 }
            let sector = cluster.mainSector.flatMap { id in circle.sectors.first { $0.id == id }?.label }
            print("  \(cluster.number). [\(sector.map { "mostly \($0), " } ?? "")density \(short(cluster.synergyDensity))] "
                + labels.joined(separator: " · "))
        }

        let loops = report.loops
        print("\nFeedback loops: \(loops.reinforcing) reinforcing, \(loops.balancing) balancing"
            + (loops.completion == .complete ? "" : " (\(loops.completion.rawValue) after \(loops.enumerated))") + ". Strongest:")
        for loop in loops.loops {
            print("  \(loop.polarity.letter) gain \(short(loop.gain)): "
                + (loop.nodes + [loop.nodes[0]]).map { circle.node($0)?.label ?? $0 }.joined(separator: " → "))
        }
        let carriers = loops.strongestCarriers(3)
        if !carriers.isEmpty {
            print("  Carried most by: " + carriers.map { "\(circle.node($0.id)?.label ?? $0.id) (\($0.reinforcing) loops)" }
                .joined(separator: ", "))
        }

        if let evidence = report.evidence { printEvidence(evidence) }

        if let density = report.densityBySector {
            print("\nSynergy density by sector:")
            printDensityTable(density, adjacency: report.sectorAdjacency)
        }
        if let arrangement = report.arrangement {
            let label = { (id: String) in circle.sectors.first { $0.id == id }?.label ?? id }
            if arrangement.gain > 1e-9 {
                print("\nA better sector order: " + arrangement.order.map(label).joined(separator: " → ")
                    + " (neighbouring synergy \(short(arrangement.adjacentSynergy)) instead of \(short(arrangement.fileOrderSynergy)))")
            } else {
                print("\nThe file's sector order already puts the strongest synergies side by side.")
            }
        }
        if let ring = report.densityByRing {
            print("\nSynergy density by ring:")
            var rings = TextTable([("Ring", .left), ("Nodes", .right), ("Density", .right)])
            for group in ring.groups { rings.add([group.label, "\(group.nodes)", short(group.density)]) }
            print(rings.render())
        }
    }

    /// Which findings hold on what the source states, and which lean on inferences.
    private func printEvidence(_ evidence: EvidenceCheck) {
        print("\nOn the stated edges alone (\(evidence.stated) stated, \(evidence.inferred) inferred"
            + (evidence.unspecified > 0 ? ", \(evidence.unspecified) without evidence" : "") + "):")
        var table = TextTable([("Finding", .left), ("On stated alone", .left), ("Why", .left)])
        for finding in evidence.findings {
            let verdict = finding.holdsOnStated.map { $0 ? "holds" : "needs unstated edges" } ?? "not decided"
            table.add(["\(finding.kind): \(finding.subject)", verdict, finding.detail])
        }
        print(table.render())
    }
}

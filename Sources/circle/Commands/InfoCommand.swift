import ArgumentParser
import StrategyModel

struct InfoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Summarise a circle: nodes per ring and sector, edges by sign and kind, excluded nodes.",
        discussion: """
            Examples:
              circle info
              circle info my-circle.yaml --format json
              circle info edges.csv --format csv
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let circle = try input.load()
        let summary = CircleSummary(of: circle)
        switch output.format {
        case .json:
            print(try jsonText(summary))
        case .csv:
            print(CSVText.row(["section", "id", "label", "active", "excluded"]))
            print(CSVText.row(["total", "nodes", "nodes", "\(summary.activeNodes)", "\(summary.nodes - summary.activeNodes)"]))
            print(CSVText.row(["total", "edges", "edges", "\(summary.activeEdges)", "\(summary.edges - summary.activeEdges)"]))
            for group in summary.rings { print(CSVText.row(["ring", group.id, group.label, "\(group.active)", "\(group.excluded)"])) }
            for group in summary.sectors { print(CSVText.row(["sector", group.id, group.label, "\(group.active)", "\(group.excluded)"])) }
            for tally in summary.edgesBySign { print(CSVText.row(["sign", tally.name, tally.name, "\(tally.count)", ""])) }
            for tally in summary.edgesByKind { print(CSVText.row(["kind", tally.name, tally.name, "\(tally.count)", ""])) }
        case .table:
            printTable(summary, circle: circle)
        }
    }

    private func printTable(_ summary: CircleSummary, circle: StrategyCircle) {
        if let title = summary.title { print(title) }
        if let source = circle.metadata.source { print("Source: \(source)") }
        print("""
            \(summary.activeNodes) active nodes (\(summary.nodes - summary.activeNodes) excluded), \
            \(summary.activeEdges) active edges (\(summary.edges) in the file)
            """)
        for (title, groups) in [("Ring", summary.rings), ("Sector", summary.sectors)] where !groups.isEmpty {
            var table = TextTable([(title, .left), ("Label", .left), ("Active", .right), ("Excluded", .right)])
            for group in groups {
                table.add([group.id.isEmpty ? "(none)" : group.id, group.label, "\(group.active)", "\(group.excluded)"])
            }
            print("")
            print(table.render())
        }
        var signs = TextTable([("Sign", .left), ("Edges", .right)])
        for tally in summary.edgesBySign { signs.add([tally.name, "\(tally.count)"]) }
        print("")
        print(signs.render())
        var kinds = TextTable([("Kind", .left), ("Edges", .right)])
        for tally in summary.edgesByKind { kinds.add([tally.name, "\(tally.count)"]) }
        print("")
        print(kinds.render())
        if !summary.excludedNodes.isEmpty {
            print("")
            print("Excluded (named but left out; bring back with a what-if scenario):")
            for id in summary.excludedNodes {
                let label = circle.node(id)?.label ?? id
                print("  \(id)  \(label)")
            }
        }
    }
}

import ArgumentParser
import GraphAlgorithms
import StrategyAnalysis
import StrategyModel

struct CentralityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Centrality of every node: degree, strength, betweenness, closeness, PageRank, …",
        discussion: """
            Measures: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", ")), or all.
            Weights are strengths: path-based measures (betweenness, closeness, harmonic) use \
            length = 1/weight unless --weight-as distance (NetworkX's convention) or none. \
            Excluded nodes are left out unless --include-excluded. See docs/algorithms/centrality.md.

            Examples:
              circle centrality --measure pagerank,betweenness --top 10
              circle centrality my-circle.yaml --measure all --format csv > centrality.csv
              circle centrality edges.csv --measure closeness --weight-as distance --undirected
            """
    )

    enum WeightAs: String, ExpressibleByArgument, CaseIterable { case strength, distance, none }

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var annotation: AnnotateOptions

    @Option(help: ArgumentHelp("Measures, comma-separated, or 'all'.", valueName: "measure,…"))
    var measure: String = "degree,strength,betweenness,closeness,pagerank"

    @Option(help: "Show only the N highest by the first measure.")
    var top: Int?

    @Option(name: .customLong("weight-as"), help: "How path measures read weights: strength (1/w), distance (w), none.")
    var weightAs: WeightAs = .strength

    @Flag(help: "Fold directions: one undirected edge per linked pair, strengths summed.")
    var undirected = false

    @Flag(name: .customLong("include-excluded"), help: "Keep nodes whose status is excluded.")
    var includeExcluded = false

    func validate() throws {
        _ = try measures()
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func measures() throws -> [CentralityMeasure] {
        if measure.lowercased() == "all" { return CentralityMeasure.allCases }
        return try measure.split(separator: ",").map { name in
            let text = name.trimmingCharacters(in: .whitespaces)
            guard let found = CentralityMeasure(rawValue: text) else {
                let hint = Suggestion.closest(to: text, among: CentralityMeasure.allCases.map(\.rawValue))
                    .map { " (did you mean '\($0)'?)" } ?? ""
                throw ValidationError("unknown measure '\(text)'\(hint); known: \(CentralityMeasure.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return found
        }
    }

    func run() throws {
        let activity = ActivityIndicator("computing centralities", quiet: output.quiet)
        defer { activity.finish() }
        let loaded = try input.load()
        let circle = includeExcluded ? loaded : loaded.activePart
        try annotation.write(circle)
        let chosen = try measures()
        var options = CentralityOptions()
        options.weighting = weightAs == .strength ? .strength : (weightAs == .distance ? .distance : .unweighted)
        options.undirected = undirected
        let table = CentralityTable(circle, measures: chosen, options: options)
        for (measure, reason) in table.unavailable.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            printError("circle: \(measure.rawValue) not computed: \(reason)")
        }
        let shown = chosen.filter { table.values[$0] != nil }
        let columns = shown.map { table.values[$0] ?? [] }
        var rows = Array(circle.nodes.indices)
        if let first = shown.first {
            rows = table.top(first, limit: top ?? circle.nodes.count).map(\.node)
        }
        switch output.format {
        case .csv:
            print(CSVText.row(["id"] + shown.map(\.rawValue)))
            for v in rows { print(CSVText.row([circle.nodes[v].id] + columns.map { full($0[v]) })) }
        case .json:
            struct Row: Encodable { var id: String; var label: String; var values: [String: Double] }
            let result = rows.map { v in
                Row(id: circle.nodes[v].id, label: circle.nodes[v].label,
                    values: Dictionary(uniqueKeysWithValues: zip(shown, columns).map { ($0.rawValue, $1[v]) }))
            }
            print(try jsonText(result))
        case .table:
            var text = TextTable([("Node", .left)] + shown.map { ($0.rawValue, TextTable.Alignment.right) })
            for v in rows { text.add([circle.nodes[v].label] + columns.map { short($0[v]) }) }
            print(text.render())
        }
    }
}
extension CentralityMeasure: ExpressibleByArgument {}

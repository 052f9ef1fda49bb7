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

    @Flag(help: ArgumentHelp("Estimate betweenness from sampled shortest paths (Riondato & Kornaropoulos 2016): every value within --epsilon of the exact one with probability ≥ 1 − --delta."))
    var approximate = false

    @Option(help: "The largest error of approximate betweenness (normalised scale).")
    var epsilon = 0.01

    @Option(help: "The probability that approximate betweenness misses its --epsilon.")
    var delta = 0.1

    @Option(help: "Seed of approximate betweenness (same seed, same values).")
    var seed: UInt64 = 1

    @Option(help: "Threads for betweenness, closeness and harmonic (default: all cores); the values do not depend on it.")
    var threads: Int?

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        _ = try measures()
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if !(epsilon > 0 && epsilon < 1) { throw ValidationError("--epsilon must be between 0 and 1") }
        if !(delta > 0 && delta < 1) { throw ValidationError("--delta must be between 0 and 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
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
        options.threads = threads ?? 0
        if approximate { options.approximateBetweenness = (epsilon, delta, seed) }
        let table = Timings.shared.measure("centrality") { CentralityTable(circle, measures: chosen, options: options) }
        for (measure, g) in table.approximations {
            printError("circle: \(measure.rawValue) is approximate: every value within \(g.epsilon) of the exact one with "
                + "probability ≥ \(1 - g.delta) (\(g.samples) sampled paths, seed \(g.seed); Riondato & Kornaropoulos 2016)")
        }
        for (measure, reason) in table.unavailable.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            printError("circle: \(measure.rawValue) not computed: \(reason)")
        }
        let shown = chosen.filter { table.values[$0] != nil }
        let columns = shown.map { table.values[$0] ?? [] }
        // An estimated measure says so in its column name, in every format.
        let names = shown.map { table.approximations[$0] == nil ? $0.rawValue : $0.rawValue + "_approx" }
        var rows = Array(circle.nodes.indices)
        if let first = shown.first {
            rows = table.top(first, limit: top ?? circle.nodes.count).map(\.node)
        }
        switch output.format {
        case .csv:
            print(CSVText.row(["id"] + names))
            for v in rows { print(CSVText.row([circle.nodes[v].id] + columns.map { full($0[v]) })) }
        case .json:
            struct Row: Encodable { var id: String; var label: String; var values: [String: Double] }
            let result = rows.map { v in
                Row(id: circle.nodes[v].id, label: circle.nodes[v].label,
                    values: Dictionary(uniqueKeysWithValues: zip(names, columns).map { ($0, $1[v]) }))
            }
            print(try jsonText(result))
        case .table:
            var text = TextTable([("Node", .left)] + names.map { ($0, TextTable.Alignment.right) })
            for v in rows { text.add([circle.nodes[v].label] + columns.map { short($0[v]) }) }
            print(text.render())
        }
    }
}
extension CentralityMeasure: ExpressibleByArgument {}

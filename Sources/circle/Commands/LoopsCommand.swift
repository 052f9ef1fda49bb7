import ArgumentParser
import StrategyAnalysis
import StrategyModel

struct LoopsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loops",
        abstract: "Feedback loops: reinforcing (self-reinforcing dynamics) and balancing, strongest first.",
        discussion: """
            A loop is reinforcing when it has an even number of negative edges, balancing when \
            odd; its gain is the product of its edge strengths. Loops are enumerated with \
            Johnson's algorithm and streamed, so --max-count and --time-budget bound the work; \
            the output says when a bound stopped it.

            Examples:
              circle loops --polarity reinforcing
              circle loops --through social_werden --max-length 4
              circle loops my-circle.yaml --format csv --limit 1000000 > loops.csv
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var annotation: AnnotateOptions

    @Option(help: "Only reinforcing or balancing loops.")
    var polarity: LoopPolarity?

    @Option(help: ArgumentHelp("Only loops through these node ids (comma-separated, all of them).", valueName: "id,…"))
    var through: String?

    @Option(name: .customLong("through-edge"), help: ArgumentHelp("Only loops through this edge.", valueName: "from>to"))
    var throughEdge: String?

    @Option(name: .customLong("min-length"), help: "Shortest loop to list, in edges.")
    var minLength: Int = 1

    @Option(name: .customLong("max-length"), help: "Longest loop to enumerate, in edges.")
    var maxLength: Int?

    @Option(help: "How many loops to list.")
    var limit: Int = 20

    @Option(help: "Rank by gain (product of strengths) or length.")
    var sort: LoopQuery.Order = .gain

    @Option(name: .customLong("max-count"), help: "Stop enumerating after this many loops.")
    var maxCount: Int = LoopQuery.defaultMaxCount

    @Option(name: .customLong("time-budget"), help: "Stop enumerating after this many seconds.")
    var timeBudget: Double = LoopQuery.defaultTimeBudgetSeconds

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if minLength < 1 { throw ValidationError("--min-length must be at least 1") }
        if let maxLength, maxLength < minLength { throw ValidationError("--max-length must be at least --min-length") }
        if limit < 0 || maxCount < 1 { throw ValidationError("--limit must be ≥ 0 and --max-count ≥ 1") }
        if !(timeBudget > 0) { throw ValidationError("--time-budget must be positive") }
    }

    func run() throws {
        let activity = ActivityIndicator("enumerating loops", quiet: output.quiet)
        defer { activity.finish() }
        let circle = try input.load().activePart
        try annotation.write(circle)
        var query = LoopQuery()
        query.polarity = polarity
        query.minLength = minLength
        query.maxLength = maxLength
        query.limit = limit
        query.order = sort
        query.maxCount = maxCount
        query.timeBudget = .milliseconds(Int64(timeBudget * 1000))
        if let through { query.throughNodes = try resolveIDs(through, in: circle) }
        if let throughEdge { query.throughEdge = try resolveEdge(throughEdge, in: circle) }
        let report = Timings.shared.measure("loops") { LoopReport(circle, query: query) }
        if report.completion != .complete {
            printError("circle: loop enumeration \(report.completion.rawValue) after \(report.enumerated) loops; counts are partial")
        }
        switch output.format {
        case .json: print(try jsonText(report))
        case .csv:
            // Per loop: its weakest evidence, then each edge's evidence and source words, in loop order.
            print(CSVText.row(["rank", "polarity", "length", "gain", "raw_gain", "negative_edges", "evidence", "nodes",
                               "edge_evidence", "edge_sources"]))
            for (rank, loop) in report.loops.enumerated() {
                print(CSVText.row(["\(rank + 1)", loop.polarity.rawValue, "\(loop.length)", full(loop.gain), full(loop.rawGain),
                                   "\(loop.negativeEdges)", loop.evidence.rawValue, loop.nodes.joined(separator: " > "),
                                   loop.edges.map(\.evidence.rawValue).joined(separator: " "),
                                   loop.edges.map { $0.quote ?? $0.reason ?? "" }.joined(separator: " | ")]))
            }
        case .table:
            let label = { (id: String) in circle.node(id)?.label ?? id }
            print("\(report.matching) loops: \(report.reinforcing) reinforcing, \(report.balancing) balancing"
                + (report.completion == .complete ? "" : " (\(report.completion.rawValue))"))
            var table = TextTable([("#", .right), ("", .left), ("Len", .right), ("Gain", .right), ("Evidence", .left),
                                   ("Loop", .left)])
            for (rank, loop) in report.loops.enumerated() {
                table.add(["\(rank + 1)", loop.polarity.letter, "\(loop.length)", short(loop.gain), loop.evidence.rawValue,
                           (loop.nodes + [loop.nodes[0]]).map(label).joined(separator: " → ")])
            }
            if !report.loops.isEmpty {
                print("")
                print(table.render())
            }
            if !report.nodes.isEmpty {
                print("\nElements carrying the most loops:")
                var carriers = TextTable([("Node", .left), ("R loops", .right), ("B loops", .right), ("R gain", .right)])
                for entry in report.nodes.prefix(8) {
                    carriers.add([label(entry.id), "\(entry.reinforcing)", "\(entry.balancing)", short(entry.reinforcingGain)])
                }
                print(carriers.render())
            }
        }
    }
}

extension LoopPolarity: ExpressibleByArgument {}
extension LoopQuery.Order: ExpressibleByArgument {}

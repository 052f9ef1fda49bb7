import ArgumentParser
import StrategyAnalysis
import StrategyModel

struct RobustnessCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "robustness",
        abstract: "Which findings survive doubt about the weights: the analysis re-run with weights drawn within their ranges.",
        discussion: """
            Every run draws each signed weight uniformly within its range: the edge's 'range' or \
            'confidence' in the circle file, a merged circle's participants' spread, or else the \
            weight ± --spread of itself. For each finding, the share of runs in which it holds \
            (± its standard error): each node in the top --top (by mean rank over PageRank, \
            betweenness, out- and in-strength and reach), each cluster holding together, each of \
            the strongest loops staying among the strongest and keeping its polarity, each \
            keystone (the removals that break most) staying one. Same seed, same figures, \
            whatever the number of threads. See docs/algorithms/robustness.md.

            Examples:
              circle robustness
              circle robustness merged.yaml --runs 5000 --seed 7
              circle robustness --spread 0.25 --format csv
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "How many runs.")
    var runs = 1000

    @Option(help: "Seed of the draws (same seed, same figures).")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("± share of itself a weight without a declared range may vary.", valueName: "share"))
    var spread = 0.5

    @Option(help: "k: the top nodes, strongest loops and keystones that are followed.")
    var top = 5

    @Option(help: "Worker threads (default: all cores); the figures do not depend on it.")
    var threads: Int?

    @OptionGroup var output: OutputOptions

    static let maxRuns = 1_000_000

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if runs < 1 || runs > Self.maxRuns { throw ValidationError("--runs must be between 1 and \(Self.maxRuns)") }
        if !(spread >= 0 && spread.isFinite) { throw ValidationError("--spread must be a number ≥ 0") }
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let activity = ActivityIndicator("drawing \(runs) runs", quiet: output.quiet)
        defer { activity.finish() }
        let circle = try input.load()
        var options = Robustness.Options()
        options.runs = runs
        options.seed = seed
        options.spread = spread
        options.top = top
        options.threads = threads
        let result: Robustness
        do {
            result = try Timings.shared.measure("robustness runs") { () throws(ModelValidationError) in try Robustness(circle, options: options) }
        } catch {
            for issue in error.issues { printError("circle: a drawn circle is not valid: \(issue.description)") }
            throw ExitCode.internalError
        }
        activity.finish()
        switch output.format {
        case .json: print(try jsonText(result))
        case .csv:
            print(CSVText.row(["finding", "subject", "baseline", "holds", "standard_error"]))
            for e in result.nodes {
                print(CSVText.row(["in_top", e.id, e.baselineTop ? "top" : "", full(e.inTop.holds), full(e.inTop.standardError)]))
            }
            for c in result.clusters {
                print(CSVText.row(["cluster_holds", c.members.joined(separator: " "), "cluster \(c.number)",
                                   full(c.holdsTogether.holds), full(c.holdsTogether.standardError)]))
            }
            for l in result.loops ?? [] {
                let name = l.nodes.joined(separator: " > ")
                print(CSVText.row(["loop_stays_strong", name, l.polarity.rawValue, full(l.staysStrong.holds), full(l.staysStrong.standardError)]))
                print(CSVText.row(["loop_keeps_polarity", name, l.polarity.rawValue, full(l.keepsPolarity.holds),
                                   full(l.keepsPolarity.standardError)]))
            }
            for k in result.keystones ?? [] {
                print(CSVText.row(["keystone_stays", k.id, full(k.impact), full(k.staysTop.holds), full(k.staysTop.standardError)]))
            }
        case .table:
            printTable(result, circle: circle.activePart)
        }
    }

    func printTable(_ r: Robustness, circle: StrategyCircle) {
        func share(_ s: Robustness.Share) -> String { "\(percent(s.holds)) ± \(percent(s.standardError))" }
        print("\(r.runs) runs, seed \(r.seed): \(r.uncertainEdges) of \(circle.edges.count) weights vary"
            + (r.signUncertainEdges > 0 ? ", \(r.signUncertainEdges) of them may change sign" : "")
            + "; weights without a range ± \(percent(r.spread))")
        if !r.unavailable.isEmpty { print("Left out of the ranking: " + r.unavailable.joined(separator: "; ")) }
        print("\nIn the top \(r.top) (mean rank over the analysis' measures)")
        var table = TextTable([("Node", .left), ("Now", .left), ("In top \(r.top)", .right)])
        for e in r.nodes where e.inTop.holds > 0 || e.baselineTop {
            table.add([e.label, e.baselineTop ? "top \(r.top)" : "", share(e.inTop)])
        }
        print(table.render())
        print("\nClusters holding together")
        var clusters = TextTable([("Cluster", .left), ("Members", .left), ("Holds", .right)])
        for c in r.clusters {
            let labels = c.members.map { circle.node($0)?.label ?? $0 }
            clusters.add(["\(c.number)", labels.joined(separator: " · "), share(c.holdsTogether)])
        }
        print(clusters.render())
        print("\nThe \(r.top) strongest loops")
        if let loops = r.loops {
            var table = TextTable([("Loop", .left), ("", .left), ("Stays strong", .right), ("Keeps polarity", .right)])
            for l in loops {
                table.add([l.nodes.map { circle.node($0)?.label ?? $0 }.joined(separator: " → "), l.polarity.letter,
                           share(l.staysStrong), share(l.keepsPolarity)])
            }
            print(table.render())
        } else if let note = r.loopsNote {
            print("not followed: \(note)")
        }
        print("\nKeystones (the \(r.top) removals that break most)")
        if let keystones = r.keystones {
            var table = TextTable([("Without", .left), ("Impact", .right), ("Stays a keystone", .right)])
            for k in keystones { table.add([circle.node(k.id)?.label ?? k.id, short(k.impact), share(k.staysTop)]) }
            print(table.render())
        } else if let note = r.keystonesNote {
            print("not followed: \(note)")
        }
    }
}

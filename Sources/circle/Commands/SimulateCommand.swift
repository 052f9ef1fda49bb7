import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphFormats
import GraphRendering
import GraphvizBridge
import StrategyAnalysis
import StrategyModel

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Fuzzy-cognitive-map simulation: start or clamp nodes and see where the circle settles.",
        discussion: """
            A baseline run and one run per scenario start from the same state; each scenario's \
            result is its steady state minus the baseline's, as Mental Modeler reports it, with \
            whether each run reached a fixed point, a limit cycle (with its period) or neither. \
            The built-in circle's weights (1–3 by its weight rule) are divided by the largest \
            (--scale max-abs, the default); a map whose weights are already in [-1, 1] runs as \
            given with --scale none. See docs/algorithms/fcm.md for each convention beside \
            FCMpy's and Mental Modeler's.

            Examples:
              circle simulate --clamp social_werden=1
              circle simulate --initial 0 --initial social_werden=1,unternehmenskultur=1 --hold-sources
              circle simulate --rule rescaled --function tanh --trajectory run.csv --chart run.png
              circle simulate --scenarios Datasets/interventions.yaml --chart interventions.svg
            """
    )

    enum Function: String, ExpressibleByArgument, CaseIterable { case sigmoid, tanh, bivalent, trivalent }

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("""
        Start values: a number for every node, or ID=VALUE[,ID=VALUE…] for some (repeatable; \
        later values win). Default 1 for every node.
        """, valueName: "value|id=value,…"))
    var initial: [String] = []

    @Option(name: .customLong("initial-file"), help: ArgumentHelp(
        "Start values from a CSV file (id,value) or a JSON object {\"id\": value}.", valueName: "file"))
    var initialFile: String?

    @Option(help: ArgumentHelp("Hold a node at a value every step (repeatable): one scenario.", valueName: "id=value"))
    var clamp: [String] = []

    @Option(help: ArgumentHelp("Run the scenarios of an intervention file (YAML) against one baseline.", valueName: "file"))
    var scenarios: String?

    @Option(help: "Squashing function: sigmoid, tanh, bivalent, trivalent.")
    var function: Function = .sigmoid

    @Option(help: "Steepness λ of sigmoid and tanh.")
    var lambda: Double = 1

    @Option(help: "Update rule: kosko, modified-kosko or rescaled.")
    var rule: FuzzyCognitiveMap.Rule = .kosko

    @Option(help: "Weights: max-abs divides by the largest |weight|; none uses them as given (|w| ≤ 1).")
    var scale: FuzzyCognitiveMap.Scaling = .maxAbs

    @Option(help: "A step whose largest change is at most this is a fixed point (FCMpy's default is 0.001).")
    var threshold: Double = 1e-6

    @Option(name: [.customLong("max-steps"), .customLong("steps")], help: "Most steps before giving up.")
    var maxSteps: Int = 1000

    @Flag(name: .customLong("hold-sources"), help: "Keep nodes without causes at their start value (FCMpy, Mental Modeler).")
    var holdSources = false

    @Option(help: ArgumentHelp("Write every run's trajectory as CSV (one row per run and step).", valueName: "file.csv"))
    var trajectory: String?

    @Option(help: ArgumentHelp("""
        Draw the trajectory (one scenario or none) or the change per node and scenario \
        (--scenarios) to this file.
        """, valueName: "file.svg|png|pdf"))
    var chart: String?

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if maxSteps < 1 { throw ValidationError("--max-steps must be at least 1") }
        if !lambda.isFinite || lambda <= 0 { throw ValidationError("--lambda must be positive") }
        if !threshold.isFinite || threshold < 0 { throw ValidationError("--threshold must be a number of at least 0") }
        if scenarios != nil && !clamp.isEmpty { throw ValidationError("give --clamp or --scenarios, not both") }
        if let chart, ![.svg, .png, .pdf].contains(RenderFormat(fileExtensionOf: chart)) {
            throw ValidationError("--chart takes a .svg, .png or .pdf file")
        }
        if let trajectory, URL(fileURLWithPath: trajectory).pathExtension.lowercased() != "csv" {
            throw ValidationError("--trajectory takes a .csv file")
        }
        _ = try startValues()
        _ = try clamps()
    }

    /// The squashing function the options name.
    var squashing: FuzzyCognitiveMap.Squashing {
        switch function {
        case .sigmoid: .sigmoid(lambda: lambda)
        case .tanh: .tanh(lambda: lambda)
        case .bivalent: .bivalent
        case .trivalent: .trivalent
        }
    }

    /// `ID=VALUE` pairs of a comma-separated list, each value in the function's range.
    func pairs(_ item: String, option: String) throws -> [(String, Double)] {
        try item.split(separator: ",").map { pair in
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].trimmedWhitespace.isEmpty, let value = Double(parts[1].trimmedWhitespace) else {
                throw ValidationError("\(option) takes ID=VALUE, got '\(pair)'")
            }
            guard squashing.admits(value) else {
                throw ValidationError("\(option) \(parts[0].trimmedWhitespace): the value must be \(squashing.rangeDescription) "
                    + "for \(function.rawValue), got '\(parts[1])'")
            }
            return (parts[0].trimmedWhitespace, value)
        }
    }

    /// The default start value and the per-node ones given with --initial.
    func startValues() throws -> (all: Double, byID: [String: Double]) {
        var all = 1.0
        var byID: [String: Double] = [:]
        for item in initial {
            if let value = Double(item.trimmedWhitespace) {
                guard squashing.admits(value) else {
                    throw ValidationError("--initial must be \(squashing.rangeDescription) for \(function.rawValue), got \(item)")
                }
                all = value
            } else {
                for (id, value) in try pairs(item, option: "--initial") { byID[id] = value }
            }
        }
        return (all, byID)
    }

    func clamps() throws -> [String: Double] {
        var result: [String: Double] = [:]
        for item in clamp { for (id, value) in try pairs(item, option: "--clamp") { result[id] = value } }
        return result
    }

    func run() throws {
        let circle = try input.load().activePart
        var (all, start) = try startValues()
        if let initialFile {
            let settings = try readOrExit { () throws(CircleLoadError) in try StartStateReader.load(path: initialFile) }
            try reportOrExit(InterventionScriptReader.check(settings, against: circle, admits: squashing.admits,
                                                            range: squashing.rangeDescription))
            for setting in settings where start[setting.id] == nil { start[setting.id] = setting.value }
        }
        for id in start.keys.sorted() { _ = try resolveIDs(id, in: circle) }
        var interventions: [InterventionScenario] = []
        if let scenarios {
            let scripted = try readOrExit { () throws(CircleLoadError) in try InterventionScriptReader.load(path: scenarios) }
            try reportOrExit(InterventionScriptReader.check(scripted, against: circle, admits: squashing.admits,
                                                            range: squashing.rangeDescription))
            interventions = scripted.map(\.scenario)
        } else if !clamp.isEmpty {
            let clamps = try clamps()
            for id in clamps.keys.sorted() { _ = try resolveIDs(id, in: circle) }
            interventions = [InterventionScenario(name: "scenario", clamps: clamps)]
        }
        var options = FuzzyCognitiveMap.Options()
        options.rule = rule
        options.initial = all
        options.maxSteps = maxSteps
        options.threshold = threshold
        options.holdSources = holdSources
        options.squashing = squashing
        let analysis: InterventionAnalysis
        do {
            analysis = try InterventionAnalysis(circle, start: start, scenarios: interventions, scaling: scale, options: options)
        } catch {
            printError("\(input.file ?? "the built-in circle"): error: \(error)")
            throw ExitCode.badData
        }
        try writeFiles(analysis)
        switch output.format {
        case .json: print(try jsonText(analysis))
        case .csv:
            print(CSVText.row(["id", "label", "baseline"] + analysis.scenarios.map { "change: \($0.scenario.name)" }))
            for index in analysis.ids.indices {
                print(CSVText.row([analysis.ids[index], analysis.labels[index], full(analysis.baseline.steadyState[index])]
                    + analysis.scenarios.map { full($0.change[index]) }))
            }
        case .table:
            print("FCM: \(rule.rawValue) rule, \(function.rawValue)\(lambdaText), weights "
                + (scale == .maxAbs ? "divided by the largest |weight|" : "as given")
                + ", threshold \(threshold)\(holdSources ? ", nodes without causes held" : "")")
            print("Baseline: \(describe(analysis.baseline.outcome))")
            for outcome in analysis.scenarios { print("\(outcome.scenario.name): \(describe(outcome.run.outcome))") }
            var columns: [(String, TextTable.Alignment)] = [("Node", .left), ("Baseline", .right)]
            columns += analysis.scenarios.map { ("Δ \($0.scenario.name)", .right) }
            var table = TextTable(columns)
            for index in analysis.scenarios.isEmpty ? Array(analysis.ids.indices) : analysis.byChange {
                table.add([analysis.labels[index], short(analysis.baseline.steadyState[index])]
                    + analysis.scenarios.map { String(format: "%+.4f", $0.change[index]) })
            }
            print("")
            print(table.render())
        }
    }

    private var lambdaText: String {
        switch function {
        case .sigmoid, .tanh: " (λ = \(short(lambda)))"
        case .bivalent, .trivalent: ""
        }
    }

    /// The trajectory CSV and the chart, each written whole or not at all.
    private func writeFiles(_ analysis: InterventionAnalysis) throws {
        let runs = [("baseline", analysis.baseline)] + analysis.scenarios.map { ($0.scenario.name, $0.run) }
        if let trajectory {
            var text = CSVText.row(["run", "step"] + analysis.ids) + "\n"
            for (name, run) in runs {
                for (step, state) in run.trajectory.enumerated() {
                    text += CSVText.row([name, String(step)] + state.map(full)) + "\n"
                }
            }
            try writeOrExit(Array(text.utf8), to: trajectory)
        }
        guard let chart else { return }
        let format = RenderFormat(fileExtensionOf: chart) ?? .svg
        let title = input.file.map { URL(fileURLWithPath: $0).lastPathComponent } ?? "the built-in circle"
        let bytes: [UInt8]
        do {
            if analysis.scenarios.count > 1 || scenarios != nil {
                let order = analysis.byChange
                bytes = try GroupedBarChart.render(
                    title: "Change in steady state per scenario (\(title))", valueLabel: "scenario − baseline",
                    categories: order.map { analysis.labels[$0] }, groups: analysis.scenarios.map(\.scenario.name),
                    values: order.map { i in analysis.scenarios.map { $0.change[i] } }, format: format)
            } else {
                let (name, run) = runs.last!
                let lower: Double = switch function { case .sigmoid, .bivalent: 0; case .tanh, .trivalent: -1 }
                bytes = try LineChart.render(
                    title: "FCM trajectory, \(name) (\(title)): \(describe(run.outcome))", xLabel: "step", yLabel: "activation",
                    series: analysis.labels.indices.map { i in
                        LineChart.Series(name: analysis.labels[i], values: run.trajectory.map { $0[i] })
                    }, featured: analysis.featured, yRange: lower...1, format: format)
            }
        } catch {
            printError("circle: \(error)")
            throw ExitCode.internalError
        }
        try writeOrExit(bytes, to: chart)
    }

    private func describe(_ outcome: FuzzyCognitiveMap.Outcome) -> String {
        switch outcome {
        case let .fixedPoint(steps): return "fixed point after \(steps) steps"
        case let .limitCycle(period, steps): return "limit cycle of period \(period) (found at step \(steps); mean shown)"
        case let .noConvergence(steps): return "no fixed point or limit cycle in \(steps) steps (chaotic or slow; last state shown)"
        }
    }
}

/// Reads a side file (an intervention or start-state file), printing its problems and
/// exiting 65/66 on failure.
func readOrExit<T>(_ read: () throws(CircleLoadError) -> T) throws -> T {
    do {
        return try read()
    } catch {
        printDiagnostics(error)
        throw error.reason == .unreadable ? ExitCode.noInput : ExitCode.badData
    }
}

/// Prints the diagnostics and exits 65 when there are any.
func reportOrExit(_ diagnostics: [Diagnostic]) throws {
    guard !diagnostics.isEmpty else { return }
    for diagnostic in diagnostics { printError("\(diagnostic)") }
    throw ExitCode.badData
}

extension FuzzyCognitiveMap.Rule: ExpressibleByArgument {}
extension FuzzyCognitiveMap.Scaling: ExpressibleByArgument {}

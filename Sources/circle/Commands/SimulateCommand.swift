import GraphvizBridge
import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphRendering
import StrategyAnalysis
import StrategyModel

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Fuzzy-cognitive-map simulation: clamp nodes and see where the circle settles.",
        discussion: """
            Weights are scaled to [−1, 1] by the largest. Both a baseline and the scenario run \
            from the same start; the output is the scenario minus the baseline steady state, \
            as Mental Modeler reports it, and whether each run reached a fixed point, a limit \
            loop or neither.

            Examples:
              circle simulate --clamp social_werden=1
              circle simulate --clamp unternehmenskultur=0 --function tanh --rule modified-kosko
            """
    )

    enum Function: String, ExpressibleByArgument, CaseIterable { case sigmoid, tanh, bivalent, trivalent }

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Hold a node at a value (repeatable).", valueName: "id=value"))
    var clamp: [String] = []

    @Option(help: "Squashing function: sigmoid, tanh, bivalent, trivalent.")
    var function: Function = .sigmoid

    @Option(help: "Steepness λ of sigmoid and tanh.")
    var lambda: Double = 1

    @Option(help: "Update rule: kosko or modified-kosko.")
    var rule: FuzzyCognitiveMap.Rule = .kosko

    @Option(help: "Starting activation of every node.")
    var initial: Double = 1

    @Option(help: "Most steps before giving up.")
    var steps: Int = 1000

    func validate() throws {
        if steps < 1 { throw ValidationError("--steps must be at least 1") }
        if !lambda.isFinite || lambda <= 0 { throw ValidationError("--lambda must be positive") }
        let squashing = self.squashing
        if !squashing.admits(initial) {
            throw ValidationError("--initial must be \(squashing.rangeDescription) for \(function.rawValue), got \(initial)")
        }
        for item in clamp {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].trimmedWhitespace.isEmpty, let value = Double(parts[1].trimmedWhitespace) else {
                throw ValidationError("--clamp takes ID=VALUE, got '\(item)'")
            }
            guard squashing.admits(value) else {
                throw ValidationError("--clamp \(parts[0]): the value must be \(squashing.rangeDescription) for "
                    + "\(function.rawValue), got '\(parts[1])'")
            }
        }
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

    func run() throws {
        let circle = try input.load().activePart
        var clamps: [String: Double] = [:]
        for item in clamp {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            let id = parts[0].trimmedWhitespace
            _ = try resolveIDs(id, in: circle)
            clamps[id] = Double(parts[1].trimmedWhitespace)
        }
        var options = FuzzyCognitiveMap.Options()
        options.rule = rule
        options.initial = initial
        options.maxSteps = steps
        options.squashing = squashing
        let result = ScenarioSimulation(circle, clamps: clamps, options: options)
        switch output.format {
        case .json: print(try jsonText(result))
        case .csv:
            print(CSVText.row(["id", "baseline", "scenario", "change"]))
            for (index, id) in result.ids.enumerated() {
                print(CSVText.row([id, full(result.baseline.steadyState[index]), full(result.scenario.steadyState[index]),
                                   full(result.change[index])]))
            }
        case .table:
            print("Baseline: \(describe(result.baseline.outcome)); scenario: \(describe(result.scenario.outcome))")
            var table = TextTable([("Node", .left), ("Baseline", .right), ("Scenario", .right), ("Change", .right)])
            for index in result.byChange {
                table.add([circle.nodes[index].label, short(result.baseline.steadyState[index]),
                           short(result.scenario.steadyState[index]), String(format: "%+.4f", result.change[index])])
            }
            print(table.render())
        }
    }

    private func describe(_ outcome: FuzzyCognitiveMap.Outcome) -> String {
        switch outcome {
        case let .fixedPoint(steps): return "fixed point after \(steps) steps"
        case let .limitCycle(period, steps): return "limit cycle of period \(period) (found at step \(steps); mean shown)"
        case let .noConvergence(steps): return "no convergence in \(steps) steps (last state shown)"
        }
    }
}

extension FuzzyCognitiveMap.Rule: ExpressibleByArgument {}

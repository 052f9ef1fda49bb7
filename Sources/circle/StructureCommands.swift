import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphRendering
import StrategyAnalysis
import StrategyModel

struct BreakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breakers",
        abstract: "The fewest elements, and the fewest influences, whose removal breaks every reinforcing loop.",
        discussion: """
            These hold the circle's self-reinforcing dynamic together. Exact (branch and bound \
            over all loops) for circles of the seed's size; a greedy answer past the time \
            budget or loop limit, and the output says which.

            Examples:
              circle breakers
              circle breakers --polarity balancing --format json
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Break reinforcing (default) or balancing loops.")
    var polarity: LoopPolarity = .reinforcing

    @Option(name: .customLong("time-budget"), help: "Seconds for the loop list and each exact search.")
    var timeBudget: Double = 10

    func run() throws {
        let circle = try input.load().activePart
        let breakers = LoopBreakers(circle, polarity: polarity, timeBudget: .milliseconds(Int64(timeBudget * 1000)))
        switch output.format {
        case .json: print(try jsonText(breakers))
        case .csv:
            print(CSVText.row(["kind", "id", "label"]))
            for id in breakers.nodes { print(CSVText.row(["node", id, circle.node(id)?.label ?? id])) }
            for edge in breakers.edges { print(CSVText.row(["edge", "\(edge.from)>\(edge.to)", ""])) }
        case .table:
            let label = { (id: String) in circle.node(id)?.label ?? id }
            print("\(breakers.reinforcingLoops) \(polarity.rawValue) loops; \(breakers.method).")
            print("\nRemoving these \(breakers.nodes.count) elements breaks every one"
                + (breakers.nodesProvenMinimal ? " (no smaller set does):" : ":"))
            for id in breakers.nodes { print("  \(label(id))") }
            print("\nRemoving these \(breakers.edges.count) influences breaks every one"
                + (breakers.edgesProvenMinimal ? " (no smaller set does):" : ":"))
            for edge in breakers.edges { print("  \(label(edge.from)) → \(label(edge.to))") }
        }
    }
}

struct MicmacCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "micmac",
        abstract: "MICMAC: direct and indirect influence and dependence, quadrants, rank shifts; draws the map.",
        discussion: """
            Influence of an element is its row sum in the influence matrix (row → column), \
            dependence its column sum; indirect values come from matrix powers until the \
            rankings are stable. Quadrants split at the mean (or --split median). With \
            --map OUT.svg|png|pdf the influence–dependence map is drawn.

            Examples:
              circle micmac
              circle micmac --split median --map micmac.png
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Split the quadrants at the mean or median.")
    var split: Micmac.Split = .mean

    @Option(help: ArgumentHelp("Also draw the indirect influence–dependence map to this file.", valueName: "file"))
    var map: String?

    func validate() throws {
        if let map, ![.svg, .png, .pdf].contains(RenderFormat(fileExtensionOf: map)) {
            throw ValidationError("--map takes a .svg, .png or .pdf file")
        }
    }

    func run() throws {
        let circle = try input.load().activePart
        try requireDenseSize(circle, method: "MICMAC")
        let analysis = StructuralAnalysis(circle, split: split)
        switch output.format {
        case .json: print(try jsonText(analysis))
        case .csv:
            print(CSVText.row(["id", "direct_influence", "direct_dependence", "indirect_influence", "indirect_dependence",
                               "direct_quadrant", "indirect_quadrant", "influence_rank_shift", "role"]))
            for e in analysis.elements {
                print(CSVText.row([e.id, full(e.directInfluence), full(e.directDependence), full(e.indirectInfluence),
                                   full(e.indirectDependence), e.directQuadrant.rawValue, e.indirectQuadrant.rawValue,
                                   "\(e.influenceRankShift)", e.role.rawValue]))
            }
        case .table:
            print("MICMAC, indirect at matrix power \(analysis.micmacPower)\(analysis.micmacStable ? " (rankings stable)" : " (not yet stable)"), quadrants split at the \(split.rawValue)")
            if let zero = analysis.micmacNilpotentFrom {
                print("Note: the map has no feedback loop, so its matrix powers vanish from power \(zero) on; the indirect "
                    + "values are those of power \(analysis.micmacPower), the longest chains, and the rankings never settle.")
            }
            for quadrant in Micmac.Quadrant.allCases {
                let members = analysis.elements.filter { $0.indirectQuadrant == quadrant }
                guard !members.isEmpty else { continue }
                print("\n\(quadrant.rawValue.capitalized) (\(members.count)):")
                var table = TextTable([("Element", .left), ("Influence", .right), ("Dependence", .right), ("Shift", .right)])
                for e in members.sorted(by: { $0.indirectInfluence > $1.indirectInfluence }) {
                    table.add([e.label, short(e.indirectInfluence), short(e.indirectDependence),
                               e.influenceRankShift == 0 ? "" : String(format: "%+d", e.influenceRankShift)])
                }
                print(table.render())
            }
            let i = analysis.indices
            print("\nCognitive-map indices: \(i.transmitters) transmitters, \(i.receivers) receivers, \(i.ordinary) ordinary; "
                + "complexity \(i.complexity.map(short) ?? "n/a (no transmitters)"), density \(short(i.density)), "
                + "hierarchy index \(short(i.hierarchyIndex))")
        }
        if let map {
            let bytes: [UInt8]
            do {
                bytes = try InfluenceMap.render(analysis, circle: circle, format: RenderFormat(fileExtensionOf: map) ?? .svg)
            } catch {
                printError("circle: \(error)")
                throw ExitCode.internalError
            }
            try writeOrExit(bytes, to: map)
        }
    }
}

extension Micmac.Split: ExpressibleByArgument {}

struct DematelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dematel",
        abstract: "DEMATEL: total influence, prominence (D+R) and relation (D−R): causes and effects.",
        discussion: """
            N = A / s (s the largest row or column sum), T = N (I − N)⁻¹; refused, with the \
            reason, when N's spectral radius is not below 1.

            Examples:
              circle dematel
              circle dematel my-circle.yaml --format csv
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let circle = try input.load().activePart
        try requireDenseSize(circle, method: "DEMATEL")
        let report: DematelReport
        do {
            report = try DematelReport(circle)
        } catch {
            printError("circle: \(error)")
            throw ExitCode.badData
        }
        switch output.format {
        case .json: print(try jsonText(report))
        case .csv:
            print(CSVText.row(["id", "given", "received", "prominence", "relation", "group"]))
            for e in report.elements {
                print(CSVText.row([e.id, full(e.given), full(e.received), full(e.prominence), full(e.relation), e.group]))
            }
        case .table:
            print("DEMATEL (scale s = \(short(report.scale)), spectral radius of N = \(short(report.spectralRadius)))")
            for group in ["cause", "effect", "neutral"] {
                let members = report.elements.filter { $0.group == group }.sorted { abs($0.relation) > abs($1.relation) }
                guard !members.isEmpty else { continue }
                print("\n\(group.capitalized)s (\(members.count)):")
                var table = TextTable([("Element", .left), ("D+R", .right), ("D−R", .right)])
                for e in members { table.add([e.label, short(e.prominence), short(e.relation)]) }
                print(table.render())
            }
        }
    }
}

struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Fuzzy-cognitive-map simulation: clamp elements and see where the circle settles.",
        discussion: """
            Weights are scaled to [−1, 1] by the largest. Both a baseline and the scenario run \
            from the same start; the output is the scenario minus the baseline steady state, \
            as Mental Modeler reports it, and whether each run reached a fixed point, a limit \
            cycle or neither.

            Examples:
              circle simulate --clamp social_werden=1
              circle simulate --clamp unternehmenskultur=0 --function tanh --rule modified-kosko
            """
    )

    enum Function: String, ExpressibleByArgument, CaseIterable { case sigmoid, tanh, bivalent, trivalent }

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Hold an element at a value (repeatable).", valueName: "id=value"))
    var clamp: [String] = []

    @Option(help: "Squashing function: sigmoid, tanh, bivalent, trivalent.")
    var function: Function = .sigmoid

    @Option(help: "Steepness λ of sigmoid and tanh.")
    var lambda: Double = 1

    @Option(help: "Update rule: kosko or modified-kosko.")
    var rule: FuzzyCognitiveMap.Rule = .kosko

    @Option(help: "Starting activation of every element.")
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
            var table = TextTable([("Element", .left), ("Baseline", .right), ("Scenario", .right), ("Change", .right)])
            let order = result.ids.indices.sorted { abs(result.change[$0]) > abs(result.change[$1]) }
            for index in order {
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

/// Refuses circles too large for an n × n matrix method, with the reason (exit 65).
func requireDenseSize(_ circle: StrategyCircle, method: String) throws {
    guard circle.nodes.count <= denseMatrixLimit else {
        printError("circle: \(method) works on the full \(circle.nodes.count) × \(circle.nodes.count) influence matrix; "
            + "it is limited to \(denseMatrixLimit) elements")
        throw ExitCode.badData
    }
}

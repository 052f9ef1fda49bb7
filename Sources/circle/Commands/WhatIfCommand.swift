import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphFormats
import GraphRendering
import GraphvizBridge
import StrategyAnalysis
import StrategyModel

struct WhatIfCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whatif",
        abstract: "What-if removals: change the circle and see exactly what breaks.",
        discussion: """
            One scenario from quick flags, the scenarios of a YAML script (--script; see \
            Scripts/whatif/ and docs/WHATIF.md), or a sweep: every single removal, every pair, \
            every sector, ranked by impact (the mean of the reinforcing-loop gain lost and the \
            core reach lost), or a greedy attack with its robustness curve.

            Examples:
              circle whatif --remove unternehmenskultur
              circle whatif --remove-sector wissen --format json
              circle whatif --include kostenfuehrerschaft,crowd_support
              circle whatif --script Scripts/whatif/neglect-culture.yaml
              circle whatif --sweep single
              circle whatif --sweep attack --curve attack.csv --curve-svg attack.svg
            """
    )

    enum SweepKind: String, ExpressibleByArgument, CaseIterable { case single, pairs, sectors, attack }

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: ArgumentHelp("Run the scenarios of this YAML script.", valueName: "file"))
    var script: String?

    @Option(help: ArgumentHelp("With --script: only the scenario of this name.", valueName: "name"))
    var scenario: String?

    @Option(help: ArgumentHelp("Remove these nodes (comma-separated ids).", valueName: "id,…"))
    var remove: String?

    @Option(name: .customLong("remove-edge"), help: ArgumentHelp("Remove these edges.", valueName: "from>to,…"))
    var removeEdge: String?

    @Option(name: .customLong("remove-sector"), help: "Remove every node of a sector.")
    var removeSector: [String] = []

    @Option(name: .customLong("remove-ring"), help: "Remove every node of a ring.")
    var removeRing: [String] = []

    @Option(help: ArgumentHelp("Bring back excluded nodes.", valueName: "id,…"))
    var include: String?

    @Option(name: .customLong("add-edge"), help: ArgumentHelp("Add an edge (weight 1 and + unless given).",
                                                              valueName: "from>to[:weight[:sign]]"))
    var addEdge: [String] = []

    @Option(name: .customLong("set-weight"), help: ArgumentHelp("Change an edge's weight.", valueName: "from>to=weight"))
    var setWeight: [String] = []

    @Option(name: .customLong("set-sign"), help: ArgumentHelp("Change an edge's sign.", valueName: "from>to=sign"))
    var setSign: [String] = []

    @Option(help: ArgumentHelp(
        "With change flags: what to compare (centrality, clusters, loops, density, reachability, dynamics; default all).",
        valueName: "part,…"))
    var compute: String?

    @Option(name: .customLong("max-loops"), help: ArgumentHelp(
        "Enumerate at most this many loops; a comparison is refused when the enumeration is cut.", valueName: "count"))
    var maxLoops: Int = LoopQuery.defaultMaxCount

    @Option(name: .customLong("time-budget"), help: ArgumentHelp(
        "With --sweep: stop after this many seconds and rank the scenarios evaluated by then (said so).",
        valueName: "seconds"))
    var timeBudget: Double?

    @Option(help: "Sweep: single, pairs, sectors or attack.")
    var sweep: SweepKind?

    @Option(help: ArgumentHelp("With --sweep attack: write the robustness curve as CSV.", valueName: "file"))
    var curve: String?

    @Option(name: .customLong("curve-svg"), help: ArgumentHelp("With --sweep attack: draw the curve (SVG, or PNG or PDF by the extension).", valueName: "file"))
    var curveSVG: String?

    @Option(name: .customLong("output-dir"), help: ArgumentHelp(
        "Write a script's outputs under this folder instead of the script's own.", valueName: "folder"))
    var outputDir: String?

    @Flag(name: .customLong("outputs-anywhere"), help: "Let a script write its outputs outside its own folder.")
    var outputsAnywhere = false

    @Option(help: "With --sweep: how many ranked scenarios to show.")
    var top: Int = 15

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        let quick = remove != nil || removeEdge != nil || !removeSector.isEmpty || !removeRing.isEmpty || include != nil
            || !addEdge.isEmpty || !setWeight.isEmpty || !setSign.isEmpty
        let modes = [quick, script != nil, sweep != nil].filter { $0 }.count
        if modes == 0 { throw ValidationError("give a change (--remove, --remove-sector, …), a --script or a --sweep") }
        if modes > 1 { throw ValidationError("use one of: quick change flags, --script, --sweep") }
        if (curve != nil || curveSVG != nil) && sweep != .attack { throw ValidationError("--curve and --curve-svg go with --sweep attack") }
        if scenario != nil && script == nil { throw ValidationError("--scenario goes with --script") }
        if top < 1 { throw ValidationError("--top must be 1 or more, got \(top)") }
        if compute != nil && (script != nil || sweep != nil) { throw ValidationError("--compute goes with the change flags") }
        if maxLoops < 1 { throw ValidationError("--max-loops must be 1 or more, got \(maxLoops)") }
        if let timeBudget, !(timeBudget > 0 && timeBudget.isFinite) {
            throw ValidationError("--time-budget must be a positive number of seconds")
        }
        if timeBudget != nil && (sweep == nil || sweep == .attack) { throw ValidationError("--time-budget goes with --sweep single, pairs or sectors") }
    }

    /// The loop limits every comparison of this run uses.
    var loopLimits: LoopSearch.Limits {
        var limits = LoopCatalog.defaultLimits
        limits.maxCount = maxLoops
        return limits
    }

    func run() throws {
        let circle = try input.load()
        if let sweep { return try runSweep(sweep, circle: circle) }
        var scripted: [ScriptedScenario]
        if let script {
            scripted = try loadScript(script)
            let problems = ScenarioScriptReader.check(scripted, against: circle)
            if !problems.isEmpty {
                for problem in problems { printError("\(problem)") }
                throw ExitCode.badData
            }
            if let scenario {
                scripted = scripted.filter { $0.scenario.name == scenario }
                if scripted.isEmpty { throw ValidationError("the script has no scenario named '\(scenario)'") }
            }
        } else {
            scripted = [ScriptedScenario(scenario: try quickScenario(), compute: try computeOptions(), output: nil)]
        }
        var diffs: [ScenarioDiff] = []
        var baselines: [Set<DiffOptions.Part>: DiffBaseline] = [:]
        for item in scripted {
            var options = item.compute
            options.loopLimits = loopLimits
            options.stopWhenLoopsRefused = true
            let prepared = baselines[options.parts] ?? DiffBaseline(circle, options: options)
            baselines[options.parts] = prepared
            if let refused = prepared.loops?.refusal {
                printError("circle: scenario '\(item.scenario.name)': \(refused)")
                throw ExitCode.usage
            }
            let changed: StrategyCircle
            do {
                changed = try item.scenario.apply(to: circle)
            } catch {
                printError("circle: \(error)")
                throw ExitCode.badData
            }
            let diff = ScenarioDiff(baseline: prepared, scenario: changed, name: item.scenario.name)
            if let refused = diff.loopsRefused {
                printError("circle: scenario '\(item.scenario.name)': \(refused)")
                throw ExitCode.usage
            }
            diffs.append(diff)
            if var path = item.output {
                if let outputDir, let script {
                    let scriptFolder = URL(fileURLWithPath: script).deletingLastPathComponent().standardizedFileURL.path
                    let relative = path.hasPrefix(scriptFolder + "/") ? String(path.dropFirst(scriptFolder.count + 1)) : path
                    path = URL(fileURLWithPath: outputDir).appending(path: relative).path
                }
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                } catch {
                    printError("\(path): error: cannot create its folder: \(error.localizedDescription)")
                    throw ExitCode.cannotWrite
                }
                let text = path.lowercased().hasSuffix(".csv") ? diffCSV([diff]) : try jsonText(diff) + "\n"
                try writeOrExit(Array(text.utf8), to: path)
            }
        }
        switch output.format {
        case .json: print(try jsonText(diffs.count == 1 && script == nil ? [diffs[0]] : diffs))
        case .csv: print(diffCSV(diffs), terminator: "")
        case .table:
            for (index, diff) in diffs.enumerated() {
                if index > 0 { print("") }
                printDiff(diff, description: scripted[index].scenario.description, circle: circle)
            }
        }
    }

    // MARK: Scenarios

    func loadScript(_ path: String) throws -> [ScriptedScenario] {
        do {
            return try ScenarioScriptReader.load(path: path, outputsAnywhere: outputsAnywhere)
        } catch {
            printDiagnostics(error)
            throw error.reason == .unreadable ? ExitCode.noInput : ExitCode.badData
        }
    }

    /// What `--compute` asks for (everything without it).
    func computeOptions() throws -> DiffOptions {
        guard let compute else { return DiffOptions() }
        var parts = Set<DiffOptions.Part>()
        for name in compute.split(separator: ",").map(\.trimmedWhitespace) where !name.isEmpty {
            guard let part = DiffOptions.Part(rawValue: name) else {
                let names = DiffOptions.Part.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
                throw ValidationError("unknown part '\(name)'\(hint); expected some of: \(names.joined(separator: ", "))")
            }
            parts.insert(part)
        }
        return DiffOptions(computing: parts)
    }

    /// The scenario of the quick flags, in the grammar scripts use (`ScenarioChanges`);
    /// unknown ids are reported when it is applied, with a did-you-mean.
    func quickScenario() throws -> Scenario {
        func list(_ text: String?) -> [String] {
            (text ?? "").split(separator: ",").map(\.trimmedWhitespace).filter { !$0.isEmpty }
        }
        var changes = ScenarioChanges()
        do {
            changes.remove = list(remove)
            changes.removeEdges = try list(removeEdge).map(ScenarioChanges.edge)
            changes.removeSectors = removeSector
            changes.removeRings = removeRing
            changes.include = list(include)
            changes.addEdges = try addEdge.map(ScenarioChanges.addedEdge)
            changes.setWeights = try setWeight.map(ScenarioChanges.weightChange)
            changes.setSigns = try setSign.map(ScenarioChanges.signChange)
        } catch {
            throw ValidationError(error.description)
        }
        if changes.isEmpty { throw ValidationError("the change flags name nothing to change") }
        return Scenario(changes: changes)
    }

    // MARK: Output

    func printDiff(_ diff: ScenarioDiff, description: String?, circle: StrategyCircle) {
        let added = Dictionary(zip(diff.addedNodes, diff.addedLabels), uniquingKeysWith: { first, _ in first })
        let label = { (id: String) in circle.node(id)?.label ?? added[id] ?? id }
        print("Scenario: \(diff.scenario)")
        if let description { print(description.trimmingCharacters(in: .whitespacesAndNewlines)) }
        if !diff.removedNodes.isEmpty { print("Removed: " + diff.removedNodes.map(label).joined(separator: ", ")) }
        if !diff.addedNodes.isEmpty { print("Added: " + diff.addedLabels.joined(separator: ", ")) }
        print("Edges: \(diff.removedEdges.count) removed, \(diff.addedEdges.count) added, "
            + "\(diff.changedEdges.count) re-weighted or re-signed")
        if let loops = diff.loops {
            print("""
                Reinforcing loops: \(loops.reinforcingBefore) → \(loops.reinforcingAfter) (\(loops.reinforcingBroken) broken, \
                \(loops.reinforcingNew) new, \(loops.reinforcingToBalancing) turned balancing, \(loops.balancingToReinforcing) turned \
                reinforcing)
                Balancing loops: \(loops.balancingBefore) → \(loops.balancingAfter) (\(loops.balancingBroken) broken, \(loops.balancingNew) new)
                Reinforcing gain: \(short(loops.reinforcingGainBefore)) → \(short(loops.reinforcingGainAfter)); \
                \(percent(loops.reinforcingGainLostShare)) of it lost, \(short(loops.reinforcingGainGained)) gained
                """)
            printLoops("Strongest loops broken", loops.strongestBroken, label: label)
            printLoops("Loops that changed polarity (as they are now)", loops.strongestFlipped, label: label)
            printLoops("Strongest new loops", loops.strongestNew, label: label)
        }
        if let reach = diff.reachability {
            print("Reach the core: \(percent(reach.coreReachBefore)) → \(percent(reach.coreReachAfter)) of the other nodes")
            if !reach.lostCore.isEmpty { print("  No longer reach the core: " + reach.lostCore.map(label).joined(separator: ", ")) }
            if !reach.splitOff.isEmpty {
                print("  Split off: " + reach.splitOff.map { "[" + $0.map(label).joined(separator: ", ") + "]" }.joined(separator: " "))
            }
            print("  Largest strongly connected part: \(reach.largestStronglyConnectedBefore) → \(reach.largestStronglyConnectedAfter) nodes")
        }
        if let clusters = diff.clusters {
            print("Clusters: modularity \(short(clusters.modularityBefore)) → \(short(clusters.modularityAfter)), "
                + "agreement (NMI) \(short(clusters.agreement))"
                + (clusters.moved.isEmpty ? "" : "; moved: " + clusters.moved.map(label).joined(separator: ", ")))
        }
        if let centrality = diff.centrality {
            print("Centrality, largest changes:")
            for change in centrality {
                let movers = change.topMovers.prefix(3).map {
                    "\(label($0.id)) \(short($0.before)) → \(short($0.after)) (#\($0.rankBefore) → #\($0.rankAfter))"
                }
                print("  \(change.measure.rawValue): " + movers.joined(separator: "; "))
            }
        }
        if let dynamics = diff.dynamics {
            print("Dynamics (FCM steady state), largest changes: " + dynamics.byChange.prefix(4).map {
                "\(label(dynamics.ids[$0])) \(String(format: "%+.3f", dynamics.after[$0] - dynamics.before[$0]))"
            }.joined(separator: "; "))
        }
        print("Impact score: \(short(diff.impact))")
    }

    /// Loops with the source behind each edge.
    func printLoops(_ title: String, _ loops: [FeedbackLoop], label: (String) -> String) {
        guard !loops.isEmpty else { return }
        print("  \(title), with the source behind each edge:")
        for loop in loops {
            print("    \(loop.polarity.letter) gain \(short(loop.gain)): " + (loop.nodes + [loop.nodes[0]]).map(label).joined(separator: " → "))
            for edge in loop.edges {
                let source = edge.quote.map { "“\($0)”" } ?? edge.reason.map { "inferred: \($0)" } ?? "no evidence given"
                print("      \(label(edge.from)) → \(label(edge.to)): \(source)")
            }
        }
    }

    func diffCSV(_ diffs: [ScenarioDiff]) -> String {
        var lines = [CSVText.row(["scenario", "section", "item", "before", "after"])]
        for diff in diffs {
            lines.append(CSVText.row([diff.scenario, "impact", "score", "", full(diff.impact)]))
            for id in diff.removedNodes { lines.append(CSVText.row([diff.scenario, "removed", id, "", ""])) }
            if let loops = diff.loops {
                lines.append(CSVText.row([diff.scenario, "loops", "reinforcing", "\(loops.reinforcingBefore)", "\(loops.reinforcingAfter)"]))
                lines.append(CSVText.row([diff.scenario, "loops", "balancing", "\(loops.balancingBefore)", "\(loops.balancingAfter)"]))
                lines.append(CSVText.row([diff.scenario, "loops", "reinforcing_broken", "", "\(loops.reinforcingBroken)"]))
                lines.append(CSVText.row([diff.scenario, "loops", "reinforcing_new", "", "\(loops.reinforcingNew)"]))
                lines.append(CSVText.row([diff.scenario, "loops", "reinforcing_to_balancing", "", "\(loops.reinforcingToBalancing)"]))
                lines.append(CSVText.row([diff.scenario, "loops", "balancing_to_reinforcing", "", "\(loops.balancingToReinforcing)"]))
                lines.append(CSVText.row([diff.scenario, "loops", "reinforcing_gain", full(loops.reinforcingGainBefore),
                                          full(loops.reinforcingGainAfter)]))
            }
            if let reach = diff.reachability {
                lines.append(CSVText.row([diff.scenario, "reach", "core_share", full(reach.coreReachBefore), full(reach.coreReachAfter)]))
            }
            if let clusters = diff.clusters {
                lines.append(CSVText.row([diff.scenario, "clusters", "modularity", full(clusters.modularityBefore),
                                          full(clusters.modularityAfter)]))
            }
            for change in diff.centrality ?? [] {
                for mover in change.nodes {
                    lines.append(CSVText.row([diff.scenario, change.measure.rawValue, mover.id, full(mover.before), full(mover.after)]))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: Sweeps

    func runSweep(_ kind: SweepKind, circle: StrategyCircle) throws {
        let bar = ProgressBar(quiet: output.quiet)
        if kind == .attack {
            guard circle.activePart.nodes.count <= Sweep.maxAttackElements else {
                printError("circle: the greedy attack tries every node at every step; it is limited to "
                    + "\(Sweep.maxAttackElements) active nodes")
                throw ExitCode.badData
            }
            let points: [Sweep.CurvePoint]
            do {
                points = try Sweep.attack(circle, limits: loopLimits, progress: bar.report)
            } catch {
                bar.finish()
                printError("circle: \(error)")
                throw ExitCode.usage
            }
            bar.finish()
            if let curve {
                var lines = [CSVText.row(["removed", "share_removed", "node", "reinforcing_loops", "reinforcing_share",
                                          "largest_scc_share", "core_reach"])]
                for p in points {
                    lines.append(CSVText.row(["\(p.removed)", full(p.shareRemoved), p.node ?? "", "\(p.reinforcingLoops)",
                                              full(p.reinforcingShare), full(p.largestStronglyConnectedShare), full(p.coreReach)]))
                }
                try writeOrExit(Array((lines.joined(separator: "\n") + "\n").utf8), to: curve)
            }
            if let curveSVG {
                let bytes: [UInt8]
                do {
                    bytes = try RobustnessChart.render(points, title: "Greedy attack on \(circle.metadata.title ?? "the circle")",
                                                       format: RenderFormat(fileExtensionOf: curveSVG) ?? .svg)
                } catch {
                    printError("circle: \(error)")
                    throw ExitCode.internalError
                }
                try writeOrExit(bytes, to: curveSVG)
            }
            switch output.format {
            case .json: print(try jsonText(points))
            case .csv:
                print(CSVText.row(["removed", "node", "reinforcing_loops", "largest_scc_share", "core_reach"]))
                for p in points {
                    print(CSVText.row(["\(p.removed)", p.node ?? "", "\(p.reinforcingLoops)",
                                       full(p.largestStronglyConnectedShare), full(p.coreReach)]))
                }
            case .table:
                var table = TextTable([("Step", .right), ("Removed", .left), ("R loops", .right), ("Largest SCC", .right),
                                       ("Core reach", .right)])
                for p in points {
                    table.add(["\(p.removed)", p.node.map { circle.node($0)?.label ?? $0 } ?? "(start)", "\(p.reinforcingLoops)",
                               percent(p.largestStronglyConnectedShare), percent(p.coreReach)])
                }
                print("Greedy attack: each step removes the node whose loss leaves the fewest reinforcing loops.")
                print(table.render())
            }
            return
        }
        let sweepKind: Sweep.Kind = kind == .single ? .single : (kind == .pairs ? .pairs : .sectors)
        let active = circle.activePart.nodes.count
        let limit = Sweep.maxElements(sweepKind)
        guard active <= limit else {
            printError("circle: a \(kind.rawValue) sweep recomputes everything once per scenario; it is limited to circles of "
                + "\(limit) active nodes (this one has \(active)). Script the scenarios you need instead.")
            throw ExitCode.badData
        }
        let scenarios = Sweep.scenarios(sweepKind, circle: circle)
        var options = DiffOptions.impactOnly
        options.loopLimits = loopLimits
        let result: Sweep.Result
        do {
            result = try Sweep.run(scenarios, on: circle, options: options,
                                   timeBudget: timeBudget.map { .milliseconds(Int64($0 * 1000)) }, progress: bar.report)
        } catch {
            bar.finish()
            printError("circle: \(error)")
            throw ExitCode.usage
        }
        bar.finish()
        if let note = result.stoppedEarly { printError("circle: \(note)") }
        let entries = result.entries
        switch output.format {
        case .json: print(try jsonText(result))
        case .csv:
            print(CSVText.row(["rank", "scenario", "impact", "reinforcing_gain_lost", "reinforcing_broken", "core_reach_after",
                               "lost_core", "pieces_after"]))
            for (rank, e) in entries.enumerated() {
                print(CSVText.row(["\(rank + 1)", e.name, full(e.impact), full(e.reinforcingGainLostShare), "\(e.reinforcingBroken)",
                                   full(e.coreReachAfter), "\(e.lostCore)", "\(e.piecesAfter)"]))
            }
        case .table:
            print("Keystones: \(result.evaluated) of \(scenarios.count) scenarios ranked by impact "
                + "(mean of the shares of reinforcing gain and of core reach lost; docs/WHATIF.md).")
            if let note = result.stoppedEarly { print("Partial: \(note).") }
            var table = TextTable([("#", .right), ("Scenario", .left), ("Impact", .right), ("R gain lost", .right),
                                   ("R broken", .right), ("Core reach", .right), ("Pieces", .right)])
            for (rank, e) in entries.prefix(top).enumerated() {
                let name = e.removed.isEmpty ? e.name : e.removed.map { circle.node($0)?.label ?? $0 }.joined(separator: " + ")
                table.add(["\(rank + 1)", name, short(e.impact), percent(e.reinforcingGainLostShare), "\(e.reinforcingBroken)",
                           percent(e.coreReachAfter), "\(e.piecesAfter)"])
            }
            print(table.render())
        }
    }
}

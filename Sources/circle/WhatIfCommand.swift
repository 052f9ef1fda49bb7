import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
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

    @Option(help: ArgumentHelp("Remove these elements (comma-separated ids).", valueName: "id,…"))
    var remove: String?

    @Option(name: .customLong("remove-edge"), help: ArgumentHelp("Remove these influences.", valueName: "from>to,…"))
    var removeEdge: String?

    @Option(name: .customLong("remove-sector"), help: "Remove every element of a sector.")
    var removeSector: [String] = []

    @Option(name: .customLong("remove-ring"), help: "Remove every element of a ring.")
    var removeRing: [String] = []

    @Option(help: ArgumentHelp("Bring back excluded elements.", valueName: "id,…"))
    var include: String?

    @Option(name: .customLong("add-edge"), help: ArgumentHelp("Add an influence (weight 1 and + unless given).",
                                                              valueName: "from>to[:weight[:sign]]"))
    var addEdge: [String] = []

    @Option(name: .customLong("set-weight"), help: ArgumentHelp("Change an influence's weight.", valueName: "from>to=weight"))
    var setWeight: [String] = []

    @Option(help: "Sweep: single, pairs, sectors or attack.")
    var sweep: SweepKind?

    @Option(help: ArgumentHelp("With --sweep attack: write the robustness curve as CSV.", valueName: "file"))
    var curve: String?

    @Option(name: .customLong("curve-svg"), help: ArgumentHelp("With --sweep attack: draw the curve as SVG.", valueName: "file"))
    var curveSVG: String?

    @Option(name: .customLong("output-dir"), help: ArgumentHelp(
        "Write a script's outputs under this folder instead of the script's own.", valueName: "folder"))
    var outputDir: String?

    @Option(help: "With --sweep: how many ranked scenarios to show.")
    var top: Int = 15

    func validate() throws {
        let quick = remove != nil || removeEdge != nil || !removeSector.isEmpty || !removeRing.isEmpty || include != nil
            || !addEdge.isEmpty || !setWeight.isEmpty
        let modes = [quick, script != nil, sweep != nil].filter { $0 }.count
        if modes == 0 { throw ValidationError("give a change (--remove, --remove-sector, …), a --script or a --sweep") }
        if modes > 1 { throw ValidationError("use one of: quick change flags, --script, --sweep") }
        if (curve != nil || curveSVG != nil) && sweep != .attack { throw ValidationError("--curve and --curve-svg go with --sweep attack") }
        if scenario != nil && script == nil { throw ValidationError("--scenario goes with --script") }
    }

    func run() throws {
        let circle = try input.load()
        if let sweep { return try runSweep(sweep, circle: circle) }
        var scripted: [ScriptedScenario]
        if let script {
            scripted = try loadScript(script)
            if let scenario {
                scripted = scripted.filter { $0.scenario.name == scenario }
                if scripted.isEmpty { throw ValidationError("the script has no scenario named '\(scenario)'") }
            }
        } else {
            scripted = [ScriptedScenario(scenario: try quickScenario(circle), compute: DiffOptions(), output: nil)]
        }
        var diffs: [ScenarioDiff] = []
        for item in scripted {
            let changed: StrategyCircle
            do {
                changed = try item.scenario.apply(to: circle)
            } catch {
                printError("circle: \(error)")
                throw ExitCode.badData
            }
            let diff = ScenarioDiff(baseline: circle, scenario: changed, name: item.scenario.name, options: item.compute)
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
            return try ScenarioScriptReader.load(path: path)
        } catch {
            printDiagnostics(error)
            throw error.reason == .unreadable ? ExitCode.noInput : ExitCode.badData
        }
    }

    func quickScenario(_ circle: StrategyCircle) throws -> Scenario {
        var operations: [Scenario.Operation] = []
        var parts: [String] = []
        if let remove {
            let ids = try resolveIDs(remove, in: circle)
            operations.append(.removeNodes(ids))
            parts.append("without " + ids.joined(separator: ", "))
        }
        if let removeEdge {
            let edges = try removeEdge.split(separator: ",").map { try resolveEdge(String($0), in: circle) }
            operations.append(.removeEdges(edges.map { Scenario.EdgeReference(from: $0.from, to: $0.to) }))
            parts.append("without " + edges.map { "\($0.from)>\($0.to)" }.joined(separator: ", "))
        }
        for sector in removeSector {
            guard circle.index(ofSector: sector) != nil else { throw ValidationError("no sector '\(sector)'") }
            operations.append(.removeSector(sector))
            parts.append("without sector \(sector)")
        }
        for ring in removeRing {
            guard circle.index(ofRing: ring) != nil else { throw ValidationError("no ring '\(ring)'") }
            operations.append(.removeRing(ring))
            parts.append("without ring \(ring)")
        }
        if let include {
            let ids = try resolveIDs(include, in: circle)
            operations.append(.include(ids))
            parts.append("with " + ids.joined(separator: ", "))
        }
        for item in addEdge {
            let fields = item.split(separator: ":").map(String.init)
            let ends = fields[0].split(separator: ">").map(String.init)
            guard ends.count == 2 else { throw ValidationError("--add-edge takes FROM>TO[:WEIGHT[:SIGN]], got '\(item)'") }
            _ = try resolveIDs(ends.joined(separator: ","), in: circle)
            let weight = fields.count > 1 ? Double(fields[1]) : 1
            guard let weight, weight.isFinite, weight > 0 else { throw ValidationError("--add-edge weight must be a number > 0") }
            let sign: Sign = fields.count > 2 && ["-", "negative", "-1"].contains(fields[2]) ? .negative : .positive
            operations.append(.addEdge(Edge(from: ends[0], to: ends[1], weight: weight, sign: sign)))
            parts.append("with \(ends[0])>\(ends[1])")
        }
        for item in setWeight {
            let fields = item.split(separator: "=").map(String.init)
            guard fields.count == 2, let weight = Double(fields[1]), weight.isFinite, weight > 0 else {
                throw ValidationError("--set-weight takes FROM>TO=WEIGHT with a weight > 0, got '\(item)'")
            }
            let edge = try resolveEdge(fields[0], in: circle)
            operations.append(.setWeight(Scenario.EdgeReference(from: edge.from, to: edge.to), weight))
            parts.append("\(fields[0]) weighing \(fields[1])")
        }
        return Scenario(name: parts.joined(separator: "; "), operations: operations)
    }

    // MARK: Output

    func printDiff(_ diff: ScenarioDiff, description: String?, circle: StrategyCircle) {
        let label = { (id: String) in circle.node(id)?.label ?? id }
        print("Scenario: \(diff.scenario)")
        if let description { print(description.trimmingCharacters(in: .whitespacesAndNewlines)) }
        if !diff.removedNodes.isEmpty { print("Removed: " + diff.removedNodes.map(label).joined(separator: ", ")) }
        if !diff.addedNodes.isEmpty { print("Added: " + diff.addedNodes.map(label).joined(separator: ", ")) }
        print("Influences: \(diff.removedEdges.count) removed, \(diff.addedEdges.count) added")
        if let loops = diff.loops {
            print("""
                Reinforcing loops: \(loops.reinforcingBefore) → \(loops.reinforcingAfter) (\(loops.reinforcingBroken) broken, \
                \(loops.reinforcingNew) new); \(percent(loops.reinforcingGainLostShare)) of the reinforcing gain lost
                Balancing loops: \(loops.balancingBefore) → \(loops.balancingAfter) (\(loops.balancingBroken) broken, \(loops.balancingNew) new)
                """)
            if !loops.strongestBroken.isEmpty {
                print("  Strongest loops broken, with the source behind each link:")
                for loop in loops.strongestBroken {
                    print("    \(loop.polarity.letter) gain \(short(loop.gain)): "
                        + (loop.nodes + [loop.nodes[0]]).map(label).joined(separator: " → "))
                    for edge in loop.edges {
                        let source = edge.quote.map { "“\($0)”" } ?? edge.reason.map { "inferred: \($0)" } ?? "no evidence given"
                        print("      \(label(edge.from)) → \(label(edge.to)): \(source)")
                    }
                }
            }
        }
        if let reach = diff.reachability {
            print("Reach the core: \(percent(reach.coreReachBefore)) → \(percent(reach.coreReachAfter)) of the other elements")
            if !reach.lostCore.isEmpty { print("  No longer reach the core: " + reach.lostCore.map(label).joined(separator: ", ")) }
            if !reach.splitOff.isEmpty {
                print("  Split off: " + reach.splitOff.map { "[" + $0.map(label).joined(separator: ", ") + "]" }.joined(separator: " "))
            }
            print("  Largest strongly connected part: \(reach.largestStronglyConnectedBefore) → \(reach.largestStronglyConnectedAfter) elements")
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
            let order = dynamics.ids.indices.sorted { abs(dynamics.after[$0] - dynamics.before[$0]) > abs(dynamics.after[$1] - dynamics.before[$1]) }
            print("Dynamics (FCM steady state), largest changes: " + order.prefix(4).map {
                "\(label(dynamics.ids[$0])) \(String(format: "%+.3f", dynamics.after[$0] - dynamics.before[$0]))"
            }.joined(separator: "; "))
        }
        print("Impact score: \(short(diff.impact))")
    }

    func diffCSV(_ diffs: [ScenarioDiff]) -> String {
        var lines = [CSVText.row(["scenario", "section", "item", "before", "after"])]
        for diff in diffs {
            lines.append(CSVText.row([diff.scenario, "impact", "score", "", full(diff.impact)]))
            for id in diff.removedNodes { lines.append(CSVText.row([diff.scenario, "removed", id, "", ""])) }
            if let loops = diff.loops {
                lines.append(CSVText.row([diff.scenario, "loops", "reinforcing", "\(loops.reinforcingBefore)", "\(loops.reinforcingAfter)"]))
                lines.append(CSVText.row([diff.scenario, "loops", "balancing", "\(loops.balancingBefore)", "\(loops.balancingAfter)"]))
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
        let bar = ProgressBar()
        if kind == .attack {
            guard circle.activePart.nodes.count <= 1000 else {
                printError("circle: the greedy attack tries every element at every step; it is limited to 1000 active elements")
                throw ExitCode.badData
            }
            let points = Sweep.attack(circle, progress: bar.report)
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
                let svg = RobustnessChart.svg(points, title: "Greedy attack on \(circle.metadata.title ?? "the circle")")
                try writeOrExit(Array(svg.utf8), to: curveSVG)
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
                print("Greedy attack: each step removes the element whose loss leaves the fewest reinforcing loops.")
                print(table.render())
            }
            return
        }
        let sweepKind: Sweep.Kind = kind == .single ? .single : (kind == .pairs ? .pairs : .sectors)
        let active = circle.activePart.nodes.count
        let limit = kind == .pairs ? 300 : 3000
        guard active <= limit else {
            printError("circle: a \(kind.rawValue) sweep recomputes everything once per scenario; it is limited to circles of "
                + "\(limit) active elements (this one has \(active)). Script the scenarios you need instead.")
            throw ExitCode.badData
        }
        let scenarios = Sweep.scenarios(sweepKind, circle: circle)
        let entries = Sweep.run(scenarios, on: circle, progress: bar.report)
        bar.finish()
        switch output.format {
        case .json: print(try jsonText(entries))
        case .csv:
            print(CSVText.row(["rank", "scenario", "impact", "reinforcing_gain_lost", "reinforcing_broken", "core_reach_after",
                               "lost_core", "pieces_after"]))
            for (rank, e) in entries.enumerated() {
                print(CSVText.row(["\(rank + 1)", e.name, full(e.impact), full(e.reinforcingGainLostShare), "\(e.reinforcingBroken)",
                                   full(e.coreReachAfter), "\(e.lostCore)", "\(e.piecesAfter)"]))
            }
        case .table:
            print("Keystones: \(scenarios.count) scenarios ranked by impact = mean of reinforcing gain lost and core reach lost.")
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

/// A progress bar on stderr, only when stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let enabled = isatty(2) == 1
    private let lock = NSLock()
    private var shown = 0

    func report(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        lock.withLock {
            // Workers report out of order; only ever move forward.
            guard done > shown else { return }
            shown = done
            let width = 30
            let filled = done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
        }
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

import Foundation
import GraphAlgorithms
import StrategyModel

/// Many scenarios at once: every single removal, every pair, every sector, ranked by the
/// documented `ScenarioDiff.impact` score; and a greedy attack with its robustness curve.
/// Scenarios run on all cores.
public enum Sweep {
    public enum Kind: String, Sendable, CaseIterable, Codable { case single, pairs, sectors }

    /// Largest circle (active nodes) a sweep of `kind` takes: a pairs sweep grows with the square.
    public static func maxElements(_ kind: Kind) -> Int { kind == .pairs ? 300 : 3000 }
    /// Largest circle the greedy attack takes (it scores every node at every step).
    public static let maxAttackElements = 1000

    public struct Entry: Sendable, Codable {
        public var name: String
        public var removed: [String]
        public var impact: Double
        public var reinforcingGainLostShare: Double
        public var reinforcingBroken: Int
        public var coreReachAfter: Double
        public var lostCore: Int
        public var piecesAfter: Int
    }

    /// The scenarios of a sweep over the active part of `circle`.
    public static func scenarios(_ kind: Kind, circle: StrategyCircle) -> [Scenario] {
        let ids = circle.activePart.nodes.map(\.id)
        switch kind {
        case .single:
            return ids.map { Scenario(name: "without \($0)", operations: [.removeNodes([$0])]) }
        case .pairs:
            var result: [Scenario] = []
            for i in ids.indices {
                for j in ids.indices where j > i {
                    result.append(Scenario(name: "without \(ids[i]) and \(ids[j])", operations: [.removeNodes([ids[i], ids[j]])]))
                }
            }
            return result
        case .sectors:
            let active = circle.activePart
            return circle.sectors.filter { s in active.nodes.contains { $0.sector == s.id } }
                .map { Scenario(name: "without sector \($0.id)", operations: [.removeSector($0.id)]) }
        }
    }

    /// A sweep's ranked entries, and whether every scenario was evaluated.
    public struct Result: Sendable, Codable {
        /// Ranked by impact (then name), among the evaluated scenarios.
        public var entries: [Entry]
        public var evaluated: Int
        public var total: Int
        /// Set when a time budget stopped the sweep: the ranking covers the evaluated scenarios only.
        public var stoppedEarly: String?
    }

    /// Runs every scenario against `circle`, on `threads` cores (nil: all), until done or
    /// `timeBudget` is spent. `progress` is called with (done, total) from worker threads.
    ///
    /// - Throws: `LoopComparison.Refusal` when loops are compared and the baseline's loop
    ///   enumeration stopped at its limit (no scenario could count its broken loops).
    public static func run(_ scenarios: [Scenario], on circle: StrategyCircle, options: DiffOptions = .init(),
                           timeBudget: Duration? = nil, threads: Int? = nil,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) throws(LoopComparison.Refusal) -> Result {
        let baseline = DiffBaseline(circle, options: options, manyScenarios: true)
        if let refusal = baseline.loops?.refusal { throw LoopComparison.Refusal(description: refusal) }
        let results = ResultSlots<Entry>(count: scenarios.count)
        let done = ProgressCounter()
        let deadline = timeBudget.map { ContinuousClock.now + $0 }
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < scenarios.count {
                if let deadline, ContinuousClock.now >= deadline { return }
                let scenario = scenarios[index]
                if let changed = try? scenario.apply(to: circle) {
                    let diff = ScenarioDiff(baseline: baseline, scenario: changed, name: scenario.name)
                    results.set(index, Entry(
                        name: scenario.name, removed: diff.removedNodes, impact: diff.impact,
                        reinforcingGainLostShare: diff.loops?.reinforcingGainLostShare ?? 0,
                        reinforcingBroken: diff.loops?.reinforcingBroken ?? 0,
                        coreReachAfter: diff.reachability?.coreReachAfter ?? 1,
                        lostCore: diff.reachability?.lostCore.count ?? 0,
                        piecesAfter: diff.reachability?.piecesAfter ?? 1))
                }
                progress?(done.increment(), scenarios.count)
                index += workers
            }
        }
        let entries = results.values.compactMap { $0 }.sorted { ($0.impact, $1.name) > ($1.impact, $0.name) }
        let evaluated = entries.count
        let stopped = evaluated < scenarios.count && deadline.map { ContinuousClock.now >= $0 } == true
        return Result(entries: entries, evaluated: evaluated, total: scenarios.count,
                      stoppedEarly: stopped ? "the time budget ran out after \(evaluated) of \(scenarios.count) "
                          + "scenarios; the ranking covers those only" : nil)
    }

    /// One point of the robustness curve.
    public struct CurvePoint: Sendable, Codable {
        public var removed: Int
        public var shareRemoved: Double
        /// The node removed at this step (nil for the starting point).
        public var node: String?
        public var reinforcingLoops: Int
        /// Reinforcing loops left as a share of the baseline's.
        public var reinforcingShare: Double
        /// Largest strongly connected component as a share of the baseline's node count.
        public var largestStronglyConnectedShare: Double
        public var coreReach: Double
    }

    /// Greedy attack: at every step remove the node whose removal leaves the fewest
    /// reinforcing loops (ties: the most reinforcing gain removed, then the highest degree,
    /// then node order), until no reinforcing loop is left or `maxSteps` is reached; record
    /// loops, the largest strongly connected component and core reach after each step.
    ///
    /// The loops are enumerated once (`LoopCatalog`); removing nodes only ever breaks
    /// loops, so each step counts the baseline loops still alive through each candidate.
    ///
    /// - Throws: `LoopComparison.Refusal` when the loop enumeration stopped at its limit.
    public static func attack(_ circle: StrategyCircle, maxSteps: Int? = nil,
                              limits: LoopSearch.Limits = LoopCatalog.defaultLimits,
                              progress: (@Sendable (Int, Int) -> Void)? = nil) throws(LoopComparison.Refusal)
        -> [CurvePoint]
    {
        let base = circle.activePart
        let catalog = LoopCatalog(base, limits: limits)
        if let refusal = catalog.refusal { throw LoopComparison.Refusal(description: refusal) }
        let g = base.adjacency
        let n = base.nodes.count
        var alive = (0..<catalog.count).map { catalog.classification(ofLoop: $0).polarity == .reinforcing }
        var loopsLeft = alive.filter { $0 }.count
        let start = loopsLeft
        var removed = Set<String>()
        var current = base
        func point(removed count: Int, node: String?) -> CurvePoint {
            let reach = Reachability(current)
            return CurvePoint(removed: count, shareRemoved: n > 0 ? Double(count) / Double(n) : 0, node: node,
                              reinforcingLoops: loopsLeft,
                              reinforcingShare: start > 0 ? Double(loopsLeft) / Double(start) : 0,
                              largestStronglyConnectedShare: n > 0 ? Double(reach.largestStronglyConnected) / Double(n) : 0,
                              coreReach: reach.coreReachShare)
        }
        /// Alive reinforcing loops through node `v` and their gain: each such loop leaves `v` by one out-edge.
        func through(_ v: Int) -> (loops: Int, gain: Double) {
            var count = 0
            var gain = 0.0
            for slot in g.outRange(v) {
                for loop in catalog.loops(through: Int(g.outEdgeIDs[slot])) where alive[Int(loop)] {
                    count += 1
                    gain += catalog.classification(ofLoop: Int(loop)).gain
                }
            }
            return (count, gain)
        }
        var curve = [point(removed: 0, node: nil)]
        let steps = min(maxSteps ?? n, n)
        let degrees = g.totalDegrees
        for step in 1...max(1, steps) where loopsLeft > 0 && removed.count < n {
            var best: (index: Int, loops: Int, gain: Double)?
            for v in 0..<n where !removed.contains(base.nodes[v].id) {
                let (loops, gain) = through(v)
                let left = loopsLeft - loops
                if let current = best {
                    if (left, -gain, -degrees[v], v) < (loopsLeft - current.loops, -current.gain, -degrees[current.index], current.index) {
                        best = (v, loops, gain)
                    }
                } else {
                    best = (v, loops, gain)
                }
            }
            guard let chosen = best else { break }
            for slot in g.outRange(chosen.index) {
                for loop in catalog.loops(through: Int(g.outEdgeIDs[slot])) { alive[Int(loop)] = false }
            }
            loopsLeft -= chosen.loops
            let id = base.nodes[chosen.index].id
            removed.insert(id)
            if let next = try? Scenario(name: "", operations: [.removeNodes([id])]).apply(to: current) { current = next }
            curve.append(point(removed: step, node: id))
            progress?(step, steps)
        }
        return curve
    }
}

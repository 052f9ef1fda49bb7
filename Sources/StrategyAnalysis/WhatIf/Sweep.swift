import Foundation
import GraphAlgorithms
import StrategyModel

/// Many scenarios at once: every single removal, every pair, every sector, ranked by the
/// documented `ScenarioDiff.impact` score; and a greedy attack with its robustness curve.
/// Scenarios run on all cores.
public enum Sweep {
    public enum Kind: String, Sendable, CaseIterable, Codable { case single, pairs, sectors }

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

    /// Runs every scenario against `circle`, on all cores; entries ranked by impact (then name).
    /// `progress` is called with (done, total) from worker threads.
    public static func run(_ scenarios: [Scenario], on circle: StrategyCircle, options: DiffOptions = .init(),
                           progress: (@Sendable (Int, Int) -> Void)? = nil) -> [Entry] {
        let baseline = DiffBaseline(circle, options: options)
        let results = ResultSlots<Entry>(count: scenarios.count)
        let done = ProgressCounter()
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < scenarios.count {
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
        return results.values.compactMap { $0 }.sorted { ($0.impact, $1.name) > ($1.impact, $0.name) }
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

    /// Greedy attack: at every step remove the element whose removal leaves the fewest
    /// reinforcing loops (ties: the most reinforcing gain removed, then the highest degree,
    /// then node order), until no reinforcing loop is left or `maxSteps` is reached; record
    /// loops, the largest strongly connected component and core reach after each step.
    public static func attack(_ circle: StrategyCircle, maxSteps: Int? = nil,
                              limits: ElementaryCircuits.Limits = .init(maxCount: 1_000_000, timeBudget: .seconds(20)),
                              progress: (@Sendable (Int, Int) -> Void)? = nil) -> [CurvePoint] {
        var current = circle.activePart
        let n = current.nodes.count
        @Sendable func reinforcing(_ c: StrategyCircle) -> (loops: Int, gain: Double) {
            let loops = ScenarioDiff.loopSet(c, limits: limits).loops.values.filter { $0.0 == .reinforcing }
            return (loops.count, loops.reduce(0) { $0 + $1.1 })
        }
        let start = reinforcing(current)
        func point(_ c: StrategyCircle, removed: Int, node: String?, loops: Int) -> CurvePoint {
            let reach = Reachability(c)
            return CurvePoint(removed: removed, shareRemoved: n > 0 ? Double(removed) / Double(n) : 0, node: node,
                              reinforcingLoops: loops,
                              reinforcingShare: start.loops > 0 ? Double(loops) / Double(start.loops) : 0,
                              largestStronglyConnectedShare: n > 0 ? Double(reach.largestStronglyConnected) / Double(n) : 0,
                              coreReach: reach.coreReachShare)
        }
        var curve = [point(current, removed: 0, node: nil, loops: start.loops)]
        let steps = min(maxSteps ?? n, n)
        var loopsLeft = start.loops
        for step in 1...max(1, steps) where loopsLeft > 0 && !current.nodes.isEmpty {
            let candidates = current.nodes.map(\.id)
            let degrees = current.adjacency.totalDegrees
            let scores = ResultSlots<(loops: Int, gain: Double)>(count: candidates.count)
            let snapshot = current
            DispatchQueue.concurrentPerform(iterations: candidates.count) { index in
                if let next = try? Scenario(name: "", operations: [.removeNodes([candidates[index]])]).apply(to: snapshot) {
                    scores.set(index, reinforcing(next))
                }
            }
            let values = scores.values
            guard let best = candidates.indices.min(by: { a, b in
                let x = values[a] ?? (Int.max, 0), y = values[b] ?? (Int.max, 0)
                return (x.loops, x.gain, -degrees[a], a) < (y.loops, y.gain, -degrees[b], b)
            }) else { break }
            do {
                current = try Scenario(name: "", operations: [.removeNodes([candidates[best]])]).apply(to: current)
            } catch {
                break
            }
            loopsLeft = values[best]?.loops ?? 0
            curve.append(point(current, removed: step, node: candidates[best], loops: loopsLeft))
            progress?(step, steps)
        }
        return curve
    }
}


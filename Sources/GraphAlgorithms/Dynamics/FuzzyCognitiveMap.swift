import Foundation
import StrategyModel

/// Simulates a circle as a fuzzy cognitive map: every node has an activation, updated
/// from the activations of the nodes that influence it, until the map settles.
///
/// Conventions (each an option; FCMpy's and Mental Modeler's choices beside ours are in
/// docs/algorithms/fcm.md):
/// - Weights: wⱼᵢ = sign × weight of the edge j → i, either divided by the largest
///   |weight| (`Scaling.maxAbs`, so every influence is in [−1, 1]) or used as given
///   (`Scaling.none`, which requires |w| ≤ 1).
/// - Update rules, with squashing f: Kosko Aᵢ ← f(Σⱼ wⱼᵢ Aⱼ); modified Kosko
///   Aᵢ ← f(Aᵢ + Σⱼ wⱼᵢ Aⱼ) (a node keeps its memory); rescaled
///   Aᵢ ← f(Σⱼ wⱼᵢ (2Aⱼ − 1) + (2Aᵢ − 1)) (Papageorgiou 2011).
/// - f: sigmoid 1/(1 + e^(−λx)), hyperbolic tangent tanh(λx), bivalent (x > 0 → 1, else 0),
///   trivalent (sign of x).
/// - Clamped nodes hold their value every step (a scenario's levers). With `holdSources`,
///   nodes without causes (no incoming edge) keep their start value, as FCMpy and Mental
///   Modeler do; under Kosko's rule as written they decay to f(0) after one step.
/// - Outcome: a fixed point when the largest change in one step is ≤ the threshold (FCMpy's
///   test); a limit cycle when a state recurs within the threshold for `confirmingPeriods`
///   periods in a row without the oscillation shrinking — a damped oscillation that
///   converges is a fixed point (the period is reported and the steady state is the mean
///   over one period); otherwise no convergence within the step budget, which covers
///   chaotic runs and ones too slow for the budget.
///
/// [Kosko 1986]: "Fuzzy cognitive maps", Int. J. Man-Mach. Stud. 24(1):65–75.
/// https://doi.org/10.1016/S0020-7373(86)80040-2
/// [Papageorgiou 2011]: "A new methodology for decisions in medical informatics using fuzzy
/// cognitive maps based on fuzzy rule-extraction techniques", Appl. Soft Comput. 11:500–513
/// (the modified Kosko and rescaled rules). https://doi.org/10.1016/j.asoc.2009.12.010
public enum FuzzyCognitiveMap {
    public enum Squashing: Sendable, Hashable, Codable {
        case sigmoid(lambda: Double)
        case tanh(lambda: Double)
        case bivalent
        case trivalent

        func apply(_ x: Double) -> Double {
            switch self {
            case let .sigmoid(lambda): return 1 / (1 + Foundation.exp(-lambda * x))
            case let .tanh(lambda): return Foundation.tanh(lambda * x)
            case .bivalent: return x > 0 ? 1 : 0
            case .trivalent: return x > 0 ? 1 : (x < 0 ? -1 : 0)
            }
        }

        /// Whether an activation can be held at `value`: the function's range — [0, 1] for
        /// sigmoid, [−1, 1] for tanh, {0, 1} bivalent, {−1, 0, 1} trivalent — and finite.
        public func admits(_ value: Double) -> Bool {
            guard value.isFinite else { return false }
            switch self {
            case .sigmoid: return (0...1).contains(value)
            case .tanh: return (-1...1).contains(value)
            case .bivalent: return value == 0 || value == 1
            case .trivalent: return value == 0 || value == 1 || value == -1
            }
        }

        /// The range in words, for messages.
        public var rangeDescription: String {
            switch self {
            case .sigmoid: return "between 0 and 1"
            case .tanh: return "between -1 and 1"
            case .bivalent: return "0 or 1"
            case .trivalent: return "-1, 0 or 1"
            }
        }
    }

    public enum Rule: String, Sendable, Codable, CaseIterable {
        case kosko
        case modifiedKosko = "modified-kosko"
        case rescaled
    }

    /// How edge weights become the map's weights wⱼᵢ.
    public enum Scaling: String, Sendable, Codable, CaseIterable {
        /// Divide by the largest |weight|: the strongest edge has influence ±1.
        case maxAbs = "max-abs"
        /// Use weights as given; every |weight| must be at most 1.
        case none
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// `Scaling.none` with an edge weight above 1 in absolute value.
        case weightAboveOne(edge: Int, weight: Double)

        public var description: String {
            switch self {
            case let .weightAboveOne(_, weight):
                return "a weight of \(weight) is above 1; weights must lie in [-1, 1] without scaling "
                    + "(use --scale max-abs to divide by the largest weight)"
            }
        }
    }

    public enum Outcome: Sendable, Hashable, Codable {
        case fixedPoint(steps: Int)
        case limitCycle(period: Int, steps: Int)
        case noConvergence(steps: Int)
    }

    public struct Options: Sendable {
        public var squashing = Squashing.sigmoid(lambda: 1)
        public var rule = Rule.kosko
        /// Starting activation of every node not given its own start.
        public var initial = 1.0
        public var maxSteps = 1000
        /// A step whose largest change is at most this ends the run at a fixed point.
        public var threshold = 1e-6
        /// Keep nodes without causes at their start value (FCMpy, Mental Modeler).
        public var holdSources = false
        public init() {}
    }

    public struct Run: Sendable, Codable {
        public var outcome: Outcome
        /// The fixed point, or the mean over the limit cycle, or the last state.
        public var steadyState: [Double]
        /// Every state from the start (index 0) to the end.
        public var trajectory: [[Double]]
    }

    /// The signed weights wⱼᵢ, grouped by target like `Adjacency`'s in-edges.
    public struct Weights: Sendable {
        let graph: Adjacency
        let values: [Double]

        /// - Throws: `Failure.weightAboveOne` for `Scaling.none` with a weight above 1.
        public init(_ graph: Adjacency, scaling: Scaling) throws(Failure) {
            switch scaling {
            case .maxAbs: self.init(maxAbsScaled: graph)
            case .none:
                if let edge = graph.edgeWeights.firstIndex(where: { $0 > 1 }) {
                    throw .weightAboveOne(edge: edge, weight: graph.edgeWeights[edge] * Double(graph.edgeSigns[edge] < 0 ? -1 : 1))
                }
                self.init(graph, dividingBy: 1)
            }
        }

        /// Weights divided by the largest |weight| (`Scaling.maxAbs`), which cannot fail.
        public init(maxAbsScaled graph: Adjacency) {
            self.init(graph, dividingBy: graph.edgeWeights.max() ?? 1)
        }

        private init(_ graph: Adjacency, dividingBy divisor: Double) {
            self.graph = graph
            values = graph.inWeights.indices.map { e in graph.inWeights[e] / divisor * (graph.inSigns[e] < 0 ? -1 : 1) }
        }
    }

    /// Runs the map with weights scaled by the largest |weight| (`Scaling.maxAbs`); for other
    /// scaling, build `Weights` and pass them.
    /// - Parameters:
    ///   - start: node index → its start value; others start at `options.initial`.
    ///   - clamps: node index → the value it is held at every step.
    public static func simulate(_ graph: Adjacency, start: [Int: Double] = [:], clamps: [Int: Double] = [:],
                                options: Options = .init()) -> Run {
        simulate(Weights(maxAbsScaled: graph), start: start, clamps: clamps, options: options)
    }

    /// Runs the map until a fixed point, a limit cycle or `options.maxSteps`.
    /// - Complexity: O(steps × (n + m)), plus the recurrence test, O(steps × 256 × n) at worst.
    public static func simulate(_ weights: Weights, start: [Int: Double] = [:], clamps: [Int: Double] = [:],
                                options: Options = .init()) -> Run {
        let graph = weights.graph
        let n = graph.nodeCount
        var state = [Double](repeating: options.initial, count: n)
        for (node, value) in start { state[node] = value }
        for (node, value) in clamps { state[node] = value }
        var held = [Double?](repeating: nil, count: n)
        for i in 0..<n {
            if let clamped = clamps[i] {
                held[i] = clamped
            } else if options.holdSources, graph.inRange(i).isEmpty {
                held[i] = state[i]
            }
        }
        var trajectory = [state]
        var candidate: (period: Int, seen: Int)?
        var changes: [Double] = []
        for step in 1...max(1, options.maxSteps) {
            var next = [Double](repeating: 0, count: n)
            for i in 0..<n {
                if let value = held[i] {
                    next[i] = value
                    continue
                }
                var sum: Double
                switch options.rule {
                case .kosko:
                    sum = 0
                    for e in graph.inRange(i) { sum += weights.values[e] * state[Int(graph.inSources[e])] }
                case .modifiedKosko:
                    sum = state[i]
                    for e in graph.inRange(i) { sum += weights.values[e] * state[Int(graph.inSources[e])] }
                case .rescaled:
                    sum = 2 * state[i] - 1
                    for e in graph.inRange(i) { sum += weights.values[e] * (2 * state[Int(graph.inSources[e])] - 1) }
                }
                next[i] = options.squashing.apply(sum)
            }
            let change = zip(next, state).reduce(0) { max($0, abs($1.0 - $1.1)) }
            trajectory.append(next)
            if change <= options.threshold {
                return Run(outcome: .fixedPoint(steps: step), steadyState: next, trajectory: trajectory)
            }
            // A recurring state that keeps recurring, with an oscillation that does not shrink,
            // closes a limit cycle.
            changes.append(change)
            if let period = recurrence(trajectory, tolerance: options.threshold), changes.count > period,
               change >= changes[changes.count - 1 - period] * (1 - 1e-9) {
                candidate = candidate?.period == period ? (period, candidate!.seen + 1) : (period, 1)
                if candidate!.seen >= confirmingPeriods * period {
                    let lastPeriod = trajectory.suffix(period)
                    let mean = (0..<n).map { i in lastPeriod.reduce(0) { $0 + $1[i] } / Double(lastPeriod.count) }
                    return Run(outcome: .limitCycle(period: period, steps: step), steadyState: mean, trajectory: trajectory)
                }
            } else {
                candidate = nil
            }
            state = next
        }
        return Run(outcome: .noConvergence(steps: options.maxSteps), steadyState: state, trajectory: trajectory)
    }

    /// How many periods a recurrence must hold before it is called a limit cycle.
    public static let confirmingPeriods = 3

    /// The shortest period p (up to 256) with the last state equal to the one p steps
    /// before, within `tolerance`; nil when none.
    static func recurrence(_ trajectory: [[Double]], tolerance: Double) -> Int? {
        guard let last = trajectory.last else { return nil }
        for back in stride(from: trajectory.count - 2, through: max(0, trajectory.count - 257), by: -1)
        where zip(last, trajectory[back]).allSatisfy({ abs($0 - $1) <= tolerance }) {
            return trajectory.count - 1 - back
        }
        return nil
    }
}

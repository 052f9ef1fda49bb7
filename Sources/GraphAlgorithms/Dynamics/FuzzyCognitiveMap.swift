import Foundation
import StrategyModel

/// Simulates a circle as a fuzzy cognitive map: every node has an activation, updated
/// from the activations of the nodes that influence it, until the map settles.
///
/// Weights: the signed edge weights divided by the largest absolute weight, so every
/// influence is in [−1, 1]. Update rules: Kosko, Aᵢ ← f(Σⱼ wⱼᵢ Aⱼ); modified Kosko,
/// Aᵢ ← f(Aᵢ + Σⱼ wⱼᵢ Aⱼ) (a node keeps its memory). Squashing f: sigmoid
/// 1/(1 + e^(−λx)), hyperbolic tangent tanh(λx), bivalent (x > 0 → 1, else 0), trivalent
/// (sign of x). Clamped nodes hold their value every step (a scenario's levers).
/// Outcome: a fixed point (largest change below the tolerance), a limit cycle (a state
/// recurs within the tolerance for `confirmingPeriods` periods in a row without the
/// oscillation shrinking — a damped oscillation that converges is a fixed point, found when
/// its change falls below the tolerance; the period is reported and the steady state is the
/// loop's mean), or no convergence within the step budget.
///
/// [Kosko 1986]: "Fuzzy cognitive maps", Int. J. Man-Mach. Stud. 24(1):65–75.
/// https://doi.org/10.1016/S0020-7373(86)80040-2
/// [Papageorgiou 2011]: "A new methodology for decisions in medical informatics using fuzzy
/// cognitive maps based on fuzzy rule-extraction techniques", Appl. Soft Comput. 11:500–513
/// (the modified Kosko rule). https://doi.org/10.1016/j.asoc.2009.12.010
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
    }

    public enum Outcome: Sendable, Hashable, Codable {
        case fixedPoint(steps: Int)
        case limitCycle(period: Int, steps: Int)
        case noConvergence(steps: Int)
    }

    public struct Options: Sendable {
        public var squashing = Squashing.sigmoid(lambda: 1)
        public var rule = Rule.kosko
        /// Starting activation of every unclamped node.
        public var initial = 1.0
        public var maxSteps = 1000
        public var tolerance = 1e-6
        public init() {}
    }

    public struct Run: Sendable, Codable {
        public var outcome: Outcome
        /// The fixed point, or the mean over the limit cycle, or the last state.
        public var steadyState: [Double]
        /// Every state from the start (index 0) to the end.
        public var trajectory: [[Double]]
    }

    /// - Parameter clamps: node index → the value it is held at.
    public static func simulate(_ graph: Adjacency, clamps: [Int: Double] = [:], options: Options = .init()) -> Run {
        let n = graph.nodeCount
        let largest = graph.edgeWeights.max() ?? 1
        var state = [Double](repeating: options.initial, count: n)
        for (node, value) in clamps { state[node] = value }
        var trajectory = [state]
        var candidate: (period: Int, seen: Int)?
        var changes: [Double] = []
        for step in 1...max(1, options.maxSteps) {
            var next = [Double](repeating: 0, count: n)
            for i in 0..<n {
                if let clamped = clamps[i] {
                    next[i] = clamped
                    continue
                }
                var sum = options.rule == .modifiedKosko ? state[i] : 0
                for e in graph.inRange(i) {
                    let w = graph.inWeights[e] / largest * (graph.inSigns[e] < 0 ? -1 : 1)
                    sum += w * state[Int(graph.inSources[e])]
                }
                next[i] = options.squashing.apply(sum)
            }
            let change = zip(next, state).reduce(0) { max($0, abs($1.0 - $1.1)) }
            trajectory.append(next)
            if change < options.tolerance {
                return Run(outcome: .fixedPoint(steps: step), steadyState: next, trajectory: trajectory)
            }
            // A recurring state that keeps recurring, with an oscillation that does not shrink,
            // closes a limit cycle.
            changes.append(change)
            if let period = recurrence(trajectory, tolerance: options.tolerance), changes.count > period,
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
        where zip(last, trajectory[back]).allSatisfy({ abs($0 - $1) < tolerance }) {
            return trajectory.count - 1 - back
        }
        return nil
    }
}

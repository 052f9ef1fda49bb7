import StrategyModel

/// A graph as the algorithms see it: a CSR adjacency and whether it is directed.
///
/// An undirected view holds every edge in both directions with the same weight, so the
/// algorithms read it like a directed graph; `isDirected` only changes normalisations, as
/// in NetworkX. Signs are not part of structural measures: a weight is a strength (> 0)
/// whatever its sign; signed measures (signed modularity, loop polarity) say so.
public struct GraphView: Sendable {
    public let adjacency: Adjacency
    public let isDirected: Bool
    public var nodeCount: Int { adjacency.nodeCount }

    /// The directed graph as it is.
    public init(directed adjacency: Adjacency) {
        self.adjacency = adjacency
        self.isDirected = true
    }

    private init(symmetric adjacency: Adjacency) {
        self.adjacency = adjacency
        self.isDirected = false
    }

    /// The undirected view of a directed graph: one edge {u, v} for every pair joined in
    /// either direction, its weight the sum of the weights of `u → v` and `v → u` (the
    /// total strength of the pair; an edge list that gives each undirected edge once keeps
    /// its weights). Its sign is the sign of the summed signed weights (+ on a tie).
    /// A self-loop stays one edge.
    ///
    /// With `alreadySymmetric` (a graph read from an undirected source, every edge stored in
    /// both directions with the same weight), a pair keeps that one weight instead of the sum.
    ///
    /// - Complexity: O(m) expected.
    public static func undirected(_ directed: Adjacency, alreadySymmetric: Bool = false) -> GraphView {
        struct Pair: Hashable { var low: Int32, high: Int32 }
        var order: [Pair] = []
        var strength: [Pair: (weight: Double, signed: Double)] = [:]
        strength.reserveCapacity(directed.edgeCount)
        for e in 0..<directed.edgeCount {
            let u = directed.edgeSources[e]
            let v = directed.edgeTargets[e]
            let pair = Pair(low: min(u, v), high: max(u, v))
            let w = directed.edgeWeights[e]
            let signed = directed.edgeSigns[e] < 0 ? -w : w
            if let existing = strength[pair] {
                if !alreadySymmetric { strength[pair] = (existing.weight + w, existing.signed + signed) }
            } else {
                strength[pair] = (w, signed)
                order.append(pair)
            }
        }
        var sources: [Int32] = []
        var targets: [Int32] = []
        var weights: [Double] = []
        var signs: [Int8] = []
        sources.reserveCapacity(2 * order.count)
        targets.reserveCapacity(2 * order.count)
        weights.reserveCapacity(2 * order.count)
        signs.reserveCapacity(2 * order.count)
        for pair in order {
            let (w, signed) = strength[pair] ?? (0, 0)
            let sign: Int8 = signed < 0 ? -1 : 1
            sources.append(pair.low)
            targets.append(pair.high)
            weights.append(w)
            signs.append(sign)
            if pair.low != pair.high {
                sources.append(pair.high)
                targets.append(pair.low)
                weights.append(w)
                signs.append(sign)
            }
        }
        return GraphView(symmetric: Adjacency(nodeCount: directed.nodeCount, sources: sources, targets: targets,
                                              weights: weights, signs: signs))
    }
}

/// How path-based measures turn edge weights into lengths.
public enum PathWeighting: String, Sendable, CaseIterable {
    /// Every edge has length 1 (hop count).
    case unweighted
    /// A weight is a strength: length = 1 / weight, so strong ties are short. The default.
    case strength
    /// A weight is a length already (NetworkX's `weight=` convention).
    case distance

    @inline(__always)
    func length(_ weight: Double) -> Double {
        switch self {
        case .unweighted: return 1
        case .strength: return 1 / weight
        case .distance: return weight
        }
    }

    /// Relative tolerance within which two path lengths are equal: sums of the same
    /// lengths in another order can differ in the last bits (1/2 + 1/3 + 1/6 is
    /// 0.9999999999999999, 1/6 + 1/3 + 1/2 is 1.0), and Brandes' definition counts every
    /// shortest path. igraph compares with the same relative 1e-10 (IGRAPH_SHORTEST_PATH_EPSILON).
    public static let tolerance = 1e-10

    /// True when path lengths `a` and `b` are equal within `tolerance` (relative).
    @inline(__always)
    static func ties(_ a: Double, _ b: Double) -> Bool {
        a == b || (a.isFinite && b.isFinite && abs(a - b) <= tolerance * max(abs(a), abs(b)))
    }
}

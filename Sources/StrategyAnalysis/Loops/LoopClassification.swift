import StrategyModel

/// Whether a feedback loop amplifies or dampens change.
public enum LoopPolarity: String, Sendable, Codable, CaseIterable {
    /// An even number of negative edges: more leads to more (a self-reinforcing dynamic).
    case reinforcing
    /// An odd number of negative edges: more leads, around the loop, to less.
    case balancing

    public var letter: String { self == .reinforcing ? "R" : "B" }
}

/// Polarity and gain of a loop, from its edges: the one place the toolkit computes them.
///
/// Conventions (Sterman 2000, "Business Dynamics", ch. 5): a loop is reinforcing when it has
/// an even number of negative edges, balancing when odd. Its gain is the product of its
/// edges' strengths, each divided by a yardstick (the analysed circle's largest weight), so
/// a loop is as strong as its edges allow and never gains by length alone; `rawGain` is the
/// product of the weights as written.
public struct LoopClassification: Sendable, Hashable {
    public var polarity: LoopPolarity
    public var negativeEdges: Int
    public var gain: Double
    public var rawGain: Double

    /// Classifies the loop made of `edges` (positions in `graph`'s edge-indexed arrays).
    @inlinable
    public init(edges: some Sequence<Int32>, in graph: Adjacency, yardstick: Double) {
        var negatives = 0
        var gain = 1.0
        var raw = 1.0
        for e in edges {
            let weight = graph.edgeWeights[Int(e)]
            if graph.edgeSigns[Int(e)] < 0 { negatives += 1 }
            gain *= weight / yardstick
            raw *= weight
        }
        self.init(negativeEdges: negatives, gain: gain, rawGain: raw)
    }

    /// Classifies the loop made of `edges` of a circle.
    public init(edges: [Edge], yardstick: Double) {
        self.init(negativeEdges: edges.filter { $0.sign == .negative }.count,
                  gain: edges.reduce(1) { $0 * $1.weight / yardstick }, rawGain: edges.reduce(1) { $0 * $1.weight })
    }

    @usableFromInline
    init(negativeEdges: Int, gain: Double, rawGain: Double) {
        self.negativeEdges = negativeEdges
        self.polarity = negativeEdges % 2 == 0 ? .reinforcing : .balancing
        self.gain = gain
        self.rawGain = rawGain
    }

    /// The yardstick for gains on `graph`: its largest weight (1 when it has no edge).
    public static func yardstick(of graph: Adjacency) -> Double { graph.edgeWeights.max() ?? 1 }

    /// The loop rotated to start at its least node (the canonical rotation every output
    /// uses: the node that comes first in the circle's node order); `edges[i]` leaves `nodes[i]`.
    public static func canonical(nodes: [Int32], edges: [Int32]) -> (nodes: [Int32], edges: [Int32]) {
        guard let start = nodes.indices.min(by: { nodes[$0] < nodes[$1] }), start > 0 else { return (nodes, edges) }
        return (Array(nodes[start...] + nodes[..<start]), Array(edges[start...] + edges[..<start]))
    }
}

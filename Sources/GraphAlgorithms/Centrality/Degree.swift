import StrategyModel

/// Degree and strength centralities.
///
/// Degree counts edges; strength sums their weights (a weight is a strength; signs are
/// ignored). `normalized` degree divides by n − 1, as NetworkX's `degree_centrality`,
/// `in_degree_centrality` and `out_degree_centrality` do; in an undirected view `total`
/// is the plain degree (each edge counted once per end), in a directed graph in + out.
public enum DegreeCentrality {
    public enum Direction: String, Sendable, CaseIterable { case `in`, out, total }

    /// Degree centrality: in-, out- or total degree, divided by n − 1 when `normalized`.
    /// - Returns: a value per node, in node order.
    /// - Complexity: O(n).
    public static func degree(_ graph: GraphView, direction: Direction = .total, normalized: Bool = true) -> [Double] {
        let g = graph.adjacency
        let n = g.nodeCount
        let scale = normalized && n > 1 ? 1 / Double(n - 1) : 1
        return (0..<n).map { v in
            let count: Int
            switch direction {
            case .in: count = g.inDegree(v)
            case .out: count = g.outDegree(v)
            case .total: count = graph.isDirected ? g.inDegree(v) + g.outDegree(v) : undirectedDegree(g, v)
            }
            return Double(count) * scale
        }
    }

    /// Sum of the weights of a node's edges (NetworkX `G.degree(weight=…)`).
    /// - Complexity: O(n + m).
    public static func strength(_ graph: GraphView, direction: Direction = .total) -> [Double] {
        let g = graph.adjacency
        return (0..<g.nodeCount).map { v in
            let incoming = g.inRange(v).reduce(0) { $0 + g.inWeights[$1] }
            let outgoing = g.outRange(v).reduce(0) { $0 + g.outWeights[$1] }
            switch direction {
            case .in: return incoming
            case .out: return outgoing
            case .total:
                if graph.isDirected { return incoming + outgoing }
                let loop = g.outRange(v).reduce(0) { $0 + (g.outTargets[$1] == Int32(v) ? g.outWeights[$1] : 0) }
                return outgoing + loop
            }
        }
    }

    /// Undirected degree: edges at v, a self-loop counting twice (as NetworkX).
    private static func undirectedDegree(_ g: Adjacency, _ v: Int) -> Int {
        let loops = g.outRange(v).filter { g.outTargets[$0] == Int32(v) }.count
        return g.outDegree(v) + loops
    }
}

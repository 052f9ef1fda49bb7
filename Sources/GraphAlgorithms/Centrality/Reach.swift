import StrategyModel

/// Two-step reach, as systems-mapping tools report it: the share of the other nodes a node
/// reaches along out-edges in one or two steps.
///
/// `reach(v) = |N₁(v) ∪ N₂(v)| / (n − 1)`, with N₁ the out-neighbours and N₂ theirs, v
/// excluded. `efficiency(v) = |N₁ ∪ N₂| / |N₁|`: how much farther a node reaches through its
/// neighbours than by itself (1 when they open nothing new; 0 with no out-edges).
/// In an undirected view out-edges are all edges.
///
/// - Complexity: O(Σ out-degree²) time, O(n) memory.
public enum Reach {
    /// Two-step reach of every node (the share of the other nodes within two out-steps) and
    /// its efficiency (that count over the direct successors).
    /// - Returns: both values per node, in node order.
    /// - Complexity: O(Σ over nodes of the edges leaving their successors), at most O(n·d²).
    public static func twoStep(_ graph: GraphView) -> (reach: [Double], efficiency: [Double]) {
        let g = graph.adjacency
        let n = g.nodeCount
        var mark = [Int32](repeating: -1, count: n)
        var reach = [Double](repeating: 0, count: n)
        var efficiency = [Double](repeating: 0, count: n)
        for v in 0..<n {
            mark[v] = Int32(v)
            var direct = 0
            var total = 0
            for e in g.outRange(v) {
                let w = Int(g.outTargets[e])
                if mark[w] != Int32(v) {
                    mark[w] = Int32(v)
                    direct += 1
                }
            }
            total = direct
            for e in g.outRange(v) {
                let w = Int(g.outTargets[e])
                for f in g.outRange(w) {
                    let x = Int(g.outTargets[f])
                    if mark[x] != Int32(v) {
                        mark[x] = Int32(v)
                        total += 1
                    }
                }
            }
            reach[v] = n > 1 ? Double(total) / Double(n - 1) : 0
            efficiency[v] = direct > 0 ? Double(total) / Double(direct) : 0
        }
        return (reach, efficiency)
    }
}

import Foundation
import StrategyModel

/// Shortest-path betweenness of nodes and edges.
///
/// Brandes' algorithm: one shortest-path search per source, then dependencies accumulated
/// in reverse distance order. Paths whose lengths agree within `PathWeighting.tolerance`
/// (relative 1e-10, as igraph) are equally short, so every shortest path counts even when
/// floating-point sums of its lengths differ in the last bits. Path counts and predecessors
/// are recorded during the search (`ShortestPathCounts`), not re-derived. Sources are summed
/// in fixed blocks spread over threads, so the values never depend on the thread count.
///
/// Normalisation follows NetworkX 3.x: node values are divided by (n − 1)(n − 2) when
/// `normalized`, else halved in an undirected view; edge values by n(n − 1), else halved
/// in an undirected view. Weights: `.strength` (default) reads length = 1/weight;
/// `.distance` is NetworkX's `weight=` convention.
///
/// [Brandes 2001]: U. Brandes, "A faster algorithm for betweenness centrality",
/// J. Math. Sociol. 25(2):163–177. https://doi.org/10.1080/0022250X.2001.9990249
/// [Brandes 2008]: "On variants of shortest-path betweenness centrality and their generic
/// computation", Social Networks 30(2):136–145 (edge betweenness).
/// https://doi.org/10.1016/j.socnet.2007.11.001
///
/// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted; O(n + m) memory per thread.
public enum Betweenness {
    public struct Result: Sendable {
        /// Per node.
        public var nodes: [Double]
        /// Per edge of the view's adjacency (edge order of `GraphView.adjacency`). In an
        /// undirected view the two directions of a pair hold the same (summed) value.
        public var edges: [Double]
    }

    /// Sources are summed in this many fixed blocks (source s in block s mod 16), each block
    /// apart and the blocks in order, so the result has the same bits for every thread count.
    public static let blocks = 16

    /// Betweenness of every node and edge.
    /// - Parameters:
    ///   - graph: the directed graph, or an undirected view.
    ///   - weighting: how an edge's weight becomes a length (`.strength`: 1/weight).
    ///   - normalized: divide as NetworkX does (see above).
    ///   - threads: sources are split over this many threads (0: all cores); the values do not
    ///     depend on it (`blocks`).
    ///   - edges: also accumulate edge betweenness (else `Result.edges` is empty).
    /// - Returns: node values in node order, edge values in the view's edge order.
    /// - Complexity: O(nm) unweighted, O(nm + n² log n) weighted; O(n + m) memory per block.
    public static func compute(_ graph: GraphView, weighting: PathWeighting = .strength, normalized: Bool = true,
                               threads: Int = 0, edges withEdges: Bool = true) -> Result {
        let g = graph.adjacency
        let n = g.nodeCount
        let blockCount = max(1, min(blocks, n))
        let workers = max(1, min(threads > 0 ? threads : ProcessInfo.activeCores, blockCount))
        let partials = ResultSlots<(nodes: [Double], edges: [Double])>(count: blockCount)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var search = ShortestPathCounts(g, weighting: weighting)
            var delta = [Double](repeating: 0, count: n)
            var block = worker
            while block < blockCount {
                var nodeSums = [Double](repeating: 0, count: n)
                var edgeSums = [Double](repeating: 0, count: withEdges ? g.edgeCount : 0)
                var source = block
                while source < n {
                    search.run(from: source)
                    let order = search.order
                    for v in order { delta[Int(v)] = 0 }
                    // Dependencies in reverse distance order (Brandes 2001, Algorithm 1).
                    for w32 in order.reversed() {
                        let w = Int(w32)
                        guard w != source else { continue }
                        let coefficient = (1 + delta[w]) / search.sigma[w]
                        for slot in search.predecessors(of: w) {
                            let v = Int(search.predecessorNodes[slot])
                            let c = search.sigma[v] * coefficient
                            if withEdges { edgeSums[Int(search.predecessorEdges[slot])] += c }
                            delta[v] += c
                        }
                        nodeSums[w] += delta[w]
                    }
                    source += blockCount
                }
                partials.set(block, (nodeSums, edgeSums))
                block += workers
            }
        }
        var nodes = [Double](repeating: 0, count: n)
        var edges = [Double](repeating: 0, count: withEdges ? g.edgeCount : 0)
        for case let part? in partials.values {
            for v in 0..<n { nodes[v] += part.nodes[v] }
            for e in edges.indices { edges[e] += part.edges[e] }
        }

        if graph.isDirected == false && withEdges {
            // Both edges of a pair carry that pair's edge betweenness.
            var pairSum: [Int: Double] = [:]
            for e in 0..<g.edgeCount {
                let key = pairKey(g.edgeSources[e], g.edgeTargets[e], n)
                pairSum[key, default: 0] += edges[e]
            }
            for e in 0..<g.edgeCount { edges[e] = pairSum[pairKey(g.edgeSources[e], g.edgeTargets[e], n)] ?? 0 }
        }
        if n > 2 {
            let nodeScale = normalized ? 1 / Double((n - 1) * (n - 2)) : (graph.isDirected ? 1 : 0.5)
            for v in 0..<n { nodes[v] *= nodeScale }
        }
        if n > 1 && withEdges {
            let edgeScale = normalized ? 1 / Double(n * (n - 1)) : (graph.isDirected ? 1 : 0.5)
            for e in 0..<g.edgeCount { edges[e] *= edgeScale }
        }
        return Result(nodes: nodes, edges: edges)
    }

    private static func pairKey(_ u: Int32, _ v: Int32, _ n: Int) -> Int {
        Int(min(u, v)) * n + Int(max(u, v))
    }
}


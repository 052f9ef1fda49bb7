import Foundation
import StrategyModel

/// Closeness and harmonic centrality, on inward distances (how near a node is to be
/// reached from the rest), as NetworkX computes them for directed graphs.
///
/// Closeness of u: (r − 1) / Σ d(v, u) over the r nodes that reach u (u included), scaled by
/// (r − 1)/(n − 1) — Wasserman and Faust's correction for graphs that are not strongly
/// connected (NetworkX `wf_improved=True`); 0 when nothing reaches u.
/// Harmonic centrality of u: Σ 1/d(v, u) over v ≠ u that reach u (not normalised, as NetworkX).
/// Weights: `.strength` reads length = 1/weight (default); `.distance` is NetworkX's `distance=`.
///
/// [Wasserman & Faust 1994]: Social Network Analysis: Methods and Applications, CUP.
/// [Marchiori & Latora 2000]: "Harmony in the small-world", Physica A 285:539–546.
/// https://doi.org/10.1016/S0378-4371(00)00311-3
///
/// Nodes are split over threads; each value comes from one search alone.
///
/// - Complexity: one shortest-path search per node.
public enum Closeness {
    /// Closeness of every node from the distances *to* it (inward), scaled as NetworkX's
    /// `wf_improved=True`.
    /// - Returns: a value per node, in node order (0 for a node nothing reaches).
    /// - Complexity: one shortest-path search per node: O(n(n + m)) unweighted,
    ///   O(n(m + n log n)) weighted.
    public static func closeness(_ graph: GraphView, weighting: PathWeighting = .strength, threads: Int = 0) -> [Double] {
        let n = graph.nodeCount
        return perNode(graph, weighting: weighting, threads: threads) { search in
            let reached = search.order.count
            let total = search.order.reduce(0.0) { $0 + search.distance[Int($1)] }
            guard total > 0, n > 1 else { return 0 }
            return Double(reached - 1) / total * Double(reached - 1) / Double(n - 1)
        }
    }

    /// Harmonic centrality: Σ 1/d(v, u) over the nodes v that reach u (Marchiori & Latora 2000).
    /// - Returns: a value per node, in node order.
    /// - Complexity: as `closeness`.
    public static func harmonic(_ graph: GraphView, weighting: PathWeighting = .strength, threads: Int = 0) -> [Double] {
        perNode(graph, weighting: weighting, threads: threads) { search in
            search.order.dropFirst().reduce(0.0) { $0 + 1 / search.distance[Int($1)] }
        }
    }

    /// `value` of each node's inward search, the nodes split over `threads` threads (0: all
    /// cores); each value is computed on one thread alone, so none depends on the count.
    private static func perNode(_ graph: GraphView, weighting: PathWeighting, threads: Int,
                                _ value: @escaping @Sendable (ShortestPathSearch) -> Double) -> [Double] {
        let n = graph.nodeCount
        let workers = max(1, min(threads > 0 ? threads : ProcessInfo.activeCores, n))
        let slots = ResultSlots<[Double]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var search = ShortestPathSearch(graph.adjacency, weighting: weighting)
            var values: [Double] = []
            var u = worker
            while u < n {
                search.run(from: u, forward: false)
                values.append(value(search))
                u += workers
            }
            slots.set(worker, values)
        }
        let parts = slots.values
        return (0..<n).map { u in parts[u % workers]?[u / workers] ?? 0 }
    }
}

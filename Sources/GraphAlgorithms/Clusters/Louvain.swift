/// Louvain cluster detection: repeated local moving of nodes to the neighbouring
/// cluster with the largest modularity gain, then aggregation of clusters into nodes,
/// until nothing moves. Maximises plain or signed modularity (see `Modularity`) at a
/// resolution γ. Node order comes from the seeded generator, so a seed fixes the result.
///
/// [Blondel, Guillaume, Lambiotte & Lefebvre 2008]: "Fast unfolding of communities in large
/// networks", J. Stat. Mech. P10008. https://doi.org/10.1088/1742-5468/2008/10/P10008
///
/// - Complexity: near-linear in the number of pairs per pass in practice.
public enum Louvain {
    /// Clusters by Louvain (Blondel et al. 2008): local moving, then aggregation, repeated.
    /// - Parameters:
    ///   - kind: plain modularity on positive synergy, or signed (Gómez et al. 2009).
    ///   - resolution: γ of the quality function; larger gives smaller clusters.
    ///   - seed: fixes the node order of every pass; the same seed gives the same partition.
    /// - Returns: a cluster label per node.
    /// - Complexity: O(m) per pass of local moving; in practice near-linear in m.
    public static func clusters(_ network: SynergyNetwork, kind: Modularity.Kind = .positive,
                                   resolution: Double = 1, seed: UInt64 = 0) -> Partition {
        var rng = SplitMix64(seed: seed)
        var graph = LevelGraph(network)
        var membership = Array(0..<network.nodeCount)
        let quality = QualityFunction(graph, kind: kind, resolution: resolution)
        while true {
            let (labels, count, moved) = LocalMoving.run(graph, quality: quality, rng: &rng)
            guard moved, count < graph.nodeCount else { break }
            membership = membership.map { labels[$0] }
            graph = graph.aggregate(labels, count: count)
        }
        return Partition(labels: membership)
    }
}

/// Moving single nodes between clusters while quality improves (Louvain's phase 1).
enum LocalMoving {
    /// Returns labels 0..<count for the level's nodes, and whether any node moved.
    static func run(_ graph: LevelGraph, quality: QualityFunction, rng: inout SplitMix64,
                    initial: [Int]? = nil) -> (labels: [Int], count: Int, moved: Bool) {
        let n = graph.nodeCount
        var moves = ClusterMoves(graph, start: initial ?? Array(0..<n))
        var order = Array(0..<n)
        order.shuffle(using: &rng)
        var movedAny = false
        var improved = true
        var passes = 0
        while improved && passes < 1000 {
            improved = false
            passes += 1
            for v in order {
                let own = moves.cluster[v]
                let (best, _) = moves.bestCluster(for: v, in: graph, quality: quality)
                moves.place(v, in: best, graph: graph)
                if best != own {
                    improved = true
                    movedAny = true
                }
            }
        }
        let partition = Partition(labels: moves.cluster)
        return (partition.labels, partition.count, movedAny)
    }
}

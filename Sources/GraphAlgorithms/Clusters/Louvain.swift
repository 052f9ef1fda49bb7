/// Louvain cluster detection: repeated local moving of nodes to the neighbouring
/// cluster with the largest modularity gain (queue-driven, `LocalMoving`), then
/// aggregation of clusters into nodes, until nothing moves. Maximises plain or signed modularity (see `Modularity`) at a
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
            let labels = Partition(labels: LocalMoving.run(graph, quality: quality, start: Array(0..<graph.nodeCount),
                                                           rng: &rng))
            // Nothing merged: every node stays alone, and the levels are done.
            guard labels.count < graph.nodeCount else { break }
            membership = membership.map { labels.labels[$0] }
            graph = graph.aggregate(labels.labels, count: labels.count)
        }
        return Partition(labels: membership)
    }
}

/// Moving single nodes between clusters while quality improves (Louvain's phase 1), driven
/// by a queue: every node once in a seeded random order, then only nodes whose neighbour
/// moved away from their cluster (Traag 2015, and the Leiden paper's Algorithm A.2). The
/// one local-moving step of Louvain and Leiden.
///
/// [Traag 2015]: "Faster unfolding …: speeding up the Louvain algorithm",
/// Phys. Rev. E 92:032801. https://doi.org/10.1103/PhysRevE.92.032801
enum LocalMoving {
    /// The cluster of each of the level's nodes, starting from `start`.
    static func run(_ graph: LevelGraph, quality: QualityFunction, start: [Int], rng: inout SplitMix64) -> [Int] {
        let n = graph.nodeCount
        var moves = ClusterMoves(graph, start: start)
        var queue = Array(0..<n)
        queue.shuffle(using: &rng)
        var queued = [Bool](repeating: true, count: n)
        var head = 0
        var members = [Int](repeating: 0, count: n)
        for v in 0..<n { members[start[v]] += 1 }
        var emptyCommunities = (0..<n).filter { members[$0] == 0 }
        while head < queue.count {
            let v = queue[head]
            head += 1
            queued[v] = false
            let own = moves.cluster[v]
            var (best, bestGain) = moves.bestCluster(for: v, in: graph, quality: quality)
            members[own] -= 1
            // An empty cluster (gain 0) is an option when everything else is worse.
            if bestGain < -1e-12, members[own] > 0, let empty = emptyCommunities.popLast() { best = empty }
            moves.place(v, in: best, graph: graph)
            members[best] += 1
            if members[own] == 0, best != own { emptyCommunities.append(own) }
            if best != own {
                for e in graph.offsets[v]..<graph.offsets[v + 1] {
                    let u = Int(graph.neighbours[e])
                    if moves.cluster[u] != best, !queued[u] {
                        queued[u] = true
                        queue.append(u)
                    }
                }
            }
            // The queue's consumed head is dropped now and then, so it never holds more than
            // twice the nodes.
            if head > n {
                queue.removeFirst(head)
                head = 0
            }
        }
        return moves.cluster
    }
}

/// Label propagation: every node starts with its own label and, visiting nodes in a seeded
/// random order, takes the label with the largest summed positive weight among its
/// neighbours (ties broken at random), until a full pass changes nothing. Fast and
/// parameter-free; it does not optimise modularity. Negative ties are ignored.
///
/// [Raghavan, Albert & Kumara 2007]: "Near linear time algorithm to detect community
/// structures in large-scale networks", Phys. Rev. E 76:036106.
/// https://doi.org/10.1103/PhysRevE.76.036106
public enum LabelPropagation {
    /// Clusters by label propagation (Raghavan et al. 2007): each node takes the label with
    /// the most synergy among its neighbours, in a seeded order, until no label changes.
    /// - Returns: a cluster label per node.
    /// - Complexity: O(m) per pass; at most `maxPasses` passes.
    public static func clusters(_ network: SynergyNetwork, seed: UInt64 = 0, maxPasses: Int = 1000) -> Partition {
        var rng = SplitMix64(seed: seed)
        let n = network.nodeCount
        var label = Array(0..<n)
        var score = [Double](repeating: 0, count: n)
        var touched: [Int] = []
        var order = Array(0..<n)
        for _ in 0..<maxPasses {
            order.shuffle(using: &rng)
            var changed = false
            for v in order {
                touched.removeAll(keepingCapacity: true)
                for e in network.range(v) where network.positive[e] > 0 {
                    let u = Int(network.neighbours[e])
                    if u == v { continue }
                    if score[label[u]] == 0 { touched.append(label[u]) }
                    score[label[u]] += network.positive[e]
                }
                guard !touched.isEmpty else { continue }
                let best = touched.map { score[$0] }.max() ?? 0
                let leaders = touched.filter { score[$0] >= best - 1e-12 }.sorted()
                for c in touched { score[c] = 0 }
                if leaders.contains(label[v]) { continue }
                label[v] = leaders[Int.random(in: 0..<leaders.count, using: &rng)]
                changed = true
            }
            if !changed { break }
        }
        return Partition(labels: label)
    }
}

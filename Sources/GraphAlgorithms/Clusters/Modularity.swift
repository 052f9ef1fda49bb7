/// Modularity of a partition of the synergy network.
///
/// Plain (positive part, Newman 2004, with resolution γ as Reichardt & Bornholdt 2006):
/// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], L_c the weight inside c, d_c its weighted degree,
/// m the total weight — NetworkX's `cluster.modularity`.
/// Signed (Gómez, Jensen & Arenas 2009, Eq. 12): Q = (2w⁺Q⁺ − 2w⁻Q⁻) / (2w⁺ + 2w⁻), Q⁺ and
/// Q⁻ the modularities of the positive and negative parts: negative ties inside a cluster
/// lower Q, between clusters raise it.
///
/// [Newman 2004]: "Analysis of weighted networks", Phys. Rev. E 70:056131.
/// https://doi.org/10.1103/PhysRevE.70.056131
/// [Gómez, Jensen & Arenas 2009]: "Analysis of cluster structure in networks of correlated
/// data", Phys. Rev. E 80:016114. https://doi.org/10.1103/PhysRevE.80.016114
public enum Modularity {
    public enum Kind: String, Sendable, CaseIterable {
        /// Positive ties only; negative ties are ignored.
        case positive
        /// Positive and negative ties weighed separately.
        case signed
    }

    /// The modularity of `partition` on `network` (plain or signed, with resolution γ).
    /// - Complexity: O(n + m).
    public static func of(_ partition: Partition, in network: SynergyNetwork, kind: Kind = .positive,
                          resolution: Double = 1) -> Double {
        let (kp, kn) = network.degrees()
        let q = partQuality(partition, network, weights: network.positive, degrees: kp, resolution: resolution)
        guard kind == .signed else { return q.modularity }
        let r = partQuality(partition, network, weights: network.negative, degrees: kn, resolution: resolution)
        let total = q.twiceWeight + r.twiceWeight
        guard total > 0 else { return 0 }
        return (q.twiceWeight * q.modularity - r.twiceWeight * r.modularity) / total
    }

    private static func partQuality(_ partition: Partition, _ network: SynergyNetwork, weights: [Double],
                                    degrees: [Double], resolution: Double) -> (modularity: Double, twiceWeight: Double) {
        let twiceM = degrees.reduce(0, +)
        guard twiceM > 0 else { return (0, 0) }
        let m = twiceM / 2
        var inside = [Double](repeating: 0, count: partition.count)
        var degreeSum = [Double](repeating: 0, count: partition.count)
        for v in 0..<network.nodeCount {
            let c = partition.labels[v]
            degreeSum[c] += degrees[v]
            for e in network.range(v) {
                let u = Int(network.neighbours[e])
                guard partition.labels[u] == c else { continue }
                // Each pair is seen from both ends; a loop only once.
                inside[c] += u == v ? weights[e] : weights[e] / 2
            }
        }
        var q = 0.0
        for c in 0..<partition.count {
            let share = degreeSum[c] / twiceM
            q += inside[c] / m - resolution * share * share
        }
        return (q, twiceM)
    }
}

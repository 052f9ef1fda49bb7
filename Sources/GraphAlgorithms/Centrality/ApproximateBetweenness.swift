import Foundation
import StrategyModel

/// Betweenness estimated from sampled shortest paths, with a stated guarantee: with
/// probability at least 1 − δ, every node's estimate is within ε of its exact normalised
/// betweenness (NetworkX's normalisation, as `Betweenness`).
///
/// Riondato and Kornaropoulos' algorithm: r times, pick an ordered pair of distinct nodes
/// (u, v) uniformly, pick one of the shortest u–v paths uniformly (walking back from v, a
/// predecessor z of w with probability σ(z)/σ(w)), and credit each node inside that path;
/// a node's estimate is its credits / r, which estimates Σ σ_uv(w)/σ_uv over all n(n − 1)
/// ordered pairs divided by n(n − 1). With r = ⌈(c/ε'²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,
/// c = 0.5 and VD an upper bound on the number of nodes on a shortest path, all estimates are
/// within ε' at once with probability ≥ 1 − δ (their Theorem 1, from the VC dimension of
/// shortest paths). NetworkX divides by (n − 1)(n − 2) instead, so estimates are scaled by
/// n/(n − 2) and ε' = ε(n − 2)/n. VD is bounded by the largest weakly connected component's
/// size (a shortest path stays within one). Sample i draws from SplitMix64 stream i of the
/// seed, and credits are counted as integers: the same seed gives the same values on any
/// number of threads.
///
/// [Riondato & Kornaropoulos 2016]: "Fast approximation of betweenness centrality through
/// sampling", Data Mining and Knowledge Discovery 30(2):438–475.
/// https://doi.org/10.1007/s10618-015-0423-0
///
/// - Complexity: r single-source searches, each stopped at its target.
public enum ApproximateBetweenness {
    /// What the estimate promises and what it cost.
    public struct Guarantee: Sendable, Codable, Hashable {
        public var epsilon: Double
        public var delta: Double
        public var samples: Int
        /// The bound on the number of nodes on a shortest path that sized the sample.
        public var vertexDiameterBound: Int
        public var seed: UInt64
    }

    public struct Result: Sendable {
        /// Per node, normalised as `Betweenness.compute(normalized: true)`.
        public var nodes: [Double]
        public var guarantee: Guarantee
    }

    /// The sample size for a guarantee of ε (NetworkX's normalisation) and δ on `n` nodes
    /// whose shortest paths hold at most `vertexDiameter` nodes.
    public static func sampleSize(epsilon: Double, delta: Double, nodes n: Int, vertexDiameter: Int) -> Int {
        guard n > 2, vertexDiameter >= 3 else { return 0 }
        let scaled = epsilon * Double(n - 2) / Double(n)
        let dimension = floor(log2(Double(vertexDiameter - 2))) + 1
        return Int((0.5 / (scaled * scaled) * (dimension + log(1 / delta))).rounded(.up))
    }

    /// - Parameters:
    ///   - epsilon: the largest error (0 < ε < 1), on NetworkX's normalised scale.
    ///   - delta: the probability the guarantee may fail (0 < δ < 1).
    ///   - threads: samples are spread over this many threads (0: all cores).
    public static func compute(_ graph: GraphView, weighting: PathWeighting = .strength, epsilon: Double,
                               delta: Double, seed: UInt64, threads: Int = 0) -> Result {
        let g = graph.adjacency
        let n = g.nodeCount
        let diameterBound = largestWeakComponent(g)
        let r = sampleSize(epsilon: epsilon, delta: delta, nodes: n, vertexDiameter: diameterBound)
        let guarantee = Guarantee(epsilon: epsilon, delta: delta, samples: r, vertexDiameterBound: diameterBound, seed: seed)
        guard r > 0 else { return Result(nodes: [Double](repeating: 0, count: n), guarantee: guarantee) }
        let workers = max(1, min(threads > 0 ? threads : ProcessInfo.activeCores, r))
        let partials = ResultSlots<[Int]>(count: workers)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var search = ShortestPathCounts(g, weighting: weighting)
            var credits = [Int](repeating: 0, count: n)
            var i = worker
            while i < r {
                var random = SplitMix64(seed: seed, stream: i)
                let u = Int.random(in: 0..<n, using: &random)  // unbiased, unlike a remainder
                var v = Int.random(in: 0..<(n - 1), using: &random)
                if v >= u { v += 1 }
                search.run(from: u, stoppingAt: v)
                if search.distance[v].isFinite {
                    var w = v
                    while w != u {
                        // A predecessor z of w with probability σ(z)/σ(w).
                        let pick = random.nextUnit() * search.sigma[w]
                        var sum = 0.0
                        var chosen = w
                        for slot in search.predecessors(of: w) {
                            let z = Int(search.predecessorNodes[slot])
                            chosen = z
                            sum += search.sigma[z]
                            if pick < sum { break }
                        }
                        if chosen != u { credits[chosen] += 1 }
                        w = chosen
                    }
                }
                i += workers
            }
            partials.set(worker, credits)
        }
        var credits = [Int](repeating: 0, count: n)
        for case let part? in partials.values { for v in 0..<n { credits[v] += part[v] } }
        let scale = Double(n) / Double(n - 2) / Double(r)
        return Result(nodes: credits.map { Double($0) * scale }, guarantee: guarantee)
    }

    /// The number of nodes in the largest weakly connected component.
    static func largestWeakComponent(_ g: Adjacency) -> Int {
        var parent = Array(0..<g.nodeCount)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        for e in 0..<g.edgeCount {
            let a = find(Int(g.edgeSources[e])), b = find(Int(g.edgeTargets[e]))
            if a != b { parent[max(a, b)] = min(a, b) }
        }
        var size = [Int](repeating: 0, count: g.nodeCount)
        for v in 0..<g.nodeCount { size[find(v)] += 1 }
        return size.max() ?? 0
    }
}

import Foundation
import GraphAlgorithms
import StrategyModel
import Testing

/// Betweenness on several threads, and estimated from sampled paths.
@Suite("Betweenness: threads and sampling")
struct BetweennessSamplingTests {
    /// A random directed graph with weights 1…5 and no parallel edges.
    static func randomGraph(nodes n: Int, edges m: Int, seed: UInt64) -> Adjacency {
        var rng = SplitMix64(seed: seed)
        var pairs = Set<[Int32]>()
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = []
        while pairs.count < m {
            let u = Int32(Int.random(in: 0..<n, using: &rng)), v = Int32(Int.random(in: 0..<n, using: &rng))
            guard u != v, pairs.insert([u, v]).inserted else { continue }
            sources.append(u)
            targets.append(v)
            weights.append(Double(Int.random(in: 1...5, using: &rng)))
        }
        return Adjacency(nodeCount: n, sources: sources, targets: targets, weights: weights,
                         signs: [Int8](repeating: 1, count: m))
    }

    @Test func sameBitsOnEveryThreadCount() {
        let g = Self.randomGraph(nodes: 120, edges: 600, seed: 4)
        for view in [GraphView(directed: g), GraphView.undirected(g)] {
            for weighting in [PathWeighting.unweighted, .strength] {
                let one = Betweenness.compute(view, weighting: weighting, threads: 1)
                for threads in [2, 5] {
                    let many = Betweenness.compute(view, weighting: weighting, threads: threads)
                    #expect(many.nodes == one.nodes && many.edges == one.edges, "\(weighting) on \(threads) threads")
                }
                #expect(Betweenness.compute(view, weighting: weighting, edges: false).nodes == one.nodes)
            }
        }
    }

    /// The sample size of Riondato & Kornaropoulos' Theorem 1, worked by hand for n = 60,
    /// VD = 60, ε = 0.04, δ = 0.1: ε' = 0.04 · 58/60; ⌊log₂ 58⌋ + 1 = 6; ln 10 = 2.302585;
    /// r = ⌈0.5 / ε'² · 8.302585⌉ = ⌈2776.6⌉ = 2777.
    @Test func sampleSizeByHand() {
        #expect(ApproximateBetweenness.sampleSize(epsilon: 0.04, delta: 0.1, nodes: 60, vertexDiameter: 60) == 2777)
        #expect(ApproximateBetweenness.sampleSize(epsilon: 0.04, delta: 0.1, nodes: 60, vertexDiameter: 2) == 0)
    }

    /// Every node within ε of the exact value in at least 1 − δ of seeded runs (the
    /// guarantee), unweighted and weighted, directed and undirected.
    @Test func withinEpsilonInAtLeastOneMinusDeltaOfRuns() {
        let g = Self.randomGraph(nodes: 40, edges: 160, seed: 8)
        let epsilon = 0.05, delta = 0.1, runs = 20
        for (view, weighting) in [(GraphView(directed: g), PathWeighting.unweighted), (GraphView.undirected(g), .strength)] {
            do {
                let exact = Betweenness.compute(view, weighting: weighting).nodes
                var within = 0
                var largest = 0.0
                for seed in 1...runs {
                    let estimate = ApproximateBetweenness.compute(view, weighting: weighting, epsilon: epsilon, delta: delta,
                                                                  seed: UInt64(seed))
                    let error = zip(estimate.nodes, exact).map { abs($0 - $1) }.max() ?? 0
                    largest = max(largest, error)
                    if error <= epsilon { within += 1 }
                }
                #expect(Double(within) >= (1 - delta) * Double(runs), "\(weighting): \(within) of \(runs) within ε")
                // Not trivially within: the estimates do differ from the exact values.
                #expect(largest > 0.001)
            }
        }
    }

    @Test func sameEstimateOnEveryThreadCount() {
        let view = GraphView(directed: Self.randomGraph(nodes: 80, edges: 400, seed: 2))
        let one = ApproximateBetweenness.compute(view, epsilon: 0.05, delta: 0.1, seed: 3, threads: 1)
        let two = ApproximateBetweenness.compute(view, epsilon: 0.05, delta: 0.1, seed: 3, threads: 2)
        #expect(one.nodes == two.nodes && one.guarantee == two.guarantee)
        #expect(one.guarantee.vertexDiameterBound <= 80 && one.guarantee.samples > 0)
    }
}

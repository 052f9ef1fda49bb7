/// The graph one level of Louvain or Leiden works on: nodes are clusters of the level
/// below, loops hold their inside weight. Shared by both methods.
struct LevelGraph {
    var nodeCount: Int
    var offsets: [Int]
    /// 4-byte node ids: half the memory traffic of `Int` in the local-moving loop.
    var neighbours: [Int32]
    var positive: [Double]
    var negative: [Double]
    /// Weighted degrees (a loop counts twice).
    var kp: [Double]
    var kn: [Double]
    /// How many original nodes each level node stands for.
    var sizes: [Int]

    init(_ network: SynergyNetwork) {
        nodeCount = network.nodeCount
        offsets = network.offsets.map(Int.init)
        neighbours = network.neighbours
        positive = network.positive
        negative = network.negative
        (kp, kn) = network.degrees()
        sizes = [Int](repeating: 1, count: network.nodeCount)
    }

    init(nodeCount: Int, offsets: [Int], neighbours: [Int32], positive: [Double], negative: [Double],
         kp: [Double], kn: [Double], sizes: [Int]) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.neighbours = neighbours
        self.positive = positive
        self.negative = negative
        self.kp = kp
        self.kn = kn
        self.sizes = sizes
    }

    /// Twice the total positive and negative weight.
    var twiceWeights: (positive: Double, negative: Double) { (kp.reduce(0, +), kn.reduce(0, +)) }

    /// One node per cluster of `labels` (0..<count); edges between clusters summed,
    /// edges inside one become its loop.
    func aggregate(_ labels: [Int], count: Int) -> LevelGraph {
        var pairs = PairWeights(nodeCount: count)
        for v in 0..<nodeCount {
            for e in offsets[v]..<offsets[v + 1] where Int(neighbours[e]) >= v {  // each pair once, a loop once
                pairs.add(labels[Int(neighbours[e])], labels[v], positive: positive[e], negative: negative[e])
            }
        }
        let network = pairs.network
        var graph = LevelGraph(network)
        var sizes = [Int](repeating: 0, count: count)
        for v in 0..<nodeCount { sizes[labels[v]] += self.sizes[v] }
        graph.sizes = sizes
        return graph
    }
}

/// The quality Louvain and Leiden maximise, and the gain of putting a node into a cluster.
struct QualityFunction {
    let resolution: Double
    let signed: Bool
    let twiceP: Double
    let twiceN: Double

    init(_ graph: LevelGraph, kind: Modularity.Kind, resolution: Double) {
        self.resolution = resolution
        self.signed = kind == .signed
        (twiceP, twiceN) = graph.twiceWeights
    }

    /// Gain (in weight units) of adding a node with degrees (kp, kn) and edges (toP, toN) to a
    /// cluster whose degree sums are (sumP, sumN); compare gains between clusters.
    @inline(__always)
    func gain(toP: Double, toN: Double, kp: Double, kn: Double, sumP: Double, sumN: Double) -> Double {
        var g = twiceP > 0 ? toP - resolution * kp * sumP / twiceP : 0
        if signed, twiceN > 0 { g -= toN - resolution * kn * sumN / twiceN }
        return g
    }

    /// A gain in modularity units (for Leiden's randomness).
    func scaled(_ gain: Double) -> Double {
        let total = signed ? (twiceP + twiceN) / 2 : twiceP / 2
        return total > 0 ? gain / total : 0
    }
}

/// The state of local moving — each node's cluster and each cluster's degree sums —
/// and the search for a node's best cluster, shared by Louvain and Leiden.
struct ClusterMoves {
    var cluster: [Int]
    var sumP: [Double]
    var sumN: [Double]
    private var linkP: [Double]
    private var linkN: [Double]
    private var isTouched: [Bool]
    private var touched: [Int] = []

    init(_ graph: LevelGraph, start: [Int]) {
        let n = graph.nodeCount
        cluster = start
        sumP = [Double](repeating: 0, count: n)
        sumN = [Double](repeating: 0, count: n)
        for v in 0..<n {
            sumP[start[v]] += graph.kp[v]
            sumN[start[v]] += graph.kn[v]
        }
        linkP = [Double](repeating: 0, count: n)
        linkN = [Double](repeating: 0, count: n)
        isTouched = [Bool](repeating: false, count: n)
    }

    /// Takes `v` out of its cluster and returns the neighbouring cluster (or its own)
    /// with the largest gain, and that gain; `place` must follow.
    mutating func bestCluster(for v: Int, in graph: LevelGraph, quality: QualityFunction) -> (cluster: Int, gain: Double) {
        let own = cluster[v]
        let signed = quality.signed  // plain modularity never reads the negative part
        for e in graph.offsets[v]..<graph.offsets[v + 1] {
            let u = Int(graph.neighbours[e])
            if u == v { continue }
            let c = cluster[u]
            if !isTouched[c] {
                isTouched[c] = true
                touched.append(c)
            }
            linkP[c] += graph.positive[e]
            if signed { linkN[c] += graph.negative[e] }
        }
        sumP[own] -= graph.kp[v]
        sumN[own] -= graph.kn[v]
        var best = own
        var bestGain = quality.gain(toP: linkP[own], toN: linkN[own], kp: graph.kp[v], kn: graph.kn[v],
                                    sumP: sumP[own], sumN: sumN[own])
        for c in touched where c != own {
            let g = quality.gain(toP: linkP[c], toN: linkN[c], kp: graph.kp[v], kn: graph.kn[v], sumP: sumP[c], sumN: sumN[c])
            if g > bestGain + 1e-12 {
                bestGain = g
                best = c
            }
        }
        for c in touched {
            linkP[c] = 0
            if signed { linkN[c] = 0 }
            isTouched[c] = false
        }
        touched.removeAll(keepingCapacity: true)
        return (best, bestGain)
    }

    /// Puts `v` (taken out by `bestCluster`) into cluster `c`.
    mutating func place(_ v: Int, in c: Int, graph: LevelGraph) {
        sumP[c] += graph.kp[v]
        sumN[c] += graph.kn[v]
        cluster[v] = c
    }
}

/// The graph one level of Louvain or Leiden works on: nodes are communities of the level
/// below, loops hold their inside weight. Shared by both methods.
struct LevelGraph {
    var nodeCount: Int
    var offsets: [Int]
    var neighbours: [Int]
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
        neighbours = network.neighbours.map(Int.init)
        positive = network.positive
        negative = network.negative
        (kp, kn) = network.degrees()
        sizes = [Int](repeating: 1, count: network.nodeCount)
    }

    init(nodeCount: Int, offsets: [Int], neighbours: [Int], positive: [Double], negative: [Double],
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

    /// One node per community of `labels` (0..<count); edges between communities summed,
    /// edges inside one become its loop.
    func aggregate(_ labels: [Int], count: Int) -> LevelGraph {
        var pairIndex: [Int: Int] = [:]
        var pairs: [(Int, Int)] = []
        var plus: [Double] = []
        var minus: [Double] = []
        for v in 0..<nodeCount {
            for e in offsets[v]..<offsets[v + 1] {
                let u = neighbours[e]
                guard u >= v else { continue }  // each pair once (a loop once)
                let a = min(labels[u], labels[v])
                let b = max(labels[u], labels[v])
                let key = a * count + b
                let slot: Int
                if let existing = pairIndex[key] {
                    slot = existing
                } else {
                    slot = pairs.count
                    pairIndex[key] = slot
                    pairs.append((a, b))
                    plus.append(0)
                    minus.append(0)
                }
                plus[slot] += positive[e]
                minus[slot] += negative[e]
            }
        }
        let network = SynergyNetwork(nodeCount: count, pairs: pairs, positive: plus, negative: minus)
        var graph = LevelGraph(network)
        var sizes = [Int](repeating: 0, count: count)
        for v in 0..<nodeCount { sizes[labels[v]] += self.sizes[v] }
        graph.sizes = sizes
        return graph
    }
}

/// The quality Louvain and Leiden maximise, and the gain of putting a node into a community.
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

    /// Gain (in weight units) of adding a node with degrees (kp, kn) and links (toP, toN) to a
    /// community whose degree sums are (sumP, sumN); compare gains between communities.
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

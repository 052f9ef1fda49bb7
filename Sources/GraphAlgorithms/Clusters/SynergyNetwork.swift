import StrategyModel

/// The synergy network of a circle: undirected, with a positive and a negative weight per
/// pair of nodes, the input of every cluster method.
///
/// Folding directions: the positive weight of {u, v} is the sum of the strengths of the
/// positive edges u → v and v → u; the negative weight likewise sums the negative edges
/// (the magnitude, ≥ 0). A pair joined by a + and a − edge has both parts; they are weighed
/// separately (Gómez, Jensen & Arenas 2009), never netted. Plain modularity uses the
/// positive part only. A self-loop u → u stays one loop. A graph read from an undirected
/// source (`alreadySymmetric`: each edge stored both ways) counts each edge once.
///
/// Storage is CSR over both directions of every pair (a loop once), in first-appearance order.
public struct SynergyNetwork: Sendable {
    public let nodeCount: Int
    public let offsets: [Int32]
    public let neighbours: [Int32]
    public let positive: [Double]
    public let negative: [Double]

    /// Folds a directed adjacency into the synergy network (see above).
    /// - Complexity: O(n + m) expected.
    public init(_ adjacency: Adjacency, alreadySymmetric: Bool = false) {
        var pairs = PairWeights(nodeCount: adjacency.nodeCount)
        for e in 0..<adjacency.edgeCount {
            if alreadySymmetric, adjacency.edgeSources[e] > adjacency.edgeTargets[e] { continue }
            let weight = adjacency.edgeWeights[e]
            let negative = adjacency.edgeSigns[e] < 0
            pairs.add(Int(adjacency.edgeSources[e]), Int(adjacency.edgeTargets[e]),
                      positive: negative ? 0 : weight, negative: negative ? weight : 0)
        }
        self = pairs.network
    }

    /// From undirected pairs (each once) with their positive and negative weights.
    public init(nodeCount: Int, pairs: [(Int, Int)], positive: [Double], negative: [Double]) {
        var degree = [Int32](repeating: 0, count: nodeCount + 1)
        for (u, v) in pairs {
            degree[u + 1] += 1
            if u != v { degree[v + 1] += 1 }
        }
        for i in 0..<nodeCount { degree[i + 1] += degree[i] }
        var next = degree
        var neighbours = [Int32](repeating: 0, count: Int(degree[nodeCount]))
        var plus = [Double](repeating: 0, count: neighbours.count)
        var minus = [Double](repeating: 0, count: neighbours.count)
        for (k, (u, v)) in pairs.enumerated() {
            var slot = Int(next[u]); next[u] += 1
            neighbours[slot] = Int32(v); plus[slot] = positive[k]; minus[slot] = negative[k]
            if u != v {
                slot = Int(next[v]); next[v] += 1
                neighbours[slot] = Int32(u); plus[slot] = positive[k]; minus[slot] = negative[k]
            }
        }
        self.nodeCount = nodeCount
        self.offsets = degree
        self.neighbours = neighbours
        self.positive = plus
        self.negative = minus
    }

    @inline(__always) func range(_ v: Int) -> Range<Int> { Int(offsets[v])..<Int(offsets[v + 1]) }

    /// Weighted degrees of the positive and negative parts, a loop counted twice (as NetworkX).
    func degrees() -> (positive: [Double], negative: [Double]) {
        var kp = [Double](repeating: 0, count: nodeCount)
        var kn = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            for e in range(v) {
                let loop = Int(neighbours[e]) == v ? 2.0 : 1.0
                kp[v] += loop * positive[e]
                kn[v] += loop * negative[e]
            }
        }
        return (kp, kn)
    }
}

/// Positive and negative weights summed per unordered pair of nodes, in order of first
/// appearance: how directed edges and aggregated clusters fold into a `SynergyNetwork`.
struct PairWeights {
    let nodeCount: Int
    /// Open addressing (linear probing) from the pair key low·n + high to its position in
    /// `pairs`; −1 marks an empty slot. Much faster than a `Dictionary` for Int keys, and the
    /// pairs keep their order of first appearance.
    private var table: [Int] = [Int](repeating: -1, count: 16)
    private var keys: [Int] = [Int](repeating: 0, count: 16)
    private var pairs: [(Int, Int)] = []
    private var positive: [Double] = []
    private var negative: [Double] = []

    init(nodeCount: Int) { self.nodeCount = nodeCount }

    @inline(__always)
    private static func hash(_ key: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    mutating func add(_ u: Int, _ v: Int, positive plus: Double, negative minus: Double) {
        let (low, high) = (min(u, v), max(u, v))
        let key = low * nodeCount + high
        let mask = table.count - 1
        var slot = Self.hash(key, mask)
        while table[slot] >= 0 && keys[slot] != key { slot = (slot + 1) & mask }
        let index: Int
        if table[slot] >= 0 {
            index = table[slot]
        } else {
            index = pairs.count
            table[slot] = index
            keys[slot] = key
            pairs.append((low, high))
            positive.append(0)
            negative.append(0)
            if pairs.count * 2 > table.count { grow() }
        }
        positive[index] += plus
        negative[index] += minus
    }

    private mutating func grow() {
        let capacity = table.count * 2
        table = [Int](repeating: -1, count: capacity)
        keys = [Int](repeating: 0, count: capacity)
        let mask = capacity - 1
        for (index, (low, high)) in pairs.enumerated() {
            let key = low * nodeCount + high
            var slot = Self.hash(key, mask)
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = index
            keys[slot] = key
        }
    }

    var network: SynergyNetwork {
        SynergyNetwork(nodeCount: nodeCount, pairs: pairs, positive: positive, negative: negative)
    }
}

/// A partition: a cluster label per node, labels 0..<count.
public struct Partition: Sendable, Hashable {
    public var labels: [Int]
    public var count: Int { (labels.max() ?? -1) + 1 }

    /// Relabels so labels run 0, 1, … in order of first appearance.
    public init(labels: [Int]) {
        var map: [Int: Int] = [:]
        self.labels = labels.map { label in
            if let mapped = map[label] { return mapped }
            map[label] = map.count
            return map.count - 1
        }
    }

    /// Members of each cluster, in node order.
    public var clusters: [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (node, label) in labels.enumerated() { result[label].append(node) }
        return result
    }
}

import StrategyModel

/// The synergy network of a circle: undirected, with a positive and a negative weight per
/// pair of nodes, the input of every community method.
///
/// Folding directions: the positive weight of {u, v} is the sum of the strengths of the
/// positive edges u → v and v → u; the negative weight likewise sums the negative edges
/// (the magnitude, ≥ 0). A pair joined by a + and a − edge has both parts; they are weighed
/// separately (Gómez, Jensen & Arenas 2009), never netted. Plain modularity uses the
/// positive part only. A self-loop u → u stays one loop.
///
/// Storage is CSR over both directions of every pair (a loop once), in first-appearance order.
public struct SynergyNetwork: Sendable {
    public let nodeCount: Int
    public let offsets: [Int32]
    public let neighbours: [Int32]
    public let positive: [Double]
    public let negative: [Double]

    public init(_ adjacency: Adjacency) {
        struct Pair: Hashable { var low: Int32, high: Int32 }
        var index: [Pair: Int] = [:]
        var pairs: [Pair] = []
        var plus: [Double] = []
        var minus: [Double] = []
        for e in 0..<adjacency.edgeCount {
            let u = adjacency.edgeSources[e]
            let v = adjacency.edgeTargets[e]
            let pair = Pair(low: min(u, v), high: max(u, v))
            let slot: Int
            if let existing = index[pair] {
                slot = existing
            } else {
                slot = pairs.count
                index[pair] = slot
                pairs.append(pair)
                plus.append(0)
                minus.append(0)
            }
            if adjacency.edgeSigns[e] < 0 { minus[slot] += adjacency.edgeWeights[e] } else { plus[slot] += adjacency.edgeWeights[e] }
        }
        self.init(nodeCount: adjacency.nodeCount, pairs: pairs.map { (Int($0.low), Int($0.high)) }, positive: plus, negative: minus)
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

/// A partition: a community label per node, labels 0..<count.
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

    /// Members of each community, in node order.
    public var communities: [[Int]] {
        var result = [[Int]](repeating: [], count: count)
        for (node, label) in labels.enumerated() { result[label].append(node) }
        return result
    }
}

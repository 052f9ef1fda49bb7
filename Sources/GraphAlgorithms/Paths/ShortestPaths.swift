import StrategyModel

/// Single-source shortest paths, reusable across sources without reallocating.
///
/// Breadth-first search when unweighted, Dijkstra's algorithm otherwise (binary heap with
/// lazy deletion, `DistanceHeap`; lengths computed once). A path only replaces a
/// node's distance when it is shorter beyond `PathWeighting.tolerance`, so tied paths keep
/// the first distance found and every consumer sees one consistent value. `forward` follows out-edges
/// (distances from the source); backward follows in-edges (distances to the source).
/// `distance` is `.infinity` for unreachable nodes; `order` lists the reached nodes by
/// non-decreasing distance, the source first.
struct ShortestPathSearch {
    let adjacency: Adjacency
    let weighting: PathWeighting
    private(set) var distance: [Double]
    private(set) var order: [Int32] = []
    private var heap = DistanceHeap()
    /// Out- and in-edges' lengths, computed once.
    private let outLengths: [Double]
    private let inLengths: [Double]
    private var settledStamp: [UInt32]
    private var stamp: UInt32 = 0

    init(_ adjacency: Adjacency, weighting: PathWeighting) {
        self.adjacency = adjacency
        self.weighting = weighting
        self.distance = [Double](repeating: .infinity, count: adjacency.nodeCount)
        self.settledStamp = [UInt32](repeating: 0, count: adjacency.nodeCount)
        outLengths = adjacency.outWeights.map(weighting.length)
        inLengths = adjacency.inWeights.map(weighting.length)
        order.reserveCapacity(adjacency.nodeCount)
    }

    /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted, for the reached part.
    mutating func run(from source: Int, forward: Bool = true) {
        for v in order { distance[Int(v)] = .infinity }
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        let offsets = forward ? adjacency.outOffsets : adjacency.inOffsets
        let neighbours = forward ? adjacency.outTargets : adjacency.inSources
        let lengths = forward ? outLengths : inLengths

        if weighting == .unweighted {
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let v = Int(order[head])
                head += 1
                let next = distance[v] + 1
                for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                    let w = Int(neighbours[e])
                    if distance[w] == .infinity {
                        distance[w] = next
                        order.append(Int32(w))
                    }
                }
            }
            return
        }

        stamp &+= 1
        if stamp == 0 {
            for i in settledStamp.indices { settledStamp[i] = 0 }
            stamp = 1
        }
        heap.removeAll()
        heap.push(0, Int32(source))
        while let (d, node) = heap.popMin() {
            let v = Int(node)
            if settledStamp[v] == stamp { continue }
            settledStamp[v] = stamp
            order.append(node)
            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(neighbours[e])
                let candidate = d + lengths[e]
                if candidate < distance[w], !PathWeighting.ties(candidate, distance[w]) {
                    distance[w] = candidate
                    heap.push(candidate, Int32(w))
                }
            }
        }
    }
}

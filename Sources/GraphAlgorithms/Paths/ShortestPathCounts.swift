import StrategyModel

/// Single-source shortest paths with, for every reached node, the number of shortest paths
/// from the source (σ) and its predecessors on them: the first phase of Brandes' algorithm
/// (Brandes 2001, Algorithm 1), reusable across sources without reallocating.
///
/// Breadth-first search when unweighted, Dijkstra's algorithm otherwise (binary heap with
/// lazy deletion). Lengths that agree within `PathWeighting.tolerance` are equally short: a
/// path replaces a node's distance only when shorter beyond it, and a tied path adds its
/// count and predecessor. Node w's predecessors fill the slots `inOffsets[w] ..<
/// inOffsets[w] + predecessorCount[w]` of `predecessorNodes` and `predecessorEdges` (edge ids),
/// so no list is allocated per node. `order` lists the reached nodes by non-decreasing
/// distance, the source first.
struct ShortestPathCounts {
    let adjacency: Adjacency
    let weighting: PathWeighting
    private(set) var distance: [Double]
    private(set) var sigma: [Double]
    private(set) var order: [Int32] = []
    private(set) var predecessorCount: [Int32]
    private(set) var predecessorNodes: [Int32]
    private(set) var predecessorEdges: [Int32]
    /// Every node given a distance by the last search (with `order`, what the next resets;
    /// a search stopped at its target leaves some reached but unsettled).
    private var touched: [Int32] = []
    private var heap = DistanceHeap()
    /// Each out-edge's length, computed once (`weighting.length` of its weight).
    private let lengths: [Double]
    private var settledStamp: [UInt32]
    private var stamp: UInt32 = 0

    init(_ adjacency: Adjacency, weighting: PathWeighting) {
        self.adjacency = adjacency
        self.weighting = weighting
        let n = adjacency.nodeCount
        distance = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        predecessorCount = [Int32](repeating: 0, count: n)
        predecessorNodes = [Int32](repeating: 0, count: adjacency.edgeCount)
        predecessorEdges = [Int32](repeating: 0, count: adjacency.edgeCount)
        settledStamp = [UInt32](repeating: 0, count: n)
        lengths = adjacency.outWeights.map(weighting.length)
        order.reserveCapacity(n)
    }

    /// The slots of `w`'s predecessors in `predecessorNodes` and `predecessorEdges`.
    @inline(__always)
    func predecessors(of w: Int) -> Range<Int> {
        let start = Int(adjacency.inOffsets[w])
        return start..<start + Int(predecessorCount[w])
    }

    /// Searches from `source`; with `target`, stops once the target's distance, count and
    /// predecessors are final (the rest of the graph may be left unexplored).
    /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted, for the reached part.
    mutating func run(from source: Int, stoppingAt target: Int? = nil) {
        for list in [order, touched] {
            for v in list {
                distance[Int(v)] = .infinity
                sigma[Int(v)] = 0
                predecessorCount[Int(v)] = 0
            }
        }
        order.removeAll(keepingCapacity: true)
        touched.removeAll(keepingCapacity: true)
        distance[source] = 0
        sigma[source] = 1
        let g = adjacency
        if weighting == .unweighted {
            order.append(Int32(source))
            var head = 0
            while head < order.count {
                let v = Int(order[head])
                head += 1
                if v == target { return }
                let next = distance[v] + 1
                for e in Int(g.outOffsets[v])..<Int(g.outOffsets[v + 1]) {
                    let w = Int(g.outTargets[e])
                    if distance[w] == .infinity {
                        distance[w] = next
                        order.append(Int32(w))
                    }
                    if distance[w] == next { record(v, w, edge: g.outEdgeIDs[e]) }
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
            if v == target { return }
            for e in Int(g.outOffsets[v])..<Int(g.outOffsets[v + 1]) {
                let w = Int(g.outTargets[e])
                if settledStamp[w] == stamp { continue }
                let candidate = d + lengths[e]
                if distance[w] == .infinity || (candidate < distance[w] && !PathWeighting.ties(candidate, distance[w])) {
                    if distance[w] == .infinity { touched.append(Int32(w)) }
                    distance[w] = candidate
                    sigma[w] = 0
                    predecessorCount[w] = 0
                    record(v, w, edge: g.outEdgeIDs[e])
                    heap.push(candidate, Int32(w))
                } else if PathWeighting.ties(candidate, distance[w]) {
                    record(v, w, edge: g.outEdgeIDs[e])
                }
            }
        }
    }

    @inline(__always)
    private mutating func record(_ v: Int, _ w: Int, edge: Int32) {
        sigma[w] += sigma[v]
        let slot = Int(adjacency.inOffsets[w]) + Int(predecessorCount[w])
        predecessorNodes[slot] = Int32(v)
        predecessorEdges[slot] = edge
        predecessorCount[w] += 1
    }
}

/// A binary min-heap of (distance, node) in one array, sifted with a hole (no swaps). Equal
/// distances pop in an order fixed by the pushes, which path counts do not depend on.
struct DistanceHeap {
    private struct Entry {
        var key: Double
        var node: Int32
    }

    private var entries: [Entry] = []

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    mutating func push(_ key: Double, _ node: Int32) {
        entries.append(Entry(key: key, node: node))
        var child = entries.count - 1
        let item = entries[child]
        while child > 0 {
            let parent = (child - 1) >> 1
            guard item.key < entries[parent].key else { break }
            entries[child] = entries[parent]
            child = parent
        }
        entries[child] = item
    }

    mutating func popMin() -> (Double, Int32)? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        let count = entries.count
        if count > 0 {
            var hole = 0
            while true {
                var child = 2 * hole + 1
                if child >= count { break }
                if child + 1 < count && entries[child + 1].key < entries[child].key { child += 1 }
                guard entries[child].key < last.key else { break }
                entries[hole] = entries[child]
                hole = child
            }
            entries[hole] = last
        }
        return (top.key, top.node)
    }
}

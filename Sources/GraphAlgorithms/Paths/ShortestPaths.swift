import StrategyModel

/// Single-source shortest paths, reusable across sources without reallocating.
///
/// Breadth-first search when unweighted, Dijkstra's algorithm otherwise (binary heap with
/// lazy deletion; ties pop in insertion order, as in NetworkX). A path only replaces a
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
    private var heap = MinHeap()
    private var settledStamp: [UInt32]
    private var stamp: UInt32 = 0

    init(_ adjacency: Adjacency, weighting: PathWeighting) {
        self.adjacency = adjacency
        self.weighting = weighting
        self.distance = [Double](repeating: .infinity, count: adjacency.nodeCount)
        self.settledStamp = [UInt32](repeating: 0, count: adjacency.nodeCount)
        order.reserveCapacity(adjacency.nodeCount)
    }

    /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted, for the reached part.
    mutating func run(from source: Int, forward: Bool = true) {
        for v in order { distance[Int(v)] = .infinity }
        order.removeAll(keepingCapacity: true)
        distance[source] = 0
        let offsets = forward ? adjacency.outOffsets : adjacency.inOffsets
        let neighbours = forward ? adjacency.outTargets : adjacency.inSources
        let weights = forward ? adjacency.outWeights : adjacency.inWeights

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
        while let (d, node) = heap.pop() {
            let v = Int(node)
            if settledStamp[v] == stamp { continue }
            settledStamp[v] = stamp
            order.append(node)
            for e in Int(offsets[v])..<Int(offsets[v + 1]) {
                let w = Int(neighbours[e])
                let candidate = d + weighting.length(weights[e])
                if candidate < distance[w], !PathWeighting.ties(candidate, distance[w]) {
                    distance[w] = candidate
                    heap.push(candidate, Int32(w))
                }
            }
        }
    }
}

/// A binary min-heap of (key, node) with ties broken by insertion order.
struct MinHeap {
    private var keys: [Double] = []
    private var nodes: [Int32] = []
    private var sequence: [UInt64] = []
    private var counter: UInt64 = 0

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        nodes.removeAll(keepingCapacity: true)
        sequence.removeAll(keepingCapacity: true)
        counter = 0
    }

    private func less(_ i: Int, _ j: Int) -> Bool {
        keys[i] < keys[j] || (keys[i] == keys[j] && sequence[i] < sequence[j])
    }

    private mutating func swapAt(_ i: Int, _ j: Int) {
        keys.swapAt(i, j)
        nodes.swapAt(i, j)
        sequence.swapAt(i, j)
    }

    mutating func push(_ key: Double, _ node: Int32) {
        keys.append(key)
        nodes.append(node)
        sequence.append(counter)
        counter += 1
        var child = keys.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard less(child, parent) else { break }
            swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int32)? {
        guard let key = keys.first, let node = nodes.first else { return nil }
        let last = keys.count - 1
        swapAt(0, last)
        keys.removeLast()
        nodes.removeLast()
        sequence.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < keys.count, less(left, smallest) { smallest = left }
            if right < keys.count, less(right, smallest) { smallest = right }
            if smallest == parent { break }
            swapAt(parent, smallest)
            parent = smallest
        }
        return (key, node)
    }
}

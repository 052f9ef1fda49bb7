import StrategyModel

/// Strongly connected components and the condensation of a directed graph.
///
/// Tarjan's algorithm, iterative (an explicit stack of frames, so no recursion-depth
/// limit on long chains). Components come out in reverse topological order of the
/// condensation: a component is numbered before any component that reaches it.
///
/// [Tarjan 1972]: "Depth-first search and linear graph algorithms", SIAM J. Comput.
/// 1(2):146–160. https://doi.org/10.1137/0201010
///
/// - Complexity: O(n + m) time and memory.
public struct StronglyConnectedComponents: Sendable {
    /// Component number of every node.
    public let component: [Int32]
    /// Nodes of every component, in discovery order.
    public let members: [[Int32]]
    public var count: Int { members.count }

    /// Components of the subgraph induced by the nodes for which `include` is true
    /// (all nodes when nil); excluded nodes get component −1.
    public init(_ graph: Adjacency, include: [Bool]? = nil) {
        self.init(graph, roots: nil, include: include)
    }

    /// Components of the subgraph induced by `nodes` (`include` must be true exactly for
    /// them); costs time in their size and edges only, plus O(n) for the result arrays.
    init(_ graph: Adjacency, roots: [Int32]?, include: [Bool]?) {
        let n = graph.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var component = [Int32](repeating: -1, count: n)
        var members: [[Int32]] = []
        var stack: [Int32] = []
        var frames: [(node: Int32, edge: Int32)] = []
        var counter: Int32 = 0
        let rootList: [Int] = roots?.map { Int($0) } ?? Array(0..<n)
        for root in rootList where index[root] < 0 && (include?[root] ?? true) {
            frames.append((Int32(root), graph.outOffsets[root]))
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(Int32(root)); onStack[root] = true
            while let top = frames.last {
                let v = Int(top.node)
                let end = graph.outOffsets[v + 1]
                var e = top.edge
                var descended = false
                while e < end {
                    let w = Int(graph.outTargets[Int(e)])
                    e += 1
                    guard include?[w] ?? true else { continue }
                    if index[w] < 0 {
                        frames[frames.count - 1].edge = e
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(Int32(w)); onStack[w] = true
                        frames.append((Int32(w), graph.outOffsets[w]))
                        descended = true
                        break
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                }
                if descended { continue }
                frames.removeLast()
                if let parent = frames.last { low[Int(parent.node)] = min(low[Int(parent.node)], low[v]) }
                if low[v] == index[v] {
                    var group: [Int32] = []
                    while let w = stack.popLast() {
                        onStack[Int(w)] = false
                        component[Int(w)] = Int32(members.count)
                        group.append(w)
                        if Int(w) == v { break }
                    }
                    members.append(group.reversed())
                }
            }
        }
        self.component = component
        self.members = members
    }

    /// The condensation: one node per component, an edge where any edge joins two
    /// components (once per pair), in the component numbering above.
    public func condensation(of graph: Adjacency) -> Adjacency {
        var seen = Set<Int>()
        var sources: [Int32] = [], targets: [Int32] = []
        for e in 0..<graph.edgeCount {
            let a = component[Int(graph.edgeSources[e])]
            let b = component[Int(graph.edgeTargets[e])]
            guard a >= 0, b >= 0, a != b, seen.insert(Int(a) * count + Int(b)).inserted else { continue }
            sources.append(a)
            targets.append(b)
        }
        return Adjacency(nodeCount: count, sources: sources, targets: targets,
                         weights: [Double](repeating: 1, count: sources.count),
                         signs: [Int8](repeating: 1, count: sources.count))
    }
}

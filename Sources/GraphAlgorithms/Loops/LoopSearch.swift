import Foundation
import StrategyModel

/// Enumerates the elementary circuits (simple cycles) of a directed graph, streaming each
/// to a callback instead of collecting them, with bounds on length, count and time.
///
/// Unbounded length: Johnson's algorithm, iterative, run per strongly connected component
/// and per least node, with blocking so each loop costs O(n + m). With a length bound:
/// depth-first search from each least node through larger ones, pruned by the BFS distance
/// back to the start (a path that cannot close within the bound is not extended). Both
/// report every loop exactly once, starting at its least node (its canonical rotation).
/// A self-loop is a circuit of length 1. Counts equal NetworkX's `simple_cycles`.
///
/// [Johnson 1975]: "Finding all the elementary circuits of a directed graph", SIAM J.
/// Comput. 4(1):77–84. https://doi.org/10.1137/0204007
public enum LoopSearch {
    public struct Limits: Sendable {
        /// Longest loop, in edges (nil: any).
        public var maxLength: Int?
        /// Stop after this many loops (nil: all).
        public var maxCount: Int?
        /// Stop after this much time (nil: none).
        public var timeBudget: Duration?
        public init(maxLength: Int? = nil, maxCount: Int? = nil, timeBudget: Duration? = nil) {
            self.maxLength = maxLength
            self.maxCount = maxCount
            self.timeBudget = timeBudget
        }
    }

    /// Why an enumeration ended.
    public enum Completion: String, Sendable, Codable {
        case complete
        case countLimit = "stopped at the count limit"
        case timeLimit = "stopped at the time limit"
        case stoppedByCaller = "stopped by the caller"
    }

    /// Calls `visit` with each loop's nodes (least node first, following the edges) and
    /// its edges (positions in the edge-indexed arrays, edge i from node i to node i + 1).
    /// `visit` returns false to stop. Returns how the enumeration ended and how many loops it saw.
    /// - Complexity: Johnson's bound O((n + m)(c + 1)) for c loops without a length bound;
    ///   with one, depth-first search pruned by the distance back to the start.
    @discardableResult
    public static func enumerate(_ graph: Adjacency, limits: Limits = .init(),
                                 _ visit: (_ nodes: [Int32], _ edges: [Int32]) -> Bool) -> (Completion, Int) {
        withoutActuallyEscaping(visit) { visit in
            var search = Search(graph: graph, limits: limits, visit: visit)
            return search.run()
        }
    }

    /// How many loops there are (within the limits).
    public static func count(_ graph: Adjacency, limits: Limits = .init()) -> (Completion, Int) {
        enumerate(graph, limits: limits) { _, _ in true }
    }

    private struct Search {
        let graph: Adjacency
        let limits: Limits
        let visit: ([Int32], [Int32]) -> Bool
        var found = 0
        var completion = Completion.complete
        let deadline: ContinuousClock.Instant?

        init(graph: Adjacency, limits: Limits, visit: @escaping ([Int32], [Int32]) -> Bool) {
            self.graph = graph
            self.limits = limits
            self.visit = visit
            self.deadline = limits.timeBudget.map { ContinuousClock.now + $0 }
        }

        /// Reports a loop; false when the enumeration must stop.
        mutating func report(_ nodes: [Int32], _ edges: [Int32]) -> Bool {
            found += 1
            if !visit(nodes, edges) { completion = .stoppedByCaller; return false }
            if let maxCount = limits.maxCount, found >= maxCount { completion = .countLimit; return false }
            if let deadline, found & 0xFF == 0, ContinuousClock.now >= deadline { completion = .timeLimit; return false }
            return true
        }

        mutating func run() -> (Completion, Int) {
            let n = graph.nodeCount
            if let maxLength = limits.maxLength, maxLength < 1 { return (.complete, 0) }
            // Self-loops first, in node order.
            for v in 0..<n {
                for e in graph.outRange(v) where Int(graph.outTargets[e]) == v {
                    if !report([Int32(v)], [graph.outEdgeIDs[e]]) { return (completion, found) }
                }
            }
            if limits.maxLength == 1 { return (.complete, found) }
            // Work through strongly connected components: loops through the least node s
            // of a component, then the components of what is left without s.
            var include = [Bool](repeating: false, count: n)
            var work = StronglyConnectedComponents(graph).members.filter { $0.count > 1 }.reversed().map { $0 }
            while let component = work.popLast() {
                guard let least = component.min() else { continue }
                let s = Int(least)
                for v in component { include[Int(v)] = true }
                let keepGoing = limits.maxLength == nil
                    ? johnson(from: s, within: include)
                    : bounded(from: s, within: include, maxLength: limits.maxLength ?? n)
                include[s] = false
                let rest = component.filter { $0 != least }
                if keepGoing {
                    let parts = StronglyConnectedComponents(graph, roots: rest, include: include)
                    work += parts.members.filter { $0.count > 1 }.reversed()
                }
                for v in rest { include[Int(v)] = false }
                if !keepGoing { return (completion, found) }
            }
            return (completion, found)
        }

        /// Johnson's CIRCUIT(s): a node stays blocked until a loop is found through it,
        /// or a node it waits on is unblocked.
        mutating func johnson(from s: Int, within allowed: [Bool]) -> Bool {
            let graph = self.graph
            var blocked = [Bool](repeating: false, count: graph.nodeCount)
            var blockedBy = [[Int32]](repeating: [], count: graph.nodeCount)
            blocked[s] = true
            return walk(from: s, within: allowed, mayEnter: { w, _ in
                guard !blocked[w] else { return false }
                blocked[w] = true
                return true
            }, leave: { v, closedCircuit in
                if closedCircuit {
                    var stack = [v]
                    while let u = stack.popLast() {
                        guard blocked[u] else { continue }
                        blocked[u] = false
                        for w in blockedBy[u] { stack.append(Int(w)) }
                        blockedBy[u].removeAll()
                    }
                } else {
                    for e in graph.outRange(v) {
                        let w = Int(graph.outTargets[e])
                        if allowed[w], w != v, !blockedBy[w].contains(Int32(v)) { blockedBy[w].append(Int32(v)) }
                    }
                }
            })
        }

        /// Loops of at most `maxLength` edges through s: a path only grows to a node from
        /// which s is still reachable within the edges left.
        mutating func bounded(from s: Int, within allowed: [Bool], maxLength: Int) -> Bool {
            let graph = self.graph
            // Hops from each node back to s, inside the component.
            var back = [Int](repeating: Int.max, count: graph.nodeCount)
            back[s] = 0
            var queue = [s]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for e in graph.inRange(v) {
                    let u = Int(graph.inSources[e])
                    if allowed[u], back[u] == Int.max { back[u] = back[v] + 1; queue.append(u) }
                }
            }
            var onPath = [Bool](repeating: false, count: graph.nodeCount)
            onPath[s] = true
            return walk(from: s, within: allowed, mayEnter: { w, pathNodes in
                guard !onPath[w], back[w] != Int.max, pathNodes + back[w] <= maxLength else { return false }
                onPath[w] = true
                return true
            }, leave: { v, _ in onPath[v] = false })
        }

        /// The iterative depth-first walk both searches share: from s over allowed nodes, every
        /// edge back to s closes a loop (reported, canonical rotation: s first);
        /// `mayEnter(w, nodesOnPath)` decides whether the path grows to w (and claims w);
        /// `leave(v, closedCircuit)` runs when v's edges are exhausted. False: stop everything.
        private mutating func walk(from s: Int, within allowed: [Bool], mayEnter: (Int, Int) -> Bool,
                                   leave: (Int, Bool) -> Void) -> Bool {
            var path: [Int32] = [Int32(s)]
            var pathEdges: [Int32] = []
            var frames: [(node: Int32, edge: Int32, found: Bool)] = [(Int32(s), graph.outOffsets[s], false)]
            while let top = frames.last {
                let v = Int(top.node)
                var e = Int(top.edge)
                let end = Int(graph.outOffsets[v + 1])
                var descended = false
                while e < end {
                    let w = Int(graph.outTargets[e])
                    let edge = graph.outEdgeIDs[e]
                    e += 1
                    guard allowed[w], w != v else { continue }
                    if w == s {
                        frames[frames.count - 1].found = true
                        if !report(path, pathEdges + [edge]) { return false }
                    } else if mayEnter(w, path.count) {
                        frames[frames.count - 1].edge = Int32(e)
                        path.append(Int32(w))
                        pathEdges.append(edge)
                        frames.append((Int32(w), graph.outOffsets[w], false))
                        descended = true
                        break
                    }
                }
                if descended { continue }
                let finished = frames.removeLast()
                leave(v, finished.found)
                path.removeLast()
                if !pathEdges.isEmpty { pathEdges.removeLast() }
                if finished.found, !frames.isEmpty { frames[frames.count - 1].found = true }
            }
            return true
        }
    }
}

import GraphAlgorithms
import StrategyModel

/// Which nodes can still reach the circle's core along edges, and how the circle
/// falls apart into pieces.
///
/// The core is the innermost ring's nodes (for a circle without rings: none, and nothing
/// is reported as cut off). "Reaches the core" means a directed path to a core node; core
/// nodes reach it by definition. Pieces are the weakly connected components.
public struct Reachability: Sendable, Codable {
    public var core: [String]
    /// Ids of the non-core nodes that reach the core.
    public var reachingCore: [String]
    public var notReachingCore: [String]
    /// Node ids of each weakly connected piece, largest first.
    public var pieces: [[String]]
    /// Size of the largest strongly connected component (the heart of the feedback).
    public var largestStronglyConnected: Int

    public init(_ circle: StrategyCircle) {
        let g = circle.adjacency
        let n = circle.nodes.count
        let coreRing = circle.rings.first?.id
        let coreNodes = coreRing.map { ring in circle.nodes.indices.filter { circle.nodes[$0].ring == ring } } ?? []
        // Backwards search from the core along in-edges.
        var reaches = [Bool](repeating: false, count: n)
        var stack = coreNodes
        for v in coreNodes { reaches[v] = true }
        while let v = stack.popLast() {
            for e in g.inRange(v) {
                let u = Int(g.inSources[e])
                if !reaches[u] { reaches[u] = true; stack.append(u) }
            }
        }
        let coreSet = Set(coreNodes)
        core = coreNodes.map { circle.nodes[$0].id }
        reachingCore = circle.nodes.indices.filter { !coreSet.contains($0) && reaches[$0] }.map { circle.nodes[$0].id }
        notReachingCore = coreNodes.isEmpty ? [] : circle.nodes.indices.filter { !reaches[$0] }.map { circle.nodes[$0].id }
        // Weak components.
        var piece = [Int](repeating: -1, count: n)
        var groups: [[Int]] = []
        for start in 0..<n where piece[start] < 0 {
            var members: [Int] = []
            var todo = [start]
            piece[start] = groups.count
            while let v = todo.popLast() {
                members.append(v)
                for e in g.outRange(v) where piece[Int(g.outTargets[e])] < 0 {
                    piece[Int(g.outTargets[e])] = groups.count; todo.append(Int(g.outTargets[e]))
                }
                for e in g.inRange(v) where piece[Int(g.inSources[e])] < 0 {
                    piece[Int(g.inSources[e])] = groups.count; todo.append(Int(g.inSources[e]))
                }
            }
            groups.append(members.sorted())
        }
        pieces = groups.sorted { $0.count > $1.count }.map { $0.map { circle.nodes[$0].id } }
        largestStronglyConnected = StronglyConnectedComponents(g).members.map(\.count).max() ?? 0
    }

    /// Share of the non-core nodes that reach the core (1 without a core).
    public var coreReachShare: Double {
        let total = reachingCore.count + notReachingCore.count
        return core.isEmpty || total == 0 ? 1 : Double(reachingCore.count) / Double(total)
    }
}

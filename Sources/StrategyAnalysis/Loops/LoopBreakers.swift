import GraphAlgorithms
import StrategyModel

/// The fewest nodes, and the fewest edges, whose removal breaks every reinforcing
/// loop of the circle: the places that hold its self-reinforcing dynamic together.
///
/// Loops are enumerated (reinforcing only) and the minimum hitting set of their node sets
/// and of their edge sets is searched exactly by branch and bound; past `maxLoops` loops or
/// the time budget, the answer is the greedy one improved as far as time allowed, and
/// `method` says so.
public struct LoopBreakers: Sendable, Codable {
    public var nodes: [String]
    public var edges: [LoopEdge]
    public var nodesProvenMinimal: Bool
    public var edgesProvenMinimal: Bool
    public var method: String
    public var reinforcingLoops: Int
    public var loopListComplete: Bool

    /// Most loops the exact search takes unless told otherwise.
    public static let defaultMaxLoops = 200_000
    /// Seconds the whole search may take unless told otherwise.
    public static let defaultTimeBudgetSeconds = 10.0

    public struct LoopEdge: Sendable, Codable, Hashable {
        public var from: String
        public var to: String
    }

    /// - Parameter timeBudget: for the whole search: loop enumeration, then the node and the
    ///   edge hitting sets, each with half of what is left.
    public init(_ circle: StrategyCircle, polarity: LoopPolarity = .reinforcing, maxLoops: Int = LoopBreakers.defaultMaxLoops,
                timeBudget: Duration = .seconds(LoopBreakers.defaultTimeBudgetSeconds)) {
        let deadline = ContinuousClock.now + timeBudget
        let g = circle.adjacency
        var nodeSets: [[Int]] = []
        var edgeSets: [[Int]] = []
        let (completion, _) = LoopSearch.enumerate(g, limits: .init(maxCount: nil, timeBudget: timeBudget)) { loop, edges in
            guard LoopClassification(edges: edges, in: g, yardstick: 1).polarity == polarity else { return true }
            nodeSets.append(loop.map(Int.init))
            edgeSets.append(edges.map(Int.init))
            return nodeSets.count < maxLoops
        }
        let complete = completion == .complete
        let halfway = ContinuousClock.now + (deadline - ContinuousClock.now) / 2
        let byNodes = HittingSet.minimum(nodeSets, universe: circle.nodes.count, deadline: halfway)
        let byEdges = HittingSet.minimum(edgeSets, universe: circle.edges.count, deadline: deadline)
        nodes = byNodes.members.map { circle.nodes[$0].id }
        edges = byEdges.members.map { LoopEdge(from: circle.edges[$0].from, to: circle.edges[$0].to) }
        nodesProvenMinimal = byNodes.provenMinimal && complete
        edgesProvenMinimal = byEdges.provenMinimal && complete
        reinforcingLoops = nodeSets.count
        loopListComplete = complete
        if !complete {
            method = "greedy on the first \(nodeSets.count) loops (the loop list was cut off); not proven minimal"
        } else if byNodes.provenMinimal && byEdges.provenMinimal {
            method = "exact: branch and bound over all \(nodeSets.count) loops"
        } else {
            method = "nodes: \(byNodes.method); edges: \(byEdges.method)"
        }
    }
}

import GraphAlgorithms
import StrategyModel

/// The agenda for a workshop's next round: the participants' sharpest disagreements and their
/// strongest agreements, each ordered by how much it changes the findings.
///
/// Conventions: edges are those of the merge (`CircleMerge`, every edge anyone drew) between
/// active nodes. An edge is agreed when every participant who named both its ends, and at
/// least two did, drew it, with one sign and one weight; otherwise it is disputed (not drawn by all, a sign conflict, or a spread of
/// weights). What an edge changes is counted between two readings of the merged circle that
/// differ in that edge alone: for a disputed edge, the least and the greatest signed weight in
/// its range (the participants' spread, `CircleMerge`); for an agreed edge, its weight and
/// none (the smallest positive weight, as `Robustness` reads 0). The changes, each a count,
/// are the findings `Robustness` follows: nodes entering or leaving the top k, loops entering
/// or leaving the k strongest, loops changing polarity, nodes changing cluster (against the
/// best-matching cluster, `PartitionAgreement.moved`) and keystones entering or leaving the
/// top k. Items are ordered by their total, then by edge.
public struct ConsensusReport: Sendable, Codable {
    public struct Changes: Sendable, Codable, Hashable {
        public var topNodes = 0
        public var strongLoops = 0
        public var loopPolarities = 0
        public var clusterMoves = 0
        public var keystones = 0
        public var total: Int { topNodes + strongLoops + loopPolarities + clusterMoves + keystones }
    }

    public struct Item: Sendable, Codable, Hashable {
        public var from: String
        public var to: String
        public var drawnBy: [String]
        /// Participants who named both ends (the ones who could have drawn it).
        public var couldDraw: Int
        public var positive: Int
        public var negative: Int
        /// The least and greatest weight (strength) among those who drew it.
        public var minimum: Double
        public var maximum: Double
        /// The signed weights compared (disputed: the range; agreed: none to the weight).
        public var low: Double
        public var high: Double
        /// Why it is disputed: "drawn by 2 of 3", "sign conflict", "weights 1–3"; empty when agreed.
        public var disputes: [String]
        public var changes: Changes
    }

    public var participants: [String]
    public var top: Int
    /// Every disputed edge, most consequential first.
    public var disagreements: [Item]
    /// Every agreed edge, most consequential first.
    public var agreements: [Item]

    public init(_ circles: [(name: String, circle: StrategyCircle)], top: Int = 5,
                clusterOptions: ClusterOptions = .init()) throws(ModelValidationError) {
        let merge = try CircleMerge(circles)
        let merged = merge.merged.activePart
        participants = merge.participants
        self.top = max(top, 1)
        let k = self.top
        let evaluator = Robustness.Evaluator(circle: merged, clusterOptions: clusterOptions)
        let nodeSets = circles.map { Set($0.circle.nodes.map(\.id)) }
        var disputed: [Item] = [], agreed: [Item] = []
        for row in merge.edges {
            guard let position = merged.edge(EdgeReference(from: row.from, to: row.to))?.index else { continue }
            let couldDraw = nodeSets.filter { $0.contains(row.from) && $0.contains(row.to) }.count
            var disputes: [String] = []
            if couldDraw < 2 { disputes.append("only \(row.drawnBy.joined(separator: ", ")) named both ends") }
            if row.drawnBy.count < couldDraw { disputes.append("drawn by \(row.drawnBy.count) of \(couldDraw)") }
            if row.signConflict { disputes.append("sign conflict: \(row.positive) +, \(row.negative) −") }
            if row.minimum < row.maximum {
                disputes.append("weights \(EvidenceText.number(row.minimum))–\(EvidenceText.number(row.maximum))")
            }
            let edge = merged.edges[position]
            let range = disputes.isEmpty ? 0...edge.signedWeight : edge.signedRange(defaultSpread: 0)
            let low = min(range.lowerBound, range.upperBound), high = max(range.lowerBound, range.upperBound)
            let changes = try Self.changes(merged, edge: position, low: low, high: high, evaluator: evaluator, k: k)
            let item = Item(from: row.from, to: row.to, drawnBy: row.drawnBy, couldDraw: couldDraw, positive: row.positive,
                            negative: row.negative, minimum: row.minimum, maximum: row.maximum, low: low, high: high, disputes: disputes, changes: changes)
            if disputes.isEmpty { agreed.append(item) } else { disputed.append(item) }
        }
        func order(_ a: Item, _ b: Item) -> Bool { (-a.changes.total, a.from, a.to) < (-b.changes.total, b.from, b.to) }
        disagreements = disputed.sorted(by: order)
        agreements = agreed.sorted(by: order)
    }

    /// The findings that differ between `circle` with edge `position` at `low` and at `high`.
    static func changes(_ circle: StrategyCircle, edge position: Int, low: Double, high: Double,
                        evaluator: Robustness.Evaluator, k: Int) throws(ModelValidationError) -> Changes {
        func reading(_ value: Double) throws(ModelValidationError) -> Robustness.Evaluator.Findings {
            var edges = circle.edges
            let (weight, sign) = Sign.split(signedWeight: value)
            edges[position].weight = max(weight, .leastNormalMagnitude)
            edges[position].sign = sign
            edges[position].doubt = nil
            return evaluator.findings(of: try StrategyCircle(metadata: circle.metadata, rings: circle.rings,
                                                             sectors: circle.sectors, nodes: circle.nodes, edges: edges,
                                                             isUndirected: circle.isUndirected))
        }
        let a = try reading(low), b = try reading(high)
        func differ<T: Hashable>(_ x: [T], _ y: [T]) -> Int { Set(x).symmetricDifference(Set(y)).count }
        var changes = Changes()
        changes.topNodes = differ(Robustness.topIndices(a.meanRanks.map { -$0 }, k), Robustness.topIndices(b.meanRanks.map { -$0 }, k))
        if evaluator.catalog.isComplete {
            changes.strongLoops = differ(Robustness.topIndices(a.loopGains, k), Robustness.topIndices(b.loopGains, k))
            changes.loopPolarities = zip(a.loopPolarities, b.loopPolarities).filter { $0 != $1 }.count
        }
        changes.clusterMoves = PartitionAgreement.moved(from: a.membership, to: b.membership).count
        if let x = a.keystones, let y = b.keystones {
            changes.keystones = differ(Robustness.topIndices(x.map(\.impact), k).map { x[$0].name },
                                       Robustness.topIndices(y.map(\.impact), k).map { y[$0].name })
        }
        return changes
    }
}

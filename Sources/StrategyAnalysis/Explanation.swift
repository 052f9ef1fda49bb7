import StrategyModel

/// Everything the toolkit knows about one node or one edge, with the source's words
/// behind it: what `circle explain` prints.
///
/// For a node: its ring and sector, its evidence (quote, or reason and the sentences it
/// rests on), why it is placed where it is, its rank in each centrality measure, its synergy
/// cluster, the edges in and out, and the strongest loops through it. For an edge:
/// its weight, sign and kind, its evidence, the weight the weight rule gives for it, and the
/// strongest loops through it. Ranks, clusters and loops are of the circle's active part;
/// an excluded node or an edge that touches one has none.
public struct Explanation: Sendable, Codable {
    public struct Rank: Sendable, Codable {
        public var measure: CentralityMeasure
        public var value: Double
        /// 1 = highest; tied values share the best rank.
        public var rank: Int
        public var of: Int
    }

    public struct Influence: Sendable, Codable {
        public var from: String
        public var to: String
        /// The other end's label.
        public var label: String
        public var weight: Double
        public var sign: String
        public var evidence: Evidence
    }

    public struct NodeDetail: Sendable, Codable {
        public var id: String
        public var label: String
        public var labelEN: String?
        public var ring: String?
        public var sector: String?
        public var active: Bool
        public var placementInferred: String?
        public var ranks: [Rank]
        public var cluster: Int?
        public var clusterMembers: [String]
        public var incoming: [Influence]
        public var outgoing: [Influence]
    }

    public struct InfluenceDetail: Sendable, Codable {
        public var from: String
        public var to: String
        public var fromLabel: String
        public var toLabel: String
        public var weight: Double
        public var sign: String
        public var kind: String
        /// What the weight rule gives for this influence's evidence; nil when undecided.
        public var ruleWeight: Double?
        public var active: Bool
    }

    public var node: NodeDetail?
    public var influence: InfluenceDetail?
    public var evidence: Evidence
    public var quote: String?
    public var reason: String?
    public var basis: [String]
    public var claim: ClaimWording?
    /// Loops through the node or influence: counts and the strongest few.
    public var reinforcingLoops: Int
    public var balancingLoops: Int
    public var loopsComplete: Bool
    public var strongestLoops: [FeedbackLoop]

    /// Explains the node with id `id`; nil when there is none.
    public init?(node id: String, in circle: StrategyCircle, clusterOptions: ClusterOptions = .init(), loops: Int = 3) {
        guard let subject = circle.node(id) else { return nil }
        let active = circle.activePart
        let label = { (id: String) in circle.node(id)?.label ?? id }
        func division(_ id: String?, _ all: [Division]) -> String? {
            id.map { id in all.first { $0.id == id }?.label ?? id }
        }
        var ranks: [Rank] = []
        var cluster: Int?
        var members: [String] = []
        if let v = active.index(ofNode: id) {
            let table = CentralityTable(active, measures: AnalysisReport.reportedMeasures)
            for measure in AnalysisReport.reportedMeasures {
                guard let values = table.values[measure] else { continue }
                ranks.append(Rank(measure: measure, value: values[v], rank: table.ranks(measure)[v], of: values.count))
            }
            let clusters = ClusterResult(active, options: clusterOptions)
            cluster = clusters.membership[v]
            members = clusters.clusters.first { $0.number == cluster }?.members.filter { $0 != id } ?? []
        }
        func linked(_ edge: Edge, other: String) -> Influence {
            Influence(from: edge.from, to: edge.to, label: label(other), weight: edge.weight, sign: edge.sign.symbol,
                      evidence: edge.provenance.evidence)
        }
        self.node = NodeDetail(
            id: subject.id, label: subject.label, labelEN: subject.labelEN, ring: division(subject.ring, circle.rings),
            sector: division(subject.sector, circle.sectors), active: subject.isActive,
            placementInferred: subject.placementReason, ranks: ranks, cluster: cluster, clusterMembers: members,
            incoming: circle.edges.filter { $0.to == id }.map { linked($0, other: $0.from) },
            outgoing: circle.edges.filter { $0.from == id }.map { linked($0, other: $0.to) })
        influence = nil
        (evidence, quote, reason, basis, claim) = Self.unpack(subject.provenance)
        var query = LoopQuery()
        query.throughNodes = [id]
        query.limit = loops
        (reinforcingLoops, balancingLoops, loopsComplete, strongestLoops) = Self.loops(
            subject.isActive ? active : nil, query: query)
    }

    /// Explains the influence `reference` names; nil when there is none.
    public init?(edge reference: EdgeReference, in circle: StrategyCircle, loops: Int = 3) {
        guard let (_, edge) = circle.edge(reference) else { return nil }
        let isActive = circle.node(edge.from)?.isActive == true && circle.node(edge.to)?.isActive == true
        influence = InfluenceDetail(
            from: edge.from, to: edge.to, fromLabel: circle.node(edge.from)?.label ?? edge.from,
            toLabel: circle.node(edge.to)?.label ?? edge.to, weight: edge.weight, sign: edge.sign.symbol,
            kind: edge.kind.rawValue, ruleWeight: WeightRule.weight(for: edge.provenance), active: isActive)
        self.node = nil
        (evidence, quote, reason, basis, claim) = Self.unpack(edge.provenance)
        var query = LoopQuery()
        query.throughEdge = reference
        query.limit = loops
        (reinforcingLoops, balancingLoops, loopsComplete, strongestLoops) = Self.loops(
            isActive ? circle.activePart : nil, query: query)
    }

    private static func unpack(_ provenance: Provenance)
        -> (Evidence, String?, String?, [String], ClaimWording?)
    {
        (provenance.evidence, provenance.quote, provenance.reason, provenance.basis, provenance.wording)
    }

    private static func loops(_ circle: StrategyCircle?, query: LoopQuery)
        -> (Int, Int, Bool, [FeedbackLoop])
    {
        guard let circle else { return (0, 0, true, []) }
        let report = LoopReport(circle, query: query)
        return (report.reinforcing, report.balancing, report.completion == .complete, report.loops)
    }
}

import GraphAlgorithms
import StrategyModel

/// The largest circle the dense-matrix methods (MICMAC, DEMATEL) accept: they hold n² numbers
/// and multiply or invert n × n matrices (O(n³)).
public let denseMatrixLimit = 2000

/// MICMAC, DEMATEL and the cognitive-map indices of a circle, with node ids, ready to print.
public struct StructuralAnalysis: Sendable, Codable {
    public struct NodeRow: Sendable, Codable {
        public var id: String
        public var label: String
        public var directInfluence: Double
        public var directDependence: Double
        public var indirectInfluence: Double
        public var indirectDependence: Double
        public var directQuadrant: Micmac.Quadrant
        public var indirectQuadrant: Micmac.Quadrant
        /// Direct rank minus indirect rank by influence: > 0 gains through indirect paths.
        public var influenceRankShift: Int
        public var dependenceRankShift: Int
        public var role: CognitiveMapIndices.Role
    }

    public var split: Micmac.Split
    public var micmacPower: Int
    public var micmacStable: Bool
    /// The first matrix power that vanishes when the map has no loop; nil otherwise.
    public var micmacNilpotentFrom: Int?
    public var nodes: [NodeRow]
    public var indices: CognitiveMapIndices

    public init(_ circle: StrategyCircle, split: Micmac.Split = .mean) {
        let micmac = Micmac(circle.adjacency, split: split)
        let indices = CognitiveMapIndices(circle.adjacency)
        self.split = split
        micmacPower = micmac.power
        micmacStable = micmac.stable
        micmacNilpotentFrom = micmac.nilpotentFrom
        self.indices = indices
        nodes = circle.nodes.indices.map { v in
            NodeRow(id: circle.nodes[v].id, label: circle.nodes[v].label,
                    directInfluence: micmac.directInfluence[v], directDependence: micmac.directDependence[v],
                    indirectInfluence: micmac.indirectInfluence[v], indirectDependence: micmac.indirectDependence[v],
                    directQuadrant: micmac.directQuadrant[v], indirectQuadrant: micmac.indirectQuadrant[v],
                    influenceRankShift: micmac.directInfluenceRank[v] - micmac.indirectInfluenceRank[v],
                    dependenceRankShift: micmac.directDependenceRank[v] - micmac.indirectDependenceRank[v],
                    role: indices.roles[v])
        }
    }
}

/// DEMATEL of a circle with node ids: crisp from its weights (sign ignored), or fuzzy from
/// experts' ratings of its edges; the total-relation matrix, the threshold α and the
/// influential relations above it.
public struct DematelReport: Sendable, Codable {
    public struct NodeRow: Sendable, Codable {
        public var id: String
        public var label: String
        public var given: Double
        public var received: Double
        public var prominence: Double
        public var relation: Double
        /// "cause" when relation > 0, "effect" when < 0, "neutral" at 0.
        public var group: String
        /// D and R as triangular numbers (componentwise fuzzy DEMATEL only).
        public var fuzzyGiven: TriangularFuzzyNumber?
        public var fuzzyReceived: TriangularFuzzyNumber?
    }

    /// An entry of T above α: an arrow of the influential relation map.
    public struct Relation: Sendable, Codable, Hashable {
        public var from: String
        public var to: String
        public var total: Double
    }

    /// "crisp", "fuzzy-cfcs" or "fuzzy-componentwise".
    public var method: String
    public var experts: Int
    /// s of N = A / s and N's spectral radius (crisp and CFCS runs).
    public var scale: Double?
    public var spectralRadius: Double?
    public var ids: [String]
    /// N (crisp and CFCS runs).
    public var normalized: DenseMatrix?
    /// T (crisp), or defuzzified (fuzzy).
    public var total: DenseMatrix
    public var alpha: Double
    public var relations: [Relation]
    public var nodes: [NodeRow]

    /// Crisp DEMATEL of the circle's weights.
    public init(_ circle: StrategyCircle, threshold: Dematel.Threshold = .mean) throws(Dematel.Failure) {
        let dematel = try Dematel(circle.adjacency)
        self.init(circle, method: "crisp", experts: 1, crisp: dematel, total: dematel.total, given: dematel.given,
                  received: dematel.received, fuzzy: nil, threshold: threshold)
    }

    /// Fuzzy DEMATEL of experts' ratings of the circle's edges; a pair an expert did
    /// not rate counts as (0, 0, 0) for that expert. Ratings naming nodes the circle lacks
    /// are ignored (callers check them first).
    public init(_ circle: StrategyCircle, ratings: [EdgeRating], method: FuzzyDematel.Method,
                threshold: Dematel.Threshold = .mean) throws(Dematel.Failure) {
        let n = circle.nodes.count
        var experts: [String] = []
        for rating in ratings where !experts.contains(rating.expert) { experts.append(rating.expert) }
        let zero = TriangularFuzzyNumber(0, 0, 0)
        var tensor = [[[TriangularFuzzyNumber]]](repeating: [[TriangularFuzzyNumber]](repeating: [TriangularFuzzyNumber](
            repeating: zero, count: n), count: n), count: experts.count)
        for rating in ratings {
            guard let k = experts.firstIndex(of: rating.expert), let i = circle.index(ofNode: rating.from),
                  let j = circle.index(ofNode: rating.to) else { continue }
            tensor[k][i][j] = TriangularFuzzyNumber(rating.lower, rating.middle, rating.upper)
        }
        let fuzzy = try FuzzyDematel(ratings: tensor, method: method)
        self.init(circle, method: "fuzzy-\(method.rawValue)", experts: experts.count, crisp: fuzzy.crisp, total: fuzzy.total,
                  given: fuzzy.given, received: fuzzy.received,
                  fuzzy: fuzzy.fuzzyGiven.flatMap { g in fuzzy.fuzzyReceived.map { (g, $0) } }, threshold: threshold)
    }

    private init(_ circle: StrategyCircle, method: String, experts: Int, crisp: Dematel?, total: DenseMatrix, given: [Double],
                 received: [Double], fuzzy: ([TriangularFuzzyNumber], [TriangularFuzzyNumber])?,
                 threshold: Dematel.Threshold) {
        self.method = method
        self.experts = experts
        scale = crisp?.scale
        spectralRadius = crisp?.spectralRadius
        ids = circle.nodes.map(\.id)
        normalized = crisp?.normalized
        self.total = total
        alpha = Dematel.alpha(threshold, of: total)
        let ids = self.ids
        relations = Dematel.relations(of: total, above: alpha).map { Relation(from: ids[$0.from], to: ids[$0.to], total: $0.total) }
        nodes = circle.nodes.indices.map { v in
            let relation = given[v] - received[v]
            return NodeRow(id: circle.nodes[v].id, label: circle.nodes[v].label, given: given[v], received: received[v],
                           prominence: given[v] + received[v], relation: relation,
                           group: relation > 1e-12 ? "cause" : (relation < -1e-12 ? "effect" : "neutral"),
                           fuzzyGiven: fuzzy?.0[v], fuzzyReceived: fuzzy?.1[v])
        }
    }
}

extension DematelReport {
    /// The nodes of a group ("cause", "effect", "neutral"), strongest relation first.
    public func members(of group: String) -> [NodeRow] {
        nodes.filter { $0.group == group }.sorted { abs($0.relation) > abs($1.relation) }
    }
}

extension DematelReport {
    /// The relations above α by node position, for drawing.
    public var arrows: [(from: Int, to: Int, total: Double)] { Dematel.relations(of: total, above: alpha) }
}

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

/// DEMATEL of a circle with node ids.
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
    }

    public var scale: Double
    public var spectralRadius: Double
    public var nodes: [NodeRow]

    public init(_ circle: StrategyCircle) throws(Dematel.Failure) {
        let dematel = try Dematel(circle.adjacency)
        scale = dematel.scale
        spectralRadius = dematel.spectralRadius
        let prominence = dematel.prominence
        let relation = dematel.relation
        nodes = circle.nodes.indices.map { v in
            NodeRow(id: circle.nodes[v].id, label: circle.nodes[v].label, given: dematel.given[v],
                    received: dematel.received[v], prominence: prominence[v], relation: relation[v],
                    group: relation[v] > 1e-12 ? "cause" : (relation[v] < -1e-12 ? "effect" : "neutral"))
        }
    }
}

/// A fuzzy-cognitive-map scenario against the baseline, as Mental Modeler reports it:
/// both runs from the same start, the scenario with its clamped nodes, and the change
/// in every node's steady state.
public struct ScenarioSimulation: Sendable, Codable {
    public var baseline: FuzzyCognitiveMap.Run
    public var scenario: FuzzyCognitiveMap.Run
    public var ids: [String]
    public var change: [Double]

    public init(_ circle: StrategyCircle, clamps: [String: Double], options: FuzzyCognitiveMap.Options) {
        var indexed: [Int: Double] = [:]
        for (id, value) in clamps { if let v = circle.index(ofNode: id) { indexed[v] = value } }
        baseline = FuzzyCognitiveMap.simulate(circle.adjacency, options: options)
        scenario = FuzzyCognitiveMap.simulate(circle.adjacency, clamps: indexed, options: options)
        ids = circle.nodes.map(\.id)
        change = zip(scenario.steadyState, baseline.steadyState).map(-)
    }
}

extension DematelReport {
    /// The nodes of a group ("cause", "effect", "neutral"), strongest relation first.
    public func members(of group: String) -> [NodeRow] {
        nodes.filter { $0.group == group }.sorted { abs($0.relation) > abs($1.relation) }
    }
}

extension ScenarioSimulation {
    /// Node positions by the size of their change, largest first (ties in node order).
    public var byChange: [Int] {
        ids.indices.sorted { (abs(change[$0]), -$0) > (abs(change[$1]), -$1) }
    }
}

import GraphAlgorithms
import StrategyModel

/// One fuzzy-cognitive-map scenario, by node id: values some nodes start from, and levers
/// (clamps) held every step.
public struct InterventionScenario: Sendable, Codable, Hashable {
    public var name: String
    public var start: [String: Double]
    public var clamps: [String: Double]

    public init(name: String, start: [String: Double] = [:], clamps: [String: Double] = [:]) {
        self.name = name
        self.start = start
        self.clamps = clamps
    }
}

/// Intervention analysis as Mental Modeler runs it: a baseline run and one run per
/// scenario, all from the same start state (plus each scenario's own starts), and the change
/// each scenario makes to every node's steady state (scenario − baseline).
public struct InterventionAnalysis: Sendable, Codable {
    public struct Outcome: Sendable, Codable {
        public var scenario: InterventionScenario
        public var run: FuzzyCognitiveMap.Run
        /// Scenario steady state − baseline steady state, per node.
        public var change: [Double]
    }

    public var ids: [String]
    public var labels: [String]
    /// The nodes given a start value or held by a scenario: what a chart shows first.
    public var featured: Set<Int>
    public var baseline: FuzzyCognitiveMap.Run
    public var scenarios: [Outcome]

    /// - Parameters:
    ///   - start: start values for the baseline and every scenario (others start at
    ///     `options.initial`).
    ///   - scaling: how edge weights become the map's weights.
    /// - Throws: `FuzzyCognitiveMap.Failure` when `scaling` is `.none` and a weight is above 1.
    ///   Ids no node has are ignored; callers check them first.
    public init(_ circle: StrategyCircle, start: [String: Double] = [:], scenarios: [InterventionScenario],
                scaling: FuzzyCognitiveMap.Scaling = .maxAbs, options: FuzzyCognitiveMap.Options) throws(FuzzyCognitiveMap.Failure) {
        let weights = try FuzzyCognitiveMap.Weights(circle.adjacency, scaling: scaling)
        func indexed(_ values: [String: Double]) -> [Int: Double] {
            var result: [Int: Double] = [:]
            for (id, value) in values { if let v = circle.index(ofNode: id) { result[v] = value } }
            return result
        }
        ids = circle.nodes.map(\.id)
        labels = circle.nodes.map(\.label)
        let baseStart = indexed(start)
        featured = Set(baseStart.keys).union(scenarios.flatMap { Array(indexed($0.start).keys) + Array(indexed($0.clamps).keys) })
        let baseline = FuzzyCognitiveMap.simulate(weights, start: baseStart, options: options)
        self.baseline = baseline
        self.scenarios = scenarios.map { scenario in
            let run = FuzzyCognitiveMap.simulate(weights, start: baseStart.merging(indexed(scenario.start)) { $1 },
                                                 clamps: indexed(scenario.clamps), options: options)
            return Outcome(scenario: scenario, run: run, change: zip(run.steadyState, baseline.steadyState).map(-))
        }
    }

    /// Node positions by the largest change any scenario makes, largest first (ties in node
    /// order).
    public var byChange: [Int] {
        let largest = ids.indices.map { i in scenarios.map { abs($0.change[i]) }.max() ?? 0 }
        return ids.indices.sorted { (largest[$0], -$0) > (largest[$1], -$1) }
    }
}

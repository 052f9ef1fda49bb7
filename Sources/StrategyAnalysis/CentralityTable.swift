import GraphAlgorithms
import StrategyModel

/// A centrality measure the toolkit reports, with its name on the command line.
public enum CentralityMeasure: String, Sendable, CaseIterable, Codable {
    case degree, inDegree = "in-degree", outDegree = "out-degree"
    case strength, inStrength = "in-strength", outStrength = "out-strength"
    case betweenness, closeness, harmonic, eigenvector, pagerank, katz
    case reach, reachEfficiency = "reach-efficiency"

    /// One line on what a high value means in a strategy circle.
    public var meaning: String {
        switch self {
        case .degree: return "most direct edges"
        case .inDegree: return "influenced by the most nodes"
        case .outDegree: return "affects the most nodes directly"
        case .strength: return "heaviest total influence, in and out"
        case .inStrength: return "receives the most influence"
        case .outStrength: return "exerts the most influence"
        case .betweenness: return "lies on the most paths of strongest influence: a bridge"
        case .closeness: return "quickly reached from the rest of the circle"
        case .harmonic: return "near to the whole circle, also when parts do not reach it"
        case .eigenvector: return "influenced by influential nodes"
        case .pagerank: return "where influence flowing through the circle settles"
        case .katz: return "reached by many influence chains, short ones counting most"
        case .reach: return "reaches the largest share of the circle within two steps"
        case .reachEfficiency: return "reaches far beyond its direct edges"
        }
    }
}

/// Options for computing centralities on a circle.
public struct CentralityOptions: Sendable {
    /// Path lengths from weights: strength (1/weight, default), distance (weight), or none.
    public var weighting: PathWeighting = .strength
    /// Treat the circle as undirected (directions folded, strengths summed).
    public var undirected = false
    public var pageRankAlpha = 0.85
    /// Katz attenuation; nil picks 0.5/λmax.
    public var katzAlpha: Double?
    /// Skip the shortest-path measures (betweenness, closeness, harmonic: O(n·m)) when
    /// n·m exceeds this; they are then listed as unavailable with the reason. Nil: no limit.
    public var maxPathWork: Double?
    /// Threads for the path measures (0: all cores); the values do not depend on it.
    public var threads = 0
    /// Estimate betweenness from sampled paths with this guarantee (ε, δ) and seed instead of
    /// computing it exactly (`ApproximateBetweenness`); nil: exact.
    public var approximateBetweenness: (epsilon: Double, delta: Double, seed: UInt64)?
    public init() {}
}

/// Every centrality for every node of a circle, computed once.
public struct CentralityTable: Sendable {
    public let nodeIDs: [String]
    public private(set) var values: [CentralityMeasure: [Double]] = [:]
    /// Measures that have no value for this graph, with the reason (e.g. Katz diverging).
    public private(set) var unavailable: [CentralityMeasure: String] = [:]
    /// Measures that are estimates, with their guarantee (every output says so).
    public private(set) var approximations: [CentralityMeasure: ApproximateBetweenness.Guarantee] = [:]

    /// Computes `measures` on `circle` (pass `circle.activePart` to leave excluded nodes out).
    public init(_ circle: StrategyCircle, measures: [CentralityMeasure] = CentralityMeasure.allCases,
                options: CentralityOptions = .init()) {
        nodeIDs = circle.nodes.map(\.id)
        // A circle read as undirected is measured as undirected, each edge once.
        let view = options.undirected || circle.isUndirected
            ? GraphView.undirected(circle.adjacency, alreadySymmetric: circle.isUndirected)
            : GraphView(directed: circle.adjacency)
        let wanted = Set(measures)
        func want(_ m: CentralityMeasure...) -> Bool { m.contains(where: wanted.contains) }
        if want(.degree) { values[.degree] = DegreeCentrality.degree(view) }
        if want(.inDegree) { values[.inDegree] = DegreeCentrality.degree(view, direction: .in) }
        if want(.outDegree) { values[.outDegree] = DegreeCentrality.degree(view, direction: .out) }
        if want(.strength) { values[.strength] = DegreeCentrality.strength(view) }
        if want(.inStrength) { values[.inStrength] = DegreeCentrality.strength(view, direction: .in) }
        if want(.outStrength) { values[.outStrength] = DegreeCentrality.strength(view, direction: .out) }
        let pathWork = Double(view.nodeCount) * Double(max(view.adjacency.edgeCount, 1))
        if let limit = options.maxPathWork, pathWork > limit {
            for measure in [CentralityMeasure.betweenness, .closeness, .harmonic] where wanted.contains(measure) {
                unavailable[measure] = "skipped: \(view.nodeCount) nodes × \(view.adjacency.edgeCount) edges is too much "
                    + "shortest-path work for this report; run `circle centrality --measure \(measure.rawValue)`"
            }
        } else {
            if want(.betweenness), let sampling = options.approximateBetweenness {
                let estimate = ApproximateBetweenness.compute(view, weighting: options.weighting, epsilon: sampling.epsilon,
                                                              delta: sampling.delta, seed: sampling.seed, threads: options.threads)
                values[.betweenness] = estimate.nodes
                approximations[.betweenness] = estimate.guarantee
            } else if want(.betweenness) {
                values[.betweenness] = Betweenness.compute(view, weighting: options.weighting, threads: options.threads,
                                                           edges: false).nodes
            }
            if want(.closeness) { values[.closeness] = Closeness.closeness(view, weighting: options.weighting, threads: options.threads) }
            if want(.harmonic) { values[.harmonic] = Closeness.harmonic(view, weighting: options.weighting, threads: options.threads) }
        }
        func attempt(_ measure: CentralityMeasure, _ body: () throws(CentralityError) -> [Double]) {
            guard wanted.contains(measure) else { return }
            do { values[measure] = try body() } catch { unavailable[measure] = error.description }
        }
        // Flow measures always read weights as strengths; `weighting` is for path measures only.
        attempt(.eigenvector) { () throws(CentralityError) in try Spectral.eigenvector(view, weighted: true) }
        attempt(.pagerank) { () throws(CentralityError) in
            try Spectral.pageRank(view, alpha: options.pageRankAlpha, weighted: true)
        }
        attempt(.katz) { () throws(CentralityError) in try Spectral.katz(view, alpha: options.katzAlpha, weighted: true) }
        if want(.reach, .reachEfficiency) {
            let (reach, efficiency) = Reach.twoStep(view)
            if wanted.contains(.reach) { values[.reach] = reach }
            if wanted.contains(.reachEfficiency) { values[.reachEfficiency] = efficiency }
        }
    }

    /// Node indices by descending value (ties by node order), first `limit`.
    public func top(_ measure: CentralityMeasure, limit: Int) -> [(node: Int, value: Double)] {
        guard let column = values[measure] else { return [] }
        return column.enumerated().sorted { ($0.element, -$0.offset) > ($1.element, -$1.offset) }
            .prefix(limit).map { ($0.offset, $0.element) }
    }

    /// Rank of every node (1 = highest; ties share the better rank).
    public func ranks(_ measure: CentralityMeasure) -> [Int] {
        guard let column = values[measure] else { return [] }
        let order = column.indices.sorted { column[$0] > column[$1] }
        var ranks = [Int](repeating: 0, count: column.count)
        for (position, node) in order.enumerated() {
            let previous = position > 0 ? order[position - 1] : node
            ranks[node] = position > 0 && column[previous] == column[node] ? ranks[previous] : position + 1
        }
        return ranks
    }

    /// Each node's mean rank over those of `measures` this table holds (0 when it holds none):
    /// how the analysis picks its key nodes.
    public func meanRanks(_ measures: [CentralityMeasure]) -> [Double] {
        let columns = measures.filter { values[$0] != nil }.map(ranks)
        guard !columns.isEmpty else { return [Double](repeating: 0, count: nodeIDs.count) }
        return nodeIDs.indices.map { v in Double(columns.reduce(0) { $0 + $1[v] }) / Double(columns.count) }
    }
}

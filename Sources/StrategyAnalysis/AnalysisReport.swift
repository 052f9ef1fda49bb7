import GraphAlgorithms
import StrategyModel

/// Which cluster method to use for synergy clusters.
public enum ClusterAlgorithm: String, Sendable, CaseIterable, Codable {
    case leiden, louvain, labelprop
}

public struct ClusterOptions: Sendable {
    public var algorithm: ClusterAlgorithm = .leiden
    public var resolution = 1.0
    public var seed: UInt64 = 1
    /// Weigh negative ties (signed modularity) instead of ignoring them.
    public var signed = false
    public init() {}
}

/// Synergy clusters of a circle, with their modularity.
public struct ClusterResult: Sendable, Codable {
    public struct Cluster: Sendable, Codable {
        public var number: Int
        public var members: [String]
        /// The sector most of its members sit in, if any.
        public var mainSector: String?
        public var synergyDensity: Double
    }

    public var algorithm: ClusterAlgorithm
    public var resolution: Double
    public var seed: UInt64
    public var signed: Bool
    public var modularity: Double
    public var clusters: [Cluster]
    /// Cluster number (1-based) per node, in node order.
    public var membership: [Int]

    public init(_ circle: StrategyCircle, options: ClusterOptions = .init()) {
        let network = SynergyNetwork(circle.adjacency, alreadySymmetric: circle.isUndirected)
        let kind: Modularity.Kind = options.signed ? .signed : .positive
        let partition: Partition
        switch options.algorithm {
        case .leiden: partition = Leiden.clusters(network, kind: kind, resolution: options.resolution, seed: options.seed)
        case .louvain: partition = Louvain.clusters(network, kind: kind, resolution: options.resolution, seed: options.seed)
        case .labelprop: partition = LabelPropagation.clusters(network, seed: options.seed)
        }
        // Number clusters by size, largest first (ties by first member).
        let ordered = partition.clusters.sorted { ($0.count, -($0.first ?? 0)) > ($1.count, -($1.first ?? 0)) }
        var number = [Int](repeating: 0, count: circle.nodes.count)
        for (index, members) in ordered.enumerated() { for v in members { number[v] = index + 1 } }
        let density = SynergyDensity.byCluster(circle, number: number)
        algorithm = options.algorithm
        resolution = options.resolution
        seed = options.seed
        signed = options.signed
        modularity = Modularity.of(partition, in: network, kind: kind, resolution: options.resolution)
        membership = number
        clusters = ordered.enumerated().map { index, members in
            var sectorCount: [String: Int] = [:]
            for v in members { if let s = circle.nodes[v].sector { sectorCount[s, default: 0] += 1 } }
            let main = sectorCount.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            return Cluster(number: index + 1, members: members.map { circle.nodes[$0].id }, mainSector: main,
                           synergyDensity: density.groups[index].density)
        }
    }
}

/// What a strategist needs to see first about a circle: the summary, the most central
/// nodes and the measures that make them so, the synergy clusters, and how synergy is
/// spread over rings and sectors. `circle analyze` prints it.
public struct AnalysisReport: Sendable, Codable {
    public struct RankedNode: Sendable, Codable {
        public var id: String
        public var label: String
        public var value: Double
    }

    public struct Highlight: Sendable, Codable {
        public var measure: CentralityMeasure
        public var meaning: String
        public var top: [RankedNode]
    }

    /// A node that ranks high on several measures, with the measures as the reason.
    public struct KeyNode: Sendable, Codable {
        public var id: String
        public var label: String
        public var meanRank: Double
        public var topIn: [CentralityMeasure]
    }

    public var title: String?
    public var summary: CircleSummary
    public var keyNodes: [KeyNode]
    public var highlights: [Highlight]
    public var clusters: ClusterResult
    public var densityBySector: SynergyDensity?
    public var densityByRing: SynergyDensity?
    public var sectorAdjacency: SectorAdjacency?
    public var arrangement: SectorArrangement?
    /// Feedback loops: counts by polarity, the strongest, and the nodes that carry them.
    public var loops: LoopReport

    public static let reportedMeasures: [CentralityMeasure] = [.pagerank, .betweenness, .outStrength, .inStrength, .reach]
    /// Largest n·m for which the report computes betweenness (a few seconds on two cores).
    public static let maxPathWork = 2e8
    /// Measures left out, with the reason.
    public var unavailable: [String] = []
    /// Which findings hold on the stated edges alone (nil when the circle's evidence
    /// does not split into stated and other edges).
    public var evidence: EvidenceCheck?

    /// Analyses the active part of `circle` (excluded nodes are counted in the summary only).
    /// With `checkEvidence`, also says which findings hold on the stated layer (`EvidenceCheck`).
    public init(_ circle: StrategyCircle, clusterOptions: ClusterOptions = .init(), top: Int = 5,
                checkEvidence: Bool = true) {
        let active = circle.activePart
        summary = CircleSummary(of: circle)
        title = circle.metadata.title
        var centralityOptions = CentralityOptions()
        centralityOptions.maxPathWork = Self.maxPathWork
        let table = CentralityTable(active, measures: Self.reportedMeasures, options: centralityOptions)
        unavailable = table.unavailable.map { "\($0.key.rawValue): \($0.value)" }.sorted()
        func ranked(_ v: Int, _ value: Double) -> RankedNode {
            RankedNode(id: active.nodes[v].id, label: active.nodes[v].label, value: value)
        }
        highlights = Self.reportedMeasures.compactMap { measure in
            guard table.values[measure] != nil else { return nil }
            return Highlight(measure: measure, meaning: measure.meaning,
                             top: table.top(measure, limit: 3).map { ranked($0.node, $0.value) })
        }
        let ranks = Self.reportedMeasures.compactMap { table.values[$0] != nil ? ($0, table.ranks($0)) : nil }
        let meanRanks = table.meanRanks(Self.reportedMeasures)
        keyNodes = active.nodes.indices.map { v -> KeyNode in
            KeyNode(id: active.nodes[v].id, label: active.nodes[v].label, meanRank: meanRanks[v],
                    topIn: ranks.filter { $0.1[v] <= 3 }.map(\.0))
        }
        .sorted { ($0.meanRank, $0.id) < ($1.meanRank, $1.id) }
        .prefix(top).map { $0 }
        clusters = ClusterResult(active, options: clusterOptions)
        if !active.sectors.isEmpty {
            let bySector = SynergyDensity.bySector(active)
            densityBySector = bySector
            sectorAdjacency = SectorAdjacency(density: bySector)
            arrangement = SectorArrangement(density: bySector)
        }
        if !active.rings.isEmpty { densityByRing = SynergyDensity.byRing(active) }
        var loopQuery = LoopQuery()
        loopQuery.limit = 3
        loopQuery.timeBudget = .seconds(5)
        loops = LoopReport(active, query: loopQuery)
        if checkEvidence { evidence = EvidenceCheck(self, circle: circle, clusterOptions: clusterOptions) }
    }
}

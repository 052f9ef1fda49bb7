import GraphAlgorithms
import StrategyModel

/// What to recompute for a scenario (all by default).
public struct DiffOptions: Sendable {
    public var centrality = true
    public var clusters = true
    public var loops = true
    public var density = true
    public var reachability = true
    public var dynamics = true
    public var measures: [CentralityMeasure] = [.pagerank, .betweenness, .inStrength, .outStrength, .reach]
    public var clusterOptions = ClusterOptions()
    public var loopLimits = LoopCatalog.defaultLimits
    public var topMovers = 5
    /// Compute nothing else for the baseline when its loop enumeration is cut (the comparison
    /// will be refused anyway): how a command answers "cannot" quickly.
    public var stopWhenLoopsRefused = false
    public init() {}

    /// The parts this comparison computes.
    public var parts: Set<Part> {
        Set(Part.allCases.filter { part in
            switch part {
            case .centrality: centrality
            case .clusters: clusters
            case .loops: loops
            case .density: density
            case .reachability: reachability
            case .dynamics: dynamics
            }
        })
    }

    /// The parts of a comparison, as scripts and `--compute` name them.
    public enum Part: String, Sendable, CaseIterable {
        case centrality, clusters, loops, density, reachability, dynamics
    }

    /// Only `parts` recomputed.
    public init(computing parts: Set<Part>) {
        centrality = parts.contains(.centrality)
        clusters = parts.contains(.clusters)
        loops = parts.contains(.loops)
        density = parts.contains(.density)
        reachability = parts.contains(.reachability)
        dynamics = parts.contains(.dynamics)
    }

    /// Only what the keystone score needs: loops and reachability.
    public static var impactOnly: DiffOptions {
        var options = DiffOptions()
        options.centrality = false
        options.clusters = false
        options.density = false
        options.dynamics = false
        return options
    }
}

/// What a diff needs from the baseline, computed once and shared by every scenario of a sweep.
public struct DiffBaseline: Sendable {
    public let circle: StrategyCircle
    let active: StrategyCircle
    let options: DiffOptions
    let table: CentralityTable?
    let clusters: ClusterResult?
    /// The baseline's loops, enumerated once (nil when loops are not compared).
    public let loops: LoopCatalog?
    let ringDensity: SynergyDensity?
    let sectorDensity: SynergyDensity?
    let reach: Reachability?
    let dynamics: FuzzyCognitiveMap.Run?

    /// Computes what `options` compare; `manyScenarios` indexes the loops by influence, which
    /// pays off when many scenarios are compared with this baseline (sweeps).
    public init(_ circle: StrategyCircle, options: DiffOptions = .init(), manyScenarios: Bool = false) {
        self.circle = circle
        let active = circle.activePart
        self.active = active
        self.options = options
        loops = options.loops ? LoopCatalog(active, limits: options.loopLimits, indexed: manyScenarios) : nil
        let go = !(options.stopWhenLoopsRefused && loops?.isComplete == false)
        table = go && options.centrality ? CentralityTable(active, measures: options.measures) : nil
        clusters = go && options.clusters ? ClusterResult(active, options: options.clusterOptions) : nil
        ringDensity = go && options.density && !active.rings.isEmpty ? SynergyDensity.byRing(active) : nil
        sectorDensity = go && options.density && !active.sectors.isEmpty ? SynergyDensity.bySector(active) : nil
        reach = go && options.reachability ? Reachability(active) : nil
        dynamics = go && options.dynamics ? FuzzyCognitiveMap.simulate(active.adjacency) : nil
    }
}

/// Everything a scenario changes against its baseline. Both sides are read on their
/// active parts; nodes present on one side only are listed as removed or added.
public struct ScenarioDiff: Sendable, Codable {
    public struct Mover: Sendable, Codable {
        public var id: String
        public var before: Double
        public var after: Double
        public var rankBefore: Int
        public var rankAfter: Int
        public var change: Double { after - before }
    }

    public struct MeasureChange: Sendable, Codable {
        public var measure: CentralityMeasure
        /// Every common node, in baseline node order.
        public var nodes: [Mover]
        /// The largest absolute changes.
        public var topMovers: [Mover]
    }

    public struct ClusterChange: Sendable, Codable {
        public var modularityBefore: Double
        public var modularityAfter: Double
        /// Normalised mutual information of the two partitions on the common nodes.
        public var agreement: Double
        /// Common nodes whose cluster no longer matches their baseline cluster's best match.
        public var moved: [String]
    }

    public struct DensityChange: Sendable, Codable {
        public var grouping: String
        public var groups: [String]
        public var before: [Double]
        public var after: [Double]
    }

    public struct ReachChange: Sendable, Codable {
        /// Nodes of the baseline's core (its innermost ring); 0 for circles without rings.
        public var coreSize: Int
        public var coreReachBefore: Double
        public var coreReachAfter: Double
        /// Nodes that reached the core before and no longer do.
        public var lostCore: [String]
        public var piecesBefore: Int
        public var piecesAfter: Int
        /// Pieces split off the largest one (node ids), after the scenario.
        public var splitOff: [[String]]
        public var largestStronglyConnectedBefore: Int
        public var largestStronglyConnectedAfter: Int
    }

    public struct DynamicsChange: Sendable, Codable {
        /// Steady-state activation per common node (FCM, sigmoid, Kosko, from 1), before and after.
        public var ids: [String]
        public var before: [Double]
        public var after: [Double]

        /// Positions in `ids` by the size of the change, largest first (ties in order).
        public var byChange: [Int] {
            ids.indices.sorted { (abs(after[$0] - before[$0]), -$0) > (abs(after[$1] - before[$1]), -$1) }
        }
    }

    public var scenario: String
    public var removedNodes: [String]
    public var addedNodes: [String]
    public var removedEdges: [EdgeReference]
    public var addedEdges: [EdgeReference]
    /// Edges on both sides whose weight or sign the scenario changed.
    public var changedEdges: [EdgeReference]
    public var centrality: [MeasureChange]?
    public var clusters: ClusterChange?
    public var loops: LoopComparison?
    /// Why loops were not compared, when they were asked for but a limit cut an enumeration.
    public var loopsRefused: String?
    /// Labels of `addedNodes`, as the scenario names them.
    public var addedLabels: [String] = []
    /// Nodes before and after, for the impact's fallback.
    public var elementsBefore: Int
    public var elementsAfter: Int
    public var density: [DensityChange]?
    public var reachability: ReachChange?
    public var dynamics: DynamicsChange?

    /// One number for ranking scenarios by what they cost (docs/WHATIF.md): the mean of the
    /// components the baseline can lose — the share of its reinforcing loop gain lost, and the
    /// share of its core reach lost — or, when it has neither, the share of its nodes
    /// removed. 0 when nothing changes; 1 when everything is removed. Gains are reported
    /// separately and never offset a loss.
    public private(set) var impact: Double = 0

    private func impactScore() -> Double {
        var components: [Double] = []
        if let loops, loops.reinforcingGainBefore > 0 { components.append(loops.reinforcingGainLostShare) }
        if let reach = reachability, reach.coreSize > 0, reach.coreReachBefore > 0 {
            components.append(min(1, max(0, (reach.coreReachBefore - reach.coreReachAfter) / reach.coreReachBefore)))
        }
        if components.isEmpty {
            return elementsBefore > 0 ? Double(max(0, elementsBefore - elementsAfter)) / Double(elementsBefore) : 0
        }
        return components.reduce(0, +) / Double(components.count)
    }

    public init(baseline fullBaseline: StrategyCircle, scenario fullScenario: StrategyCircle, name: String,
                options: DiffOptions = .init()) {
        self.init(baseline: DiffBaseline(fullBaseline, options: options), scenario: fullScenario, name: name)
    }

    /// Against a precomputed baseline (its options decide what is compared).
    public init(baseline prepared: DiffBaseline, scenario fullScenario: StrategyCircle, name: String) {
        let options = prepared.options
        let baseline = prepared.active
        let changed = fullScenario.activePart
        scenario = name
        let before = Set(baseline.nodes.map(\.id))
        let after = Set(changed.nodes.map(\.id))
        removedNodes = baseline.nodes.map(\.id).filter { !after.contains($0) }
        addedNodes = changed.nodes.map(\.id).filter { !before.contains($0) }
        let match = EdgeCorrespondence(baseline: baseline, changed: changed)
        func reference(_ edge: Edge) -> EdgeReference { EdgeReference(from: edge.from, to: edge.to) }
        removedEdges = baseline.edges.indices.filter { match.after[$0] == nil }.map { reference(baseline.edges[$0]) }
        addedEdges = match.added.map { reference(changed.edges[$0]) }
        changedEdges = baseline.edges.indices.filter { match.isReweighted($0, baseline: baseline, changed: changed) }
            .map { reference(baseline.edges[$0]) }
        elementsBefore = baseline.nodes.count
        elementsAfter = changed.nodes.count
        let common = baseline.nodes.map(\.id).filter(after.contains)

        if options.centrality, let tableBefore = prepared.table {
            let tableAfter = CentralityTable(changed, measures: options.measures)
            centrality = options.measures.compactMap { measure -> MeasureChange? in
                guard let valuesBefore = tableBefore.values[measure], let valuesAfter = tableAfter.values[measure] else {
                    return nil
                }
                let ranksBefore = tableBefore.ranks(measure)
                let ranksAfter = tableAfter.ranks(measure)
                let movers = common.compactMap { id -> Mover? in
                    guard let b = baseline.index(ofNode: id), let a = changed.index(ofNode: id) else { return nil }
                    return Mover(id: id, before: valuesBefore[b], after: valuesAfter[a], rankBefore: ranksBefore[b],
                                 rankAfter: ranksAfter[a])
                }
                let top = movers.sorted { abs($0.change) > abs($1.change) }.prefix(options.topMovers)
                return MeasureChange(measure: measure, nodes: movers, topMovers: Array(top))
            }
        }

        if options.clusters, let clustersBefore = prepared.clusters {
            let clustersAfter = ClusterResult(changed, options: options.clusterOptions)
            let labelsBefore = common.map { clustersBefore.membership[baseline.index(ofNode: $0) ?? 0] }
            let labelsAfter = common.map { clustersAfter.membership[changed.index(ofNode: $0) ?? 0] }
            let moved = PartitionAgreement.moved(from: labelsBefore, to: labelsAfter).map { common[$0] }
            clusters = ClusterChange(
                modularityBefore: clustersBefore.modularity, modularityAfter: clustersAfter.modularity,
                agreement: common.isEmpty ? 1 : PartitionAgreement.normalizedMutualInformation(
                    Partition(labels: labelsBefore), Partition(labels: labelsAfter)),
                moved: moved)
        }

        if options.loops, let catalog = prepared.loops {
            do {
                loops = try LoopComparison(catalog, changed: changed, match: match)
            } catch {
                loopsRefused = error.description
            }
        }

        if options.density {
            var changes: [DensityChange] = []
            if let b = prepared.ringDensity {
                let a = SynergyDensity.byRing(changed)
                changes.append(DensityChange(grouping: "ring", groups: b.groups.map(\.id), before: b.groups.map(\.density),
                                             after: a.groups.map(\.density)))
            }
            if let b = prepared.sectorDensity {
                let a = SynergyDensity.bySector(changed)
                changes.append(DensityChange(grouping: "sector", groups: b.groups.map(\.id), before: b.groups.map(\.density),
                                             after: a.groups.map(\.density)))
            }
            density = changes
        }

        if options.reachability, let b = prepared.reach {
            let a = Reachability(changed)
            let stillThere = Set(a.reachingCore + a.notReachingCore + a.core)
            let reachesAfter = Set(a.reachingCore)
            reachability = ReachChange(
                coreSize: b.core.count,
                coreReachBefore: b.coreReachShare, coreReachAfter: Self.reachShare(a, baselineCore: Set(b.core)),
                lostCore: b.reachingCore.filter { stillThere.contains($0) && !reachesAfter.contains($0) },
                piecesBefore: b.pieces.count, piecesAfter: a.pieces.count, splitOff: Array(a.pieces.dropFirst()),
                largestStronglyConnectedBefore: b.largestStronglyConnected,
                largestStronglyConnectedAfter: a.largestStronglyConnected)
        }

        if options.dynamics, let runBefore = prepared.dynamics {
            let runAfter = FuzzyCognitiveMap.simulate(changed.adjacency)
            dynamics = DynamicsChange(
                ids: common,
                before: common.map { runBefore.steadyState[baseline.index(ofNode: $0) ?? 0] },
                after: common.map { runAfter.steadyState[changed.index(ofNode: $0) ?? 0] })
        }
        addedLabels = addedNodes.map { changed.node($0)?.label ?? $0 }
        impact = impactScore()
    }

    /// Core reach after the scenario, among the non-core nodes still present. When the
    /// whole core is removed, nothing reaches it.
    private static func reachShare(_ after: Reachability, baselineCore core: Set<String>) -> Double {
        if after.core.isEmpty { return core.isEmpty ? 1 : 0 }
        return after.coreReachShare
    }
}

import Foundation
import GraphAlgorithms
import StrategyModel
import Synchronization

/// Which findings survive doubt about the weights: the analyses re-run many times with every
/// weight drawn within its range, and for each finding the share of runs in which it holds.
///
/// Conventions: an edge's range is its `WeightDoubt` (a merged circle's participants'
/// spread), or ± `spread` of its weight (`Edge.signedRange`); each run draws every signed
/// weight uniformly and independently within its range (a draw across 0 reverses the edge's
/// sign; a draw of exactly 0 is the smallest positive weight: the edge stays, too weak to
/// matter). Run r draws from a SplitMix64 stream seeded by (seed, r) alone, so the figures do
/// not depend on the number of threads. The findings are the analysis' own:
/// - key nodes: a node is in the top k when fewer than k nodes have a strictly better
///   mean rank over `AnalysisReport.reportedMeasures` (ties are in together);
/// - clusters: a baseline cluster holds together when all its members share one cluster;
/// - strong loops: a baseline loop among the k with the greatest gain (ties in) stays among
///   the strongest when fewer than k loops have a strictly greater gain, and keeps its
///   polarity when its number of negative edges stays even or odd;
/// - keystones (what-if): a baseline top-k single removal by `ScenarioDiff.impact` stays in
///   the top k.
/// Each share p comes with its standard error √(p(1 − p)/runs).
public struct Robustness: Sendable, Codable {
    public struct Options: Sendable {
        public var runs = 1000
        public var seed: UInt64 = 1
        /// ± share of itself a weight without a declared range may vary; the default lets a
        /// hedged claim of the seed's weight rule (2) be read as minor (1) or explicit (3).
        public var spread = 0.5
        /// k for key nodes, strong loops and keystones.
        public var top = 5
        public var clusterOptions = ClusterOptions()
        /// Worker threads (nil: all cores). The figures are the same for every count.
        public var threads: Int?
        public init() {}
    }

    public struct Share: Sendable, Codable, Hashable {
        public var holds: Double
        public var standardError: Double
        init(_ count: Int, of runs: Int) {
            holds = runs > 0 ? Double(count) / Double(runs) : 0
            standardError = runs > 0 ? (holds * (1 - holds) / Double(runs)).squareRoot() : 0
        }
    }

    public struct NodeRow: Sendable, Codable, Hashable {
        public var id: String
        public var label: String
        /// The baseline's mean rank over the measures.
        public var meanRank: Double
        public var baselineTop: Bool
        public var inTop: Share
    }

    public struct ClusterRow: Sendable, Codable, Hashable {
        public var number: Int
        public var members: [String]
        public var holdsTogether: Share
    }

    public struct LoopRow: Sendable, Codable, Hashable {
        public var nodes: [String]
        public var polarity: LoopPolarity
        public var gain: Double
        public var staysStrong: Share
        public var keepsPolarity: Share
    }

    public struct KeystoneRow: Sendable, Codable, Hashable {
        public var id: String
        public var impact: Double
        public var staysTop: Share
    }

    /// Largest circle whose keystones are followed: every run removes every node in turn.
    public static let maxKeystoneNodes = 200

    public var runs: Int
    public var seed: UInt64
    public var spread: Double
    public var top: Int
    /// Edges whose range is wider than a point, and those whose range admits both signs.
    public var uncertainEdges: Int
    public var signUncertainEdges: Int
    /// Every active node, by how often it is in the top k (then baseline mean rank, then id).
    public var nodes: [NodeRow]
    public var clusters: [ClusterRow]
    /// The baseline's strongest loops (nil with `loopsNote` when the enumeration was cut).
    public var loops: [LoopRow]?
    public var loopsNote: String?
    public var keystones: [KeystoneRow]?
    public var keystonesNote: String?
    /// Measures the key-node ranking leaves out, with the reason.
    public var unavailable: [String]

    /// The findings of the active part of `circle` and how often each holds over `options.runs` draws.
    public init(_ circle: StrategyCircle, options: Options = .init()) throws(ModelValidationError) {
        let base = circle.activePart
        let k = max(options.top, 1)
        runs = max(options.runs, 0)
        seed = options.seed
        spread = options.spread
        top = k
        let ranges = base.edges.map { $0.signedRange(defaultSpread: options.spread) }
        uncertainEdges = ranges.filter { $0.lowerBound < $0.upperBound }.count
        signUncertainEdges = ranges.filter { $0.lowerBound < 0 && $0.upperBound > 0 }.count

        // The baseline's findings.
        let evaluator = Evaluator(circle: base, clusterOptions: options.clusterOptions)
        let baseline = evaluator.findings(of: base)
        unavailable = baseline.unavailable
        let baseClusters = baseline.clusters
        let strongLoops = evaluator.catalog.isComplete ? Self.topIndices(baseline.loopGains, k) : []
        let keystoneNames = baseline.keystones.map { Self.topIndices($0.map(\.impact), k).map { baseline.keystoneNames[$0] } } ?? []
        let inTopBase = Self.topIndices(baseline.meanRanks.map { -$0 }, k)

        // The runs, on all threads; counts are integers, so the sum does not depend on order.
        let counts = Mutex(Counts(nodes: base.nodes.count, clusters: baseClusters.count, loops: strongLoops.count,
                                  keystones: keystoneNames.count))
        let workers = max(1, min(options.threads ?? ProcessInfo.processInfo.activeProcessorCount, max(runs, 1)))
        let runCount = runs
        let seed = options.seed
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var local = Counts(nodes: base.nodes.count, clusters: baseClusters.count, loops: strongLoops.count,
                               keystones: keystoneNames.count)
            var r = worker
            while r < runCount {
                var generator = SplitMix64(seed: seed, stream: r)
                if let drawn = try? Self.draw(base, ranges: ranges, using: &generator) {
                    let found = evaluator.findings(of: drawn)
                    let ahead = Self.countsAbove(found.meanRanks.map { -$0 })
                    for v in ahead.indices where ahead[v] < k { local.inTop[v] += 1 }
                    for (c, members) in baseClusters.enumerated() where Set(members.map { found.membership[$0] }).count == 1 {
                        local.together[c] += 1
                    }
                    let strongerLoops = Self.countsAbove(found.loopGains)
                    for (slot, loop) in strongLoops.enumerated() {
                        if strongerLoops[loop] < k { local.strong[slot] += 1 }
                        if found.loopPolarities[loop] == baseline.loopPolarities[loop] { local.polarity[slot] += 1 }
                    }
                    if let entries = found.keystones {
                        let ahead = Dictionary(uniqueKeysWithValues: zip(found.keystoneNames, Self.countsAbove(entries.map(\.impact))))
                        for (slot, name) in keystoneNames.enumerated() where (ahead[name] ?? entries.count) < k {
                            local.keystone[slot] += 1
                        }
                    }
                    local.completed += 1
                }
                r += workers
            }
            counts.withLock { $0.add(local) }
        }
        let total = counts.withLock { $0 }
        let done = total.completed
        nodes = base.nodes.indices.map { v in
            NodeRow(id: base.nodes[v].id, label: base.nodes[v].label, meanRank: baseline.meanRanks[v],
                       baselineTop: inTopBase.contains(v), inTop: Share(total.inTop[v], of: done))
        }
        .sorted { ($1.inTop.holds, $0.meanRank, $0.id) < ($0.inTop.holds, $1.meanRank, $1.id) }
        clusters = baseClusters.enumerated().map { c, members in
            ClusterRow(number: c + 1, members: members.map { base.nodes[$0].id }, holdsTogether: Share(total.together[c], of: done))
        }
        if evaluator.catalog.isComplete {
            loops = strongLoops.enumerated().map { slot, loop in
                let shown = evaluator.catalog.loop(loop)
                return LoopRow(nodes: shown.nodes, polarity: shown.polarity, gain: shown.gain,
                               staysStrong: Share(total.strong[slot], of: done), keepsPolarity: Share(total.polarity[slot], of: done))
            }
        } else {
            loops = nil
            loopsNote = evaluator.catalog.refusal ?? "the loop enumeration was cut; loops are not ranked"
        }
        if baseline.keystones != nil {
            keystones = keystoneNames.enumerated().map { slot, name in
                let entry = baseline.keystones?.first { $0.name == name }
                return KeystoneRow(id: entry?.removed.joined(separator: ", ") ?? name, impact: entry?.impact ?? 0,
                            staysTop: Share(total.keystone[slot], of: done))
            }
        } else {
            keystonesNote = baseline.keystoneNote
        }
        runs = done
    }

    /// For each value, how many values are strictly greater: its place in a ranking where ties
    /// share the better place. O(n log n).
    static func countsAbove(_ values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var counts = [Int](repeating: 0, count: values.count)
        for (position, i) in order.enumerated() {
            counts[i] = position > 0 && values[order[position - 1]] == values[i] ? counts[order[position - 1]] : position
        }
        return counts
    }

    /// Positions of the k largest values, ties at the k-th included, largest first (then by position).
    static func topIndices(_ values: [Double], _ k: Int) -> [Int] {
        let order = values.indices.sorted { (values[$1], $0) < (values[$0], $1) }
        guard order.count > k else { return order }
        let cut = values[order[k - 1]]
        return order.filter { values[$0] >= cut }
    }

    /// `circle` with every edge's signed weight drawn uniformly within its range.
    static func draw(_ circle: StrategyCircle, ranges: [ClosedRange<Double>],
                     using generator: inout SplitMix64) throws(ModelValidationError) -> StrategyCircle {
        var edges = circle.edges
        for e in edges.indices {
            let range = ranges[e]
            let u = generator.nextUnit()
            let value = range.lowerBound + (range.upperBound - range.lowerBound) * u
            let (weight, sign) = Sign.split(signedWeight: value)
            edges[e].weight = max(weight, .leastNormalMagnitude)
            edges[e].sign = sign
            edges[e].doubt = nil
        }
        return try StrategyCircle(metadata: circle.metadata, rings: circle.rings, sectors: circle.sectors,
                                  nodes: circle.nodes, edges: edges, isUndirected: circle.isUndirected)
    }

    struct Counts {
        var inTop: [Int], together: [Int], strong: [Int], polarity: [Int], keystone: [Int]
        var completed = 0
        init(nodes: Int, clusters: Int, loops: Int, keystones: Int) {
            inTop = Array(repeating: 0, count: nodes)
            together = Array(repeating: 0, count: clusters)
            strong = Array(repeating: 0, count: loops)
            polarity = Array(repeating: 0, count: loops)
            keystone = Array(repeating: 0, count: keystones)
        }
        mutating func add(_ other: Counts) {
            for i in inTop.indices { inTop[i] += other.inTop[i] }
            for i in together.indices { together[i] += other.together[i] }
            for i in strong.indices { strong[i] += other.strong[i] }
            for i in polarity.indices { polarity[i] += other.polarity[i] }
            for i in keystone.indices { keystone[i] += other.keystone[i] }
            completed += other.completed
        }
    }

    /// The findings of one circle of the baseline's structure (same nodes and edges, other weights).
    struct Evaluator: Sendable {
        struct Findings {
            var meanRanks: [Double]
            var clusters: [[Int]]
            var membership: [Int]
            var loopGains: [Double]
            var loopPolarities: [LoopPolarity]
            var keystones: [Sweep.Entry]?
            var keystoneNote: String?
            /// Measures the ranking left out, with the reason.
            var unavailable: [String]
            var keystoneNames: [String] { keystones?.map(\.name) ?? [] }
        }

        let clusterOptions: ClusterOptions
        /// The baseline's loops; a draw changes their gains and polarities, never which exist.
        let catalog: LoopCatalog
        let scenarios: [Scenario]

        init(circle: StrategyCircle, clusterOptions: ClusterOptions) {
            self.clusterOptions = clusterOptions
            catalog = LoopCatalog(circle, indexed: false)
            scenarios = Sweep.scenarios(.single, circle: circle)
        }

        func findings(of circle: StrategyCircle) -> Findings {
            var options = CentralityOptions()
            options.maxPathWork = AnalysisReport.maxPathWork
            let table = CentralityTable(circle, measures: AnalysisReport.reportedMeasures, options: options)
            let clusters = ClusterResult(circle, options: clusterOptions)
            let groups = clusters.clusters.map { $0.members.compactMap(circle.index(ofNode:)) }
            var gains: [Double] = [], polarities: [LoopPolarity] = []
            if catalog.isComplete {
                let g = circle.adjacency
                let yardstick = LoopClassification.yardstick(of: g)
                for loop in 0..<catalog.count {
                    let kind = LoopClassification(edges: catalog.edges(ofLoop: loop), in: g, yardstick: yardstick)
                    gains.append(kind.gain)
                    polarities.append(kind.polarity)
                }
            }
            var keystones: [Sweep.Entry]?
            var note: String?
            if scenarios.count <= Robustness.maxKeystoneNodes {
                do {
                    keystones = try Sweep.run(scenarios, on: circle, options: .impactOnly, threads: 1).entries
                } catch {
                    note = error.description
                }
            } else {
                note = "keystones are followed up to \(Robustness.maxKeystoneNodes) nodes (each run removes every one)"
            }
            return Findings(meanRanks: table.meanRanks(AnalysisReport.reportedMeasures), clusters: groups,
                            membership: clusters.membership, loopGains: gains, loopPolarities: polarities,
                            keystones: keystones, keystoneNote: note,
                            unavailable: table.unavailable.map { "\($0.key.rawValue): \($0.value)" }.sorted())
        }
    }
}

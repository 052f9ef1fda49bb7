import GraphAlgorithms
import StrategyModel

/// One influence on a feedback loop, with the evidence behind it.
public struct LoopEdge: Sendable, Codable, Hashable {
    public var from: String
    public var to: String
    public var weight: Double
    /// "+" or "-".
    public var sign: String
    public var evidence: Evidence
    /// The source's words, for a stated influence.
    public var quote: String?
    /// The reader's reason, for an inferred influence.
    public var reason: String?

    public init(_ edge: Edge) {
        from = edge.from
        to = edge.to
        weight = edge.weight
        sign = edge.sign.symbol
        evidence = edge.provenance.evidence
        quote = edge.provenance.quote
        reason = edge.provenance.reason
    }
}

/// A feedback loop of the circle: an elementary loop with its polarity and gain.
public struct FeedbackLoop: Sendable, Codable, Hashable {
    /// Node ids in loop order, starting at the node that comes first in the circle's node
    /// order (the canonical rotation); the last edges back to the first.
    public var nodes: [String]
    public var length: Int { nodes.count }
    public var polarity: LoopPolarity
    public var negativeEdges: Int
    /// Loop gain: the product of the edge strengths around the loop, each scaled to (0, 1]
    /// by the circle's largest weight (as fuzzy cognitive maps scale weights), so a loop is
    /// as strong as its edges allow and a longer loop never gains by length alone.
    public var gain: Double
    /// The product of the edge weights as written in the file.
    public var rawGain: Double
    /// Rings and sectors the loop passes through, in order of first visit.
    public var rings: [String]
    public var sectors: [String]
    /// The loop's edges in loop order, each with its evidence.
    public var edges: [LoopEdge]
    /// The weakest evidence on the loop: `stated` only when the text states every edge.
    public var evidence: Evidence
}

extension FeedbackLoop {
    /// The loop of `circle` through `edges` (positions in `circle.edges`, in loop order),
    /// in canonical rotation, classified by `LoopClassification` against `yardstick`.
    public init(edges: [Int32], in circle: StrategyCircle, yardstick: Double) {
        let g = circle.adjacency
        let (nodes, ordered) = LoopClassification.canonical(nodes: edges.map { g.edgeSources[Int($0)] }, edges: edges)
        let kind = LoopClassification(edges: ordered, in: g, yardstick: yardstick)
        var rings: [String] = []
        var sectors: [String] = []
        for v in nodes {
            let node = circle.nodes[Int(v)]
            if let ring = node.ring, !rings.contains(ring) { rings.append(ring) }
            if let sector = node.sector, !sectors.contains(sector) { sectors.append(sector) }
        }
        let loopEdges = ordered.map { LoopEdge(circle.edges[Int($0)]) }
        self.init(nodes: nodes.map { circle.nodes[Int($0)].id }, polarity: kind.polarity,
                  negativeEdges: kind.negativeEdges, gain: kind.gain, rawGain: kind.rawGain, rings: rings,
                  sectors: sectors, edges: loopEdges, evidence: loopEdges.map(\.evidence).max() ?? .unspecified)
    }
}

/// What to enumerate and which loops to keep.
public struct LoopQuery: Sendable {
    public enum Order: String, Sendable, CaseIterable { case gain, length }

    public var minLength = 1
    public var maxLength: Int?
    public var polarity: LoopPolarity?
    /// Keep only loops through all of these node ids.
    public var throughNodes: [String] = []
    /// Keep only loops through this edge (from, to).
    public var throughEdge: EdgeReference?
    /// How many loops to list (the strongest, by `order`).
    public var limit = 20
    public var order = Order.gain
    /// Stop enumerating after this many loops / this long (the report says so).
    public var maxCount: Int? = LoopQuery.defaultMaxCount
    public var timeBudget: Duration? = .seconds(LoopQuery.defaultTimeBudgetSeconds)
    /// Most loops enumerated unless told otherwise.
    public static let defaultMaxCount = 1_000_000
    /// Seconds an enumeration may take unless told otherwise.
    public static let defaultTimeBudgetSeconds = 30.0
    public init() {}
}

/// The loops of a circle: counts by polarity, the strongest, and who carries them.
///
/// Loops are streamed from `LoopSearch` and only the `limit` strongest are kept,
/// so memory stays flat however many loops there are; counts and participation cover every
/// loop that passed the filters.
public struct LoopReport: Sendable, Codable {
    public struct Participation: Sendable, Codable {
        public var id: String
        public var reinforcing: Int
        public var balancing: Int
        public var reinforcingGain: Double
        public var balancingGain: Double
    }

    public struct EdgeParticipation: Sendable, Codable {
        public var from: String
        public var to: String
        public var reinforcing: Int
        public var balancing: Int
        public var reinforcingGain: Double
        public var balancingGain: Double
    }

    /// The strongest loops that passed the filters, ranked.
    public var loops: [FeedbackLoop]
    public var matching: Int
    public var reinforcing: Int
    public var balancing: Int
    /// Summed (scaled) gain of the reinforcing loops: how much self-reinforcement the circle holds.
    public var totalReinforcingGain: Double
    /// All loops seen by the enumeration (before filters).
    public var enumerated: Int
    public var completion: LoopSearch.Completion
    /// Per node and per edge, over matching loops; nodes and edges in no loop are left out.
    public var nodes: [Participation]

    /// The nodes that carry the most reinforcing gain, strongest first (ties in `nodes` order).
    public func strongestCarriers(_ limit: Int) -> [Participation] {
        Array(nodes.enumerated().sorted { ($0.element.reinforcingGain, -$0.offset) > ($1.element.reinforcingGain, -$1.offset) }
            .prefix(limit).map(\.element))
    }
    public var edges: [EdgeParticipation]

    public init(_ circle: StrategyCircle, query: LoopQuery = .init()) {
        let g = circle.adjacency
        let n = circle.nodes.count
        let through = query.throughNodes.compactMap { circle.index(ofNode: $0) }
        let throughEdge: Int? = query.throughEdge.flatMap { circle.edge($0)?.index }
        var nodeCounts = [(r: Int, b: Int, rg: Double, bg: Double)](repeating: (0, 0, 0, 0), count: n)
        var edgeCounts = [(r: Int, b: Int, rg: Double, bg: Double)](repeating: (0, 0, 0, 0), count: g.edgeCount)
        var kept: [(loop: [Int32], edges: [Int32], gain: Double)] = []
        let yardstick = LoopClassification.yardstick(of: g)
        var matching = 0, reinforcing = 0, balancing = 0
        var totalGain = 0.0
        var onLoop = [Bool](repeating: false, count: n)
        func better(_ a: (gain: Double, length: Int), than b: (gain: Double, length: Int)) -> Bool {
            query.order == .gain ? (a.gain, -a.length) > (b.gain, -b.length) : (-a.length, a.gain) > (-b.length, b.gain)
        }
        let limits = LoopSearch.Limits(maxLength: query.maxLength, maxCount: query.maxCount,
                                               timeBudget: query.timeBudget)
        let (completion, seen) = LoopSearch.enumerate(g, limits: limits) { loop, edges in
            guard loop.count >= query.minLength else { return true }
            if !through.isEmpty {
                for v in loop { onLoop[Int(v)] = true }
                let passes = through.allSatisfy { onLoop[$0] }
                for v in loop { onLoop[Int(v)] = false }
                guard passes else { return true }
            }
            if let throughEdge, !edges.contains(Int32(throughEdge)) { return true }
            let kind = LoopClassification(edges: edges, in: g, yardstick: yardstick)
            let polarity = kind.polarity
            let gain = kind.gain
            if let wanted = query.polarity, wanted != polarity { return true }
            matching += 1
            if polarity == .reinforcing { reinforcing += 1; totalGain += gain } else { balancing += 1 }
            for v in loop {
                if polarity == .reinforcing { nodeCounts[Int(v)].r += 1; nodeCounts[Int(v)].rg += gain } else {
                    nodeCounts[Int(v)].b += 1; nodeCounts[Int(v)].bg += gain
                }
            }
            for e in edges {
                if polarity == .reinforcing { edgeCounts[Int(e)].r += 1; edgeCounts[Int(e)].rg += gain } else {
                    edgeCounts[Int(e)].b += 1; edgeCounts[Int(e)].bg += gain
                }
            }
            // Keep the `limit` best: replace the worst kept when full.
            let candidate = (loop: loop, edges: edges, gain: gain)
            if kept.count < query.limit {
                kept.append(candidate)
            } else if let worst = kept.indices.min(by: { better((kept[$1].gain, kept[$1].loop.count), than: (kept[$0].gain, kept[$0].loop.count)) }),
                      better((gain, loop.count), than: (kept[worst].gain, kept[worst].loop.count)) {
                kept[worst] = candidate
            }
            return true
        }
        kept.sort { lhs, rhs in
            if better((lhs.gain, lhs.loop.count), than: (rhs.gain, rhs.loop.count)) { return true }
            if better((rhs.gain, rhs.loop.count), than: (lhs.gain, lhs.loop.count)) { return false }
            return lhs.loop.lexicographicallyPrecedes(rhs.loop)
        }
        loops = kept.map { FeedbackLoop(edges: $0.edges, in: circle, yardstick: yardstick) }
        self.matching = matching
        self.reinforcing = reinforcing
        self.balancing = balancing
        self.totalReinforcingGain = totalGain
        self.enumerated = seen
        self.completion = completion
        nodes = nodeCounts.enumerated().filter { $0.element.r + $0.element.b > 0 }
            .sorted { ($0.element.r, $0.element.rg, -$0.offset) > ($1.element.r, $1.element.rg, -$1.offset) }
            .map { Participation(id: circle.nodes[$0.offset].id, reinforcing: $0.element.r, balancing: $0.element.b,
                                 reinforcingGain: $0.element.rg, balancingGain: $0.element.bg) }
        edges = edgeCounts.enumerated().filter { $0.element.r + $0.element.b > 0 }
            .sorted { ($0.element.r, $0.element.rg, -$0.offset) > ($1.element.r, $1.element.rg, -$1.offset) }
            .map { EdgeParticipation(from: circle.edges[$0.offset].from, to: circle.edges[$0.offset].to,
                                  reinforcing: $0.element.r, balancing: $0.element.b,
                                  reinforcingGain: $0.element.rg, balancingGain: $0.element.bg) }
    }
}

/// A strategy circle: ordered rings and sectors, the nodes placed on them, and the signed,
/// weighted, directed edges between nodes.
///
/// An immutable value. The initialiser validates the parts (unique ids, known rings,
/// sectors and endpoints, valid weights, no parallel edges) and derives the CSR
/// `adjacency` once; algorithms work on that, never on the string ids.
public struct StrategyCircle: Sendable {
    /// Descriptive facts about a circle; none of them affects the analysis.
    public struct Metadata: Hashable, Sendable {
        public var title: String?
        public var titleEN: String?
        /// Where the circle comes from (a citation or an address).
        public var source: String?
        /// Free text: how the circle was built, the weighting rule used, …
        public var notes: String?
        /// The workshop participants whose circles were merged into this one (`CircleMerge`);
        /// edges name who drew them (`Edge.drawnBy`).
        public var participants: [String]
        public init(title: String? = nil, titleEN: String? = nil, source: String? = nil, notes: String? = nil,
                    participants: [String] = []) {
            self.title = title
            self.titleEN = titleEN
            self.source = source
            self.notes = notes
            self.participants = participants
        }
    }

    public let metadata: Metadata
    /// Rings from the centre outwards; empty for graphs without rings.
    public let rings: [Ring]
    /// Sectors in order around the circle; empty for graphs without sectors.
    public let sectors: [Sector]
    public let nodes: [Node]
    public let edges: [Edge]
    /// Compact index form of `edges`; node `i` of the adjacency is `nodes[i]`, edge `e` is `edges[e]`.
    public let adjacency: Adjacency
    /// True when the circle was read from an undirected source (a DOT `graph`, an edge list
    /// whose rows are all `Undirected`): every edge is stored as two directed edges of the
    /// same weight and sign, and undirected measures count each edge once, not twice.
    public let isUndirected: Bool

    private let nodeIndexByID: [String: Int]
    private let ringIndexByID: [String: Int]
    private let sectorIndexByID: [String: Int]

    /// Builds and validates a circle.
    ///
    /// - Throws: `ModelValidationError` listing every issue found, in node order.
    /// - Complexity: O(n + m) expected, plus the did-you-mean search for unknown ids.
    public init(
        metadata: Metadata = Metadata(),
        rings: [Ring] = [],
        sectors: [Sector] = [],
        nodes: [Node],
        edges: [Edge],
        isUndirected: Bool = false
    ) throws(ModelValidationError) {
        try self.init(metadata: metadata, rings: rings, sectors: sectors, nodes: nodes, edges: edges,
                      isUndirected: isUndirected, endpoints: nil)
    }

    /// Builds and validates a circle whose readers already know each edge's endpoints as
    /// positions in `nodes` (`endpoints.sources[e]` is the index of `edges[e].from`), so
    /// the ids are not looked up again.
    package init(
        metadata: Metadata = Metadata(),
        rings: [Ring] = [],
        sectors: [Sector] = [],
        nodes: [Node],
        edges: [Edge],
        isUndirected: Bool = false,
        endpoints: (sources: [Int32], targets: [Int32])?
    ) throws(ModelValidationError) {
        var issues: [ModelIssue] = []

        func indexIDs(_ ids: [String], emptyAt: (Int) -> ModelIssue.Subject,
                      duplicate: (String, Int) -> ModelIssue.Problem) -> [String: Int] {
            var index: [String: Int] = [:]
            index.reserveCapacity(ids.count)
            for (position, id) in ids.enumerated() {
                if id.isEmpty {
                    issues.append(ModelIssue(.emptyID, at: emptyAt(position)))
                } else if let first = index[id] {
                    issues.append(ModelIssue(duplicate(id, first), at: emptyAt(position)))
                } else {
                    index[id] = position
                }
            }
            return index
        }

        let ringIndex = indexIDs(rings.map(\.id), emptyAt: { .ring(index: $0) },
                                 duplicate: { .duplicateRing(id: $0, firstIndex: $1) })
        let sectorIndex = indexIDs(sectors.map(\.id), emptyAt: { .sector(index: $0) },
                                   duplicate: { .duplicateSector(id: $0, firstIndex: $1) })
        let nodeIndex = indexIDs(nodes.map(\.id), emptyAt: { .node(index: $0, field: .id) },
                                 duplicate: { .duplicateNode(id: $0, firstIndex: $1) })

        for (position, node) in nodes.enumerated() {
            if let ring = node.ring, ringIndex[ring] == nil {
                let suggestion = Suggestion.closest(to: ring, among: rings.map(\.id))
                issues.append(ModelIssue(.unknownRing(id: ring, suggestion: suggestion),
                                         at: .node(index: position, field: .ring)))
            }
            if let sector = node.sector, sectorIndex[sector] == nil {
                let suggestion = Suggestion.closest(to: sector, among: sectors.map(\.id))
                issues.append(ModelIssue(.unknownSector(id: sector, suggestion: suggestion),
                                         at: .node(index: position, field: .sector)))
            }
        }

        var sources = endpoints?.sources ?? [Int32](repeating: -1, count: edges.count)
        var targets = endpoints?.targets ?? [Int32](repeating: -1, count: edges.count)
        if endpoints == nil {
            for (position, edge) in edges.enumerated() {
                if let from = nodeIndex[edge.from] { sources[position] = Int32(from) }
                if let to = nodeIndex[edge.to] { targets[position] = Int32(to) }
            }
        }
        let firstOfDuplicate = Self.duplicateEdges(sources: sources, targets: targets, nodeCount: nodes.count)
        for (position, edge) in edges.enumerated() {
            if sources[position] < 0 {
                let suggestion = Suggestion.closest(to: edge.from, among: nodeIndex.keys)
                issues.append(ModelIssue(.unknownNode(id: edge.from, suggestion: suggestion),
                                         at: .edge(index: position, field: .from)))
            }
            if targets[position] < 0 {
                let suggestion = Suggestion.closest(to: edge.to, among: nodeIndex.keys)
                issues.append(ModelIssue(.unknownNode(id: edge.to, suggestion: suggestion),
                                         at: .edge(index: position, field: .to)))
            }
            if !(edge.weight.isFinite && edge.weight > 0) {
                issues.append(ModelIssue(.invalidWeight(edge.weight), at: .edge(index: position, field: .weight)))
            } else if edge.doubt != nil, let problem = edge.doubtProblem() {
                issues.append(ModelIssue(problem, at: .edge(index: position, field: .doubt)))
            }
            for name in edge.drawnBy where !metadata.participants.contains(name) {
                issues.append(ModelIssue(.unknownParticipant(name: name, suggestion: Suggestion.closest(to: name, among: metadata.participants)),
                                         at: .edge(index: position, field: .drawnBy)))
            }
            if let first = firstOfDuplicate[position] {
                issues.append(ModelIssue(.duplicateEdge(from: edge.from, to: edge.to, firstIndex: first),
                                         at: .edge(index: position, field: .whole)))
            }
        }

        guard issues.isEmpty else { throw ModelValidationError(issues: issues) }

        self.metadata = metadata
        self.rings = rings
        self.sectors = sectors
        self.nodes = nodes
        self.edges = edges
        self.isUndirected = isUndirected
        self.nodeIndexByID = nodeIndex
        self.ringIndexByID = ringIndex
        self.sectorIndexByID = sectorIndex
        self.adjacency = Adjacency(
            nodeCount: nodes.count,
            sources: sources,
            targets: targets,
            weights: edges.map(\.weight),
            signs: edges.map(\.sign.rawValue)
        )
    }

    /// For each edge that repeats an earlier edge's source and target, the earlier edge's
    /// position. Edges with an unknown end (index < 0) are left out.
    ///
    /// - Complexity: O(n + m) without hashing: edges are grouped by source in edge order
    ///   (a stable counting sort), and a mark per target says which source saw it last.
    private static func duplicateEdges(sources: [Int32], targets: [Int32], nodeCount: Int) -> [Int: Int] {
        var rowStarts = [Int](repeating: 0, count: nodeCount + 1)
        for (source, target) in zip(sources, targets) where source >= 0 && target >= 0 { rowStarts[Int(source) + 1] += 1 }
        for v in 0..<nodeCount { rowStarts[v + 1] += rowStarts[v] }
        var next = rowStarts
        var grouped = [Int32](repeating: 0, count: rowStarts[nodeCount])
        for (edge, (source, target)) in zip(sources, targets).enumerated() where source >= 0 && target >= 0 {
            grouped[next[Int(source)]] = Int32(edge)
            next[Int(source)] += 1
        }
        var lastSource = [Int32](repeating: -1, count: nodeCount)
        var firstEdge = [Int32](repeating: 0, count: nodeCount)
        var duplicates: [Int: Int] = [:]
        for v in 0..<nodeCount {
            for slot in rowStarts[v]..<rowStarts[v + 1] {
                let edge = grouped[slot]
                let target = Int(targets[Int(edge)])
                if lastSource[target] == Int32(v) {
                    duplicates[Int(edge)] = Int(firstEdge[target])
                } else {
                    lastSource[target] = Int32(v)
                    firstEdge[target] = edge
                }
            }
        }
        return duplicates
    }

    /// Position of the node with this id in `nodes` (and in `adjacency`).
    public func index(ofNode id: String) -> Int? { nodeIndexByID[id] }
    /// The node with this id.
    public func node(_ id: String) -> Node? { nodeIndexByID[id].map { nodes[$0] } }
    /// Position of a ring in `rings`, counted from the centre.
    public func index(ofRing id: String) -> Int? { ringIndexByID[id] }
    /// Position of a sector in `sectors`, counted around the circle.
    public func index(ofSector id: String) -> Int? { sectorIndexByID[id] }

    /// Ids of the nodes that are named but left out of the analysis.
    public var excludedNodes: [Node] { nodes.filter { !$0.isActive } }

    /// The circle without its excluded nodes and the edges that touch them: the part that
    /// the analysis measures. Returns `self` when nothing is excluded.
    public var activePart: StrategyCircle {
        guard nodes.contains(where: { !$0.isActive }) else { return self }
        let kept = nodes.filter(\.isActive)
        let keptIDs = Set(kept.map(\.id))
        let keptEdges = edges.filter { keptIDs.contains($0.from) && keptIDs.contains($0.to) }
        // A subset of a valid circle is valid, so this cannot throw.
        do {
            return try StrategyCircle(metadata: metadata, rings: rings, sectors: sectors,
                                      nodes: kept, edges: keptEdges, isUndirected: isUndirected)
        } catch {
            preconditionFailure("a subset of a valid circle failed validation: \(error)")
        }
    }
}

extension StrategyCircle {
    /// Which edges an analysis reads, by their evidence class.
    public enum EvidenceLayer: String, Sendable, CaseIterable {
        /// Only edges the source states.
        case stated
        /// Stated and inferred edges (those with unspecified evidence left out).
        case inferred
        /// Every influence.
        case all

        /// True when an edge of this evidence class belongs to the layer.
        public func admits(_ evidence: Evidence) -> Bool {
            switch self {
            case .stated: return evidence == .stated
            case .inferred: return evidence != .unspecified
            case .all: return true
            }
        }
    }

    /// The circle with every node but only the edges of `layer`. Returns `self` for `.all`.
    public func restricted(to layer: EvidenceLayer) -> StrategyCircle {
        guard layer != .all else { return self }
        let kept = edges.filter { layer.admits($0.provenance.evidence) }
        // Dropping edges from a valid circle leaves a valid circle, so this cannot throw.
        do {
            return try StrategyCircle(metadata: metadata, rings: rings, sectors: sectors, nodes: nodes, edges: kept,
                                      isUndirected: isUndirected)
        } catch {
            preconditionFailure("a subset of a valid circle failed validation: \(error)")
        }
    }

    /// How many edges carry each evidence class.
    public var edgeCountByEvidence: [Evidence: Int] {
        edges.reduce(into: [:]) { counts, edge in counts[edge.provenance.evidence, default: 0] += 1 }
    }
}

extension StrategyCircle: Equatable {
    /// Two circles are equal when their metadata, rings, sectors, nodes and edges are, in order.
    public static func == (lhs: StrategyCircle, rhs: StrategyCircle) -> Bool {
        lhs.metadata == rhs.metadata && lhs.rings == rhs.rings && lhs.sectors == rhs.sectors
            && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges && lhs.isUndirected == rhs.isUndirected
    }
}

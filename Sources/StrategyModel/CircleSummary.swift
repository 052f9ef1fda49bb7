/// Counts that describe a circle at a glance: what `circle info` prints.
public struct CircleSummary: Hashable, Sendable, Codable {
    /// Nodes on one ring or in one sector.
    public struct Group: Hashable, Sendable, Codable {
        public var id: String
        public var label: String
        public var active: Int
        public var excluded: Int
    }

    /// How many edges of one kind or sign, counting only edges between active nodes.
    public struct Tally: Hashable, Sendable, Codable {
        public var name: String
        public var count: Int
    }

    public var title: String?
    public var nodes: Int
    public var activeNodes: Int
    public var edges: Int
    /// Edges whose both ends are active: the ones the analysis measures.
    public var activeEdges: Int
    /// Rings from the centre outwards; nodes without a ring are counted under id "".
    public var rings: [Group]
    /// Sectors around the circle; nodes without a sector (the core) are counted under id "".
    public var sectors: [Group]
    public var edgesBySign: [Tally]
    public var edgesByKind: [Tally]
    public var excludedNodes: [String]

    /// - Complexity: O(n + m).
    public init(of circle: StrategyCircle) {
        title = circle.metadata.title
        nodes = circle.nodes.count
        activeNodes = circle.nodes.lazy.filter(\.isActive).count
        edges = circle.edges.count
        excludedNodes = circle.excludedNodes.map(\.id)

        func groups(_ divisions: [Division], _ key: (Node) -> String?) -> [Group] {
            var result = divisions.map { Group(id: $0.id, label: $0.label, active: 0, excluded: 0) }
            var position = Dictionary(uniqueKeysWithValues: divisions.enumerated().map { ($1.id, $0) })
            for node in circle.nodes {
                let id = key(node) ?? ""
                let slot = position[id] ?? result.count
                if slot == result.count {
                    position[id] = slot
                    result.append(Group(id: id, label: id.isEmpty ? "(none)" : id, active: 0, excluded: 0))
                }
                if node.isActive { result[slot].active += 1 } else { result[slot].excluded += 1 }
            }
            return result
        }
        rings = groups(circle.rings, \.ring)
        sectors = groups(circle.sectors, \.sector)

        let adjacency = circle.adjacency
        var positive = 0
        var negative = 0
        var kinds: [EdgeKind: Int] = [:]
        // Runs of one kind (most files have one) are counted before they are hashed.
        var run: (kind: EdgeKind, count: Int)?
        let active = circle.nodes.map(\.isActive)
        for index in circle.edges.indices
        where active[Int(adjacency.edgeSources[index])] && active[Int(adjacency.edgeTargets[index])] {
            if adjacency.edgeSigns[index] > 0 { positive += 1 } else { negative += 1 }
            let kind = circle.edges[index].kind
            if run?.kind == kind {
                run?.count += 1
            } else {
                if let run { kinds[run.kind, default: 0] += run.count }
                run = (kind, 1)
            }
        }
        if let run { kinds[run.kind, default: 0] += run.count }
        activeEdges = positive + negative
        edgesBySign = [Tally(name: "+", count: positive), Tally(name: "-", count: negative)]
        edgesByKind = kinds.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { Tally(name: $0.key.rawValue, count: $0.value) }
    }
}

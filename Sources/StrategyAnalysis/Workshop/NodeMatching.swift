import StrategyModel

/// How a workshop merge knows that participants mean the same node: by id (the default),
/// or by label (`LabelKey`), with a mapping of labels to ids for the nodes participants
/// name differently.
///
/// Conventions: a node whose label the mapping lists takes the mapped id; otherwise, matching
/// by label, it takes the id the first participant who used that label gave it; matching by
/// id, it keeps its own. Two nodes of one participant that would become one are refused by
/// name (the participant distinguishes what the mapping merges).
public struct NodeMatching: Sendable {
    public enum Key: String, Sendable, CaseIterable, Codable { case id, label }

    public var key: Key
    /// Label key (`LabelKey.of`) → merged id.
    public var mapping: [String: String]

    public init(key: Key = .id, mapping: [(label: String, id: String)] = []) {
        self.key = key
        var table: [String: String] = [:]
        for row in mapping where table[LabelKey.of(row.label)] == nil { table[LabelKey.of(row.label)] = row.id }
        self.mapping = table
    }

    /// Two nodes of one participant that the matching would make one.
    public struct Collision: Error, Sendable, CustomStringConvertible {
        public var participant: String
        public var first: String
        public var second: String
        public var mergedID: String
        public var description: String {
            "\(participant): '\(first)' and '\(second)' would both become '\(mergedID)'; "
                + "give them different ids or labels, or change the mapping"
        }
    }

    /// The participants' circles with their nodes renamed to the merged ids (edges follow).
    public func align(_ circles: [(name: String, circle: StrategyCircle)]) throws
        -> [(name: String, circle: StrategyCircle)]
    {
        if key == .id && mapping.isEmpty { return circles }
        var firstIDByLabel: [String: String] = [:]
        for (_, circle) in circles {
            for node in circle.nodes where firstIDByLabel[LabelKey.of(node.label)] == nil {
                firstIDByLabel[LabelKey.of(node.label)] = node.id
            }
        }
        return try circles.map { name, circle in
            var renamed: [String: String] = [:]
            var owner: [String: String] = [:]
            for node in circle.nodes {
                let label = LabelKey.of(node.label)
                let id = mapping[label] ?? (key == .label ? firstIDByLabel[label] ?? node.id : node.id)
                if let earlier = owner[id] {
                    throw Collision(participant: name, first: earlier, second: node.id, mergedID: id)
                }
                owner[id] = node.id
                renamed[node.id] = id
            }
            if renamed.allSatisfy({ $0.key == $0.value }) { return (name, circle) }
            let nodes = circle.nodes.map { node -> Node in
                var copy = node
                copy.id = renamed[node.id] ?? node.id
                return copy
            }
            let edges = circle.edges.map { edge -> Edge in
                var copy = edge
                copy.from = renamed[edge.from] ?? edge.from
                copy.to = renamed[edge.to] ?? edge.to
                return copy
            }
            return (name, try StrategyCircle(metadata: circle.metadata, rings: circle.rings, sectors: circle.sectors,
                                             nodes: nodes, edges: edges, isUndirected: circle.isUndirected))
        }
    }
}

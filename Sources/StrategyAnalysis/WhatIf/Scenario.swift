import StrategyModel

/// A what-if scenario: changes applied to a copy of a circle. The baseline is never changed.
///
/// Operations apply in order. Removing a node removes its edges; removing a sector or ring
/// removes every node on it. `include` brings back a node the circle marks as excluded
/// (with the edges that join it to active nodes).
public struct Scenario: Sendable, Hashable {
    public enum Operation: Sendable, Hashable {
        case removeNodes([String])
        case removeEdges([EdgeReference])
        case removeSector(String)
        case removeRing(String)
        case setWeight(EdgeReference, Double)
        case setSign(EdgeReference, Sign)
        case include([String])
        case addNode(Node)
        case addEdge(Edge)
    }

    public struct EdgeReference: Sendable, Hashable, Codable, CustomStringConvertible {
        public var from: String
        public var to: String
        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
        public var description: String { "\(from) -> \(to)" }
    }

    public var name: String
    public var description: String?
    public var operations: [Operation]

    public init(name: String, description: String? = nil, operations: [Operation]) {
        self.name = name
        self.description = description
        self.operations = operations
    }

    /// Why a scenario cannot be applied.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var scenario: String
        public var problems: [String]
        public var description: String { "scenario '\(scenario)': " + problems.joined(separator: "; ") }
    }

    /// The changed circle. Excluded nodes stay excluded unless `include`d.
    public func apply(to circle: StrategyCircle) throws(Failure) -> StrategyCircle {
        var nodes = circle.nodes
        var edges = circle.edges
        var problems: [String] = []
        func checkNode(_ id: String) -> Bool {
            if nodes.contains(where: { $0.id == id }) { return true }
            let hint = Suggestion.closest(to: id, among: nodes.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
            problems.append("no node '\(id)'\(hint)")
            return false
        }
        func edgeIndex(_ reference: EdgeReference) -> Int? {
            if let index = edges.firstIndex(where: { $0.from == reference.from && $0.to == reference.to }) { return index }
            problems.append("no edge \(reference)")
            return nil
        }
        func remove(_ ids: Set<String>) {
            nodes.removeAll { ids.contains($0.id) }
            edges.removeAll { ids.contains($0.from) || ids.contains($0.to) }
        }
        for operation in operations {
            switch operation {
            case let .removeNodes(ids):
                remove(Set(ids.filter(checkNode)))
            case let .removeEdges(references):
                for reference in references { if let index = edgeIndex(reference) { edges.remove(at: index) } }
            case let .removeSector(sector):
                if circle.index(ofSector: sector) == nil { problems.append("no sector '\(sector)'") }
                remove(Set(nodes.filter { $0.sector == sector }.map(\.id)))
            case let .removeRing(ring):
                if circle.index(ofRing: ring) == nil { problems.append("no ring '\(ring)'") }
                remove(Set(nodes.filter { $0.ring == ring }.map(\.id)))
            case let .setWeight(reference, weight):
                if let index = edgeIndex(reference) { edges[index].weight = weight }
            case let .setSign(reference, sign):
                if let index = edgeIndex(reference) { edges[index].sign = sign }
            case let .include(ids):
                for id in ids where checkNode(id) {
                    if let index = nodes.firstIndex(where: { $0.id == id }) { nodes[index].status = .active }
                }
            case let .addNode(node):
                nodes.append(node)
            case let .addEdge(edge):
                edges.append(edge)
            }
        }
        guard problems.isEmpty else { throw Failure(scenario: name, problems: problems) }
        do {
            return try StrategyCircle(metadata: circle.metadata, rings: circle.rings, sectors: circle.sectors,
                                      nodes: nodes, edges: edges)
        } catch {
            throw Failure(scenario: name, problems: error.issues.map(\.description))
        }
    }
}

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
            // An undirected circle stays undirected while every edge keeps its twin.
            var twins: [EdgeReference: (Double, Sign)] = [:]
            if circle.isUndirected { for edge in edges { twins[EdgeReference(from: edge.from, to: edge.to)] = (edge.weight, edge.sign) } }
            let symmetric = circle.isUndirected && edges.allSatisfy { edge in
                twins[EdgeReference(from: edge.to, to: edge.from)].map { $0.0 == edge.weight && $0.1 == edge.sign } ?? false
            }
            return try StrategyCircle(metadata: circle.metadata, rings: circle.rings, sectors: circle.sectors,
                                      nodes: nodes, edges: edges, isUndirected: symmetric)
        } catch {
            throw Failure(scenario: name, problems: error.issues.map(\.description))
        }
    }
}

/// The changes of a what-if scenario as a person writes them, in a script or on the command
/// line: one grammar for both, turned into `Scenario.Operation`s in one fixed order
/// (removals, re-weightings and re-signings, inclusions, additions).
///
/// Text forms: an edge is `FROM>TO`; an added edge `FROM>TO[:WEIGHT[:SIGN]]`
/// (weight 1 and + by default); a weight change `FROM>TO=WEIGHT`; a sign change `FROM>TO=SIGN`.
public struct ScenarioChanges: Sendable, Hashable {
    public struct WeightChange: Sendable, Hashable {
        public var edge: EdgeReference
        public var weight: Double
        public init(edge: EdgeReference, weight: Double) {
            self.edge = edge
            self.weight = weight
        }
    }

    public struct SignChange: Sendable, Hashable {
        public var edge: EdgeReference
        public var sign: Sign
        public init(edge: EdgeReference, sign: Sign) {
            self.edge = edge
            self.sign = sign
        }
    }

    public var remove: [String] = []
    public var removeEdges: [EdgeReference] = []
    public var removeSectors: [String] = []
    public var removeRings: [String] = []
    public var setWeights: [WeightChange] = []
    public var setSigns: [SignChange] = []
    public var include: [String] = []
    public var addNodes: [Node] = []
    public var addEdges: [Edge] = []

    public init() {}

    public var isEmpty: Bool { operations.isEmpty }

    public var operations: [Scenario.Operation] {
        var result: [Scenario.Operation] = []
        if !remove.isEmpty { result.append(.removeNodes(remove)) }
        if !removeEdges.isEmpty { result.append(.removeEdges(removeEdges)) }
        result += removeSectors.map { .removeSector($0) }
        result += removeRings.map { .removeRing($0) }
        result += setWeights.map { .setWeight($0.edge, $0.weight) }
        result += setSigns.map { .setSign($0.edge, $0.sign) }
        if !include.isEmpty { result.append(.include(include)) }
        result += addNodes.map { .addNode($0) }
        result += addEdges.map { .addEdge($0) }
        return result
    }

    /// A name for the scenario, from its changes: "without a, b; with c>d; e>f weighing 2".
    public var summary: String {
        var parts: [String] = []
        if !remove.isEmpty { parts.append("without " + remove.joined(separator: ", ")) }
        if !removeEdges.isEmpty { parts.append("without " + removeEdges.map(\.description).joined(separator: ", ")) }
        parts += removeSectors.map { "without sector \($0)" }
        parts += removeRings.map { "without ring \($0)" }
        parts += setWeights.map { "\($0.edge) weighing \(Self.number($0.weight))" }
        parts += setSigns.map { "\($0.edge) signed \($0.sign.symbol)" }
        if !include.isEmpty { parts.append("with " + include.joined(separator: ", ")) }
        parts += addNodes.map { "with new \($0.id)" }
        parts += addEdges.map { "with \($0.from)>\($0.to)" }
        return parts.joined(separator: "; ")
    }

    /// A problem in the text of a change.
    public struct SyntaxError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Reads `FROM>TO`.
    public static func edge(_ text: String) throws(SyntaxError) -> EdgeReference {
        guard let reference = EdgeReference(parsing: text) else {
            throw SyntaxError(description: "an edge is written FROM>TO with two node ids, got '\(text)'")
        }
        return reference
    }

    /// Reads a weight: a finite number greater than 0.
    public static func weight(_ text: String) throws(SyntaxError) -> Double {
        guard let weight = Double(text.trimmedWhitespace), weight.isFinite, weight > 0 else {
            throw SyntaxError(description: "a weight is a finite number greater than 0, got '\(text)'")
        }
        return weight
    }

    /// Reads a sign in any of `Sign`'s spellings.
    public static func sign(_ text: String) throws(SyntaxError) -> Sign {
        guard let sign = Sign(parsing: text) else {
            throw SyntaxError(description: "unknown sign '\(text)'; expected \(Sign.spellings)")
        }
        return sign
    }

    /// Reads `FROM>TO[:WEIGHT[:SIGN]]`.
    public static func addedEdge(_ text: String) throws(SyntaxError) -> Edge {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard fields.count <= 3 else {
            throw SyntaxError(description: "an added edge is written FROM>TO[:WEIGHT[:SIGN]], got '\(text)'")
        }
        let reference = try edge(fields[0])
        return Edge(from: reference.from, to: reference.to, weight: fields.count > 1 ? try weight(fields[1]) : 1,
                    sign: fields.count > 2 ? try sign(fields[2]) : .positive)
    }

    /// Reads `FROM>TO=WEIGHT`.
    public static func weightChange(_ text: String) throws(SyntaxError) -> WeightChange {
        let (reference, value) = try assignment(text, "WEIGHT")
        return WeightChange(edge: reference, weight: try weight(value))
    }

    /// Reads `FROM>TO=SIGN`.
    public static func signChange(_ text: String) throws(SyntaxError) -> SignChange {
        let (reference, value) = try assignment(text, "SIGN")
        return SignChange(edge: reference, sign: try sign(value))
    }

    private static func assignment(_ text: String, _ what: String) throws(SyntaxError) -> (EdgeReference, String) {
        let fields = text.split(separator: "=", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 2 else { throw SyntaxError(description: "write FROM>TO=\(what), got '\(text)'") }
        return (try edge(fields[0]), fields[1])
    }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension Scenario {
    public init(name: String? = nil, description: String? = nil, changes: ScenarioChanges) {
        self.init(name: name ?? changes.summary, description: description, operations: changes.operations)
    }
}

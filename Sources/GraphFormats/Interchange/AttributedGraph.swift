import Foundation
import StrategyModel

/// A graph whose nodes and edges carry text attributes: what DOT, GraphML, GEXF and
/// node-link JSON have in common. One mapping turns it into a circle and back, so every
/// such format names the model's fields alike.
///
/// Node attributes: `label`, `label_en`, `ring`, `sector`, `status`, `placement_inferred`
/// and the evidence attributes `evidence`, `quote`, `inferred`, `basis` (a JSON list).
/// Edge attributes: `weight` (default 1), `sign` (`+`/`-`, default +; without it a negative
/// weight is a signed weight), `kind`, `claim` and the evidence attributes. The graph
/// attribute `strategycircle` holds the title, rings and sectors as JSON (`CircleHeader`);
/// without it, rings and sectors come in the order nodes first name them. An undirected
/// graph's edge becomes two directed ones and the circle is marked undirected. Other
/// attributes are ignored.
struct AttributedGraph {
    var directed: Bool
    var graphAttributes: [String: String] = [:]
    var nodes: [(name: String, attributes: [String: String])] = []
    var edges: [(tail: Int, head: Int, attributes: [String: String])] = []
}

/// Where a format writes a node, an edge and an attribute, for messages.
protocol AttributeLocating {
    var file: String { get }
    func node(_ id: String) -> SourceLocation
    func edge(_ from: String, _ to: String) -> SourceLocation
    func attribute(_ key: String, after place: SourceLocation) -> SourceLocation
}

extension AttributedGraph {
    /// The circle, validated by the model; every problem is reported in one run, at its place.
    func circle(file: String, locator: some AttributeLocating) throws(CircleLoadError) -> StrategyCircle {
        // An empty value is an absent one (igraph writes "" where a node lacks an attribute).
        let nodes = self.nodes.map { (name: $0.name, attributes: $0.attributes.filter { !$0.value.trimmedWhitespace.isEmpty }) }
        let edges = self.edges.map { (tail: $0.tail, head: $0.head, attributes: $0.attributes.filter { !$0.value.trimmedWhitespace.isEmpty }) }
        var diagnostics: [Diagnostic] = []
        let whole = SourceLocation.wholeFile(file)
        var header: CircleHeader?
        if let json = graphAttributes["strategycircle"] {
            header = try? JSONDecoder().decode(CircleHeader.self, from: Data(json.utf8))
            if header == nil { diagnostics.append(Diagnostic("graph attribute 'strategycircle' is not valid JSON", at: whole)) }
        }

        var rings = header?.rings.map { Ring(id: $0.id, label: $0.label, labelEN: $0.label_en) } ?? []
        var sectors = header?.sectors.map { Sector(id: $0.id, label: $0.label, labelEN: $0.label_en) } ?? []
        // Without declared rings and sectors (no header, or one with a title only), they come
        // in the order nodes first name them.
        if rings.isEmpty && sectors.isEmpty {
            for node in nodes {
                if let ring = node.attributes["ring"], !rings.contains(where: { $0.id == ring }) { rings.append(Ring(id: ring)) }
                if let sector = node.attributes["sector"], !sectors.contains(where: { $0.id == sector }) {
                    sectors.append(Sector(id: sector))
                }
            }
        }

        let modelNodes = nodes.map { node -> Node in
            let a = node.attributes
            var status = Node.Status.active
            if let text = a["status"] {
                if let parsed = Node.Status(rawValue: text.lowercased()) { status = parsed } else {
                    diagnostics.append(Diagnostic("node '\(node.name)': unknown status '\(text)'; expected 'active' or 'excluded'",
                                                  at: locator.attribute("status", after: locator.node(node.name))))
                }
            }
            // Graphviz's default label "\N" stands for the node's name.
            let label = a["label_original"] ?? a["label"].flatMap { $0 == "\\N" ? nil : DOTLabel.decode($0) }
            return Node(id: node.name, label: label, labelEN: a["label_en"], ring: a["ring"], sector: a["sector"],
                        status: status, provenance: Self.provenance(a, of: "node '\(node.name)'", diagnostics: &diagnostics,
                                                                    at: locator.node(node.name)),
                        placementReason: a["placement_inferred"])
        }
        var modelEdges: [Edge] = []
        var twins = Set<Int>()  // the mirrored halves of undirected edges: their problems are their twin's
        for edge in edges {
            let a = edge.attributes
            let from = nodes[edge.tail].name
            let to = nodes[edge.head].name
            // A value that cannot be read leaves the edge out, so the model still checks the rest:
            // every problem is reported in one run.
            var weight = 1.0
            var readable = true
            if let text = a["weight"] {
                if let parsed = Double(text.trimmingCharacters(in: .whitespaces)) { weight = parsed } else {
                    diagnostics.append(Diagnostic("edge \(from) -> \(to): weight must be a number, got '\(text)'",
                                                  at: locator.attribute("weight", after: locator.edge(from, to))))
                    readable = false
                }
            }
            var sign = Sign.positive
            // Without a sign, a negative weight is a signed weight (NetworkX, FCM tools).
            if a["sign"] == nil { (weight, sign) = Sign.split(signedWeight: weight) }
            if let text = a["sign"] {
                if let parsed = Sign(parsing: text) { sign = parsed } else {
                    diagnostics.append(Diagnostic("edge \(from) -> \(to): unknown sign '\(text)'; expected \(Sign.spellings)",
                                                  at: locator.attribute("sign", after: locator.edge(from, to))))
                    readable = false
                }
            }
            guard readable else { continue }
            let kind = a["kind"].map(EdgeKind.init(rawValue:)) ?? .influences
            let evidence = Self.provenance(a, of: "edge \(from) -> \(to)", diagnostics: &diagnostics,
                                           at: locator.edge(from, to))
            modelEdges.append(Edge(from: from, to: to, weight: weight, sign: sign, kind: kind, provenance: evidence))
            if !directed, from != to {
                twins.insert(modelEdges.count)
                modelEdges.append(Edge(from: to, to: from, weight: weight, sign: sign, kind: kind, provenance: evidence))
            }
        }
        let metadata = StrategyCircle.Metadata(title: header?.title, titleEN: header?.title_en,
                                               source: header?.source, notes: header?.notes)
        do throws(ModelValidationError) {
            let circle = try StrategyCircle(metadata: metadata, rings: rings, sectors: sectors,
                                            nodes: modelNodes, edges: modelEdges, isUndirected: !directed)
            if diagnostics.isEmpty { return circle }
        } catch {
            diagnostics += error.issues.filter { issue in
                if case let .edge(index, _) = issue.subject { return !twins.contains(index) }
                return true
            }.map { issue in
                Diagnostic(Self.describe(issue.subject, nodes: modelNodes, edges: modelEdges) + issue.description,
                           at: Self.place(issue.subject, nodes: modelNodes, edges: modelEdges, locator: locator))
            }
        }
        throw CircleLoadError(.invalidData, diagnostics)
    }

    /// The evidence attributes: `evidence`, `quote`, `inferred`, `basis` (a JSON list) and `claim`.
    private static func provenance(_ attributes: [String: String], of subject: String,
                                   diagnostics: inout [Diagnostic], at whole: SourceLocation) -> Provenance {
        let quote = attributes["quote"]
        let reason = attributes["inferred"]
        var evidence: Evidence = quote != nil ? .stated : (reason != nil ? .inferred : .unspecified)
        if let text = attributes["evidence"] {
            if let declared = Evidence(rawValue: text.lowercased()) { evidence = declared } else {
                diagnostics.append(Diagnostic("\(subject): unknown evidence '\(text)'; expected 'stated' or 'inferred'",
                                              at: whole))
            }
        }
        var wording: ClaimWording?
        if let text = attributes["claim"] {
            if let parsed = ClaimWording(rawValue: text.lowercased()) { wording = parsed } else {
                diagnostics.append(Diagnostic("\(subject): unknown claim '\(text)'", at: whole))
            }
        }
        let basis = attributes["basis"].map(DOTList.decode) ?? []
        return Provenance(evidence: evidence, quote: quote, reason: reason, basis: basis, wording: wording)
    }

    /// Where the node or edge an issue is about is written.
    private static func place(_ subject: ModelIssue.Subject, nodes: [Node], edges: [Edge], locator: some AttributeLocating)
        -> SourceLocation
    {
        switch subject {
        case let .node(index, _): return locator.node(nodes[index].id)
        case let .edge(index, field):
            let edge = edges[index]
            let place = locator.edge(edge.from, edge.to)
            return field == .weight ? locator.attribute("weight", after: place) : place
        case .ring, .sector: return .wholeFile(locator.file)
        }
    }

    private static func describe(_ subject: ModelIssue.Subject, nodes: [Node], edges: [Edge]) -> String {
        switch subject {
        case let .node(index, _): return "node '\(nodes[index].id)': "
        case let .edge(index, _): return "edge \(edges[index].from) -> \(edges[index].to): "
        case let .ring(index): return "ring \(index + 1): "
        case let .sector(index): return "sector \(index + 1): "
        }
    }
}

extension AttributedGraph {
    /// The circle as text attributes, the names `circle(file:locator:)` reads back: equal up
    /// to what a format drops. Values left at their default are not written.
    init(_ circle: StrategyCircle, extras: ExtraAttributes = .init()) {
        directed = !circle.isUndirected
        graphAttributes = ["strategycircle": CircleHeader(circle).json].merging(extras.graph) { $1 }
        func evidence(_ provenance: Provenance, into attributes: inout [String: String]) {
            if provenance.evidence != .unspecified { attributes["evidence"] = provenance.evidence.rawValue }
            attributes["quote"] = provenance.quote
            attributes["inferred"] = provenance.reason
            if !provenance.basis.isEmpty { attributes["basis"] = DOTList.encode(provenance.basis) }
            attributes["claim"] = provenance.wording?.rawValue
        }
        nodes = circle.nodes.map { node in
            var a: [String: String] = [:]
            if node.label != node.id { a["label"] = node.label }
            a["label_en"] = node.labelEN
            a["ring"] = node.ring
            a["sector"] = node.sector
            if !node.isActive { a["status"] = "excluded" }
            a["placement_inferred"] = node.placementReason
            evidence(node.provenance, into: &a)
            return (node.id, a.merging(extras.nodes[node.id] ?? [:]) { $1 })
        }
        var index: [String: Int] = [:]
        for (i, node) in circle.nodes.enumerated() { index[node.id] = i }
        // An undirected circle holds each edge in both directions: write it once.
        var written = Set<[Int]>()
        edges = circle.edges.compactMap { edge in
            guard let tail = index[edge.from], let head = index[edge.to] else { return nil }
            if circle.isUndirected, !written.insert([min(tail, head), max(tail, head)]).inserted { return nil }
            var a: [String: String] = ["weight": "\(edge.weight)", "sign": edge.sign == .negative ? "-" : "+"]
            if edge.kind != .influences { a["kind"] = edge.kind.rawValue }
            evidence(edge.provenance, into: &a)
            return (tail, head, a.merging(extras.edges["\(edge.from)>\(edge.to)"] ?? [:]) { $1 })
        }
    }

    /// Whether an attribute holds numbers (typed so in GraphML and GEXF): the weight, and the
    /// extras declared numeric.
    func isNumeric(_ key: String, extras: ExtraAttributes) -> Bool { key == "weight" || extras.numeric.contains(key) }

    /// Every attribute name used on nodes and on edges, in a fixed order (the model's first).
    var nodeKeys: [String] { Self.ordered(nodes.map(\.attributes), first: Self.nodeOrder) }
    var edgeKeys: [String] { Self.ordered(edges.map(\.attributes), first: Self.edgeOrder) }

    static let nodeOrder = ["label", "label_en", "ring", "sector", "status", "evidence", "quote", "inferred", "basis",
                            "placement_inferred"]
    static let edgeOrder = ["weight", "sign", "kind", "evidence", "quote", "inferred", "basis", "claim"]

    private static func ordered(_ attributes: [[String: String]], first: [String]) -> [String] {
        let used = Set(attributes.flatMap(\.keys))
        return first.filter(used.contains) + used.subtracting(first).sorted()
    }
}

/// Attributes written beside the circle's own: analysis results per node (by id), per edge
/// (by `FROM>TO`) and for the graph, with the names of those that hold numbers.
public struct ExtraAttributes: Sendable {
    public var nodes: [String: [String: String]]
    public var edges: [String: [String: String]]
    public var graph: [String: String]
    public var numeric: Set<String>

    public init(nodes: [String: [String: String]] = [:], edges: [String: [String: String]] = [:],
                graph: [String: String] = [:], numeric: Set<String> = []) {
        self.nodes = nodes
        self.edges = edges
        self.graph = graph
        self.numeric = numeric
    }
}

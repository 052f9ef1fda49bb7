internal import CGraphviz
import Foundation
import GraphFormats
import StrategyModel

/// Reads Graphviz DOT into a circle, through Graphviz's own parser, so any DOT file a user
/// already has can be analysed.
///
/// Mapping: node names are ids; node attributes `label` (Graphviz's `\n` breaks read as
/// spaces), `label_en`, `ring`, `sector`, `status`, `quote`, `inferred`; edge attributes
/// `weight` (default 1), `sign` (`+`/`-`, default +), `kind`, `quote`, `inferred`. An
/// undirected graph's edge `a -- b` becomes `a -> b` and `b -> a`. Rings and sectors come
/// from the graph attribute `strategycircle` (written by `CircleDrawing`) or, without it,
/// in the order nodes first name them. Other attributes (layout, colours) are ignored.
/// Edges keep the order in which the file creates them.
public enum DOTReader {
    public static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        let parsed: Result<ParsedGraph, CircleLoadError>
        do {
            parsed = try Graphviz.withSession { _ throws(GraphvizError) in parse(text, file: file) }
        } catch {
            throw CircleLoadError(.invalidData, error.message, at: .wholeFile(file))
        }
        return try parsed.get().circle(file: file)
    }

    /// What the DOT graph says, read out of cgraph while the lock is held.
    struct ParsedGraph {
        var directed: Bool
        var header: String?
        var nodes: [(name: String, attributes: [String: String])] = []
        var edges: [(tail: Int, head: Int, attributes: [String: String])] = []
    }

    static let nodeKeys = ["label", "label_en", "label_original", "ring", "sector", "status", "evidence", "quote",
                           "inferred", "basis", "placement_inferred"]
    static let edgeKeys = ["weight", "sign", "kind", "evidence", "quote", "inferred", "basis", "claim"]

    private static func parse(_ text: String, file: String) -> Result<ParsedGraph, CircleLoadError> {
        let graph = withMutableCString(text) { agmemread($0) }
        // Graphviz 2.42's lexer keeps input after the first graph for the next call: drain it.
        var extraGraphs = 0
        while let extra = withMutableCString("", { agmemread($0) }) {
            agclose(extra)
            extraGraphs += 1
        }
        let messages = Graphviz.takeMessages()
        let failed = Graphviz.errorRaised()
        Graphviz.clearErrors()
        guard let graph, !failed else {
            if let graph { agclose(graph) }
            return .failure(syntaxError(messages, file: file))
        }
        defer { agclose(graph) }
        if extraGraphs > 0 {
            return .failure(CircleLoadError(.invalidData, "the file holds more than one graph; give one per file",
                                            at: .wholeFile(file)))
        }

        var result = ParsedGraph(directed: agisdirected(graph) != 0,
                                 header: value(graph, "strategycircle"))
        var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let current = node {
            index[current] = result.nodes.count
            let name = String(cString: agnameof(current))
            var attributes: [String: String] = [:]
            for key in nodeKeys { attributes[key] = value(current, key) }
            result.nodes.append((name, attributes))
            node = agnxtnode(graph, current)
        }
        var edges: [(sequence: UInt, tail: Int, head: Int, attributes: [String: String])] = []
        node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let e = edge {
                if let tail = index[gvx_tail(e)], let head = index[gvx_head(e)] {
                    var attributes: [String: String] = [:]
                    for key in edgeKeys { attributes[key] = value(e, key) }
                    edges.append((gvx_seq(e), tail, head, attributes))
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, current)
        }
        result.edges = edges.sorted { $0.sequence < $1.sequence }.map { ($0.tail, $0.head, $0.attributes) }
        return .success(result)
    }

    /// An attribute's value, or nil when undeclared or empty.
    private static func value<T>(_ object: UnsafeMutablePointer<T>, _ key: String) -> String? {
        guard let raw = withMutableCString(key, { agget(UnsafeMutableRawPointer(object), $0) }) else { return nil }
        let text = String(cString: raw)
        return text.isEmpty ? nil : text
    }

    /// "Error: syntax error in line 3 near 'x'" → a diagnostic at line 3.
    private static func syntaxError(_ messages: String, file: String) -> CircleLoadError {
        var message = messages.isEmpty ? "not a DOT graph" : messages
        for prefix in ["Error: ", "Error:"] where message.hasPrefix(prefix) { message.removeFirst(prefix.count) }
        var line = 0
        if let range = message.range(of: #"in line (\d+)"#, options: .regularExpression) {
            line = Int(message[range].split(separator: " ").last ?? "") ?? 0
            message.removeSubrange(range)
            message = message.replacingOccurrences(of: "  ", with: " ")
        }
        return CircleLoadError(.invalidData, message.trimmingCharacters(in: .whitespaces),
                               at: SourceLocation(file: file, line: line, column: 0))
    }
}

extension DOTReader.ParsedGraph {
    /// The circle, validated by the model; problems name the element, as DOT has no positions per element.
    func circle(file: String) throws(CircleLoadError) -> StrategyCircle {
        var diagnostics: [Diagnostic] = []
        let whole = SourceLocation.wholeFile(file)
        var header: CircleHeader?
        if let json = self.header {
            header = try? JSONDecoder().decode(CircleHeader.self, from: Data(json.utf8))
            if header == nil { diagnostics.append(Diagnostic("graph attribute 'strategycircle' is not valid JSON", at: whole)) }
        }

        var rings = header?.rings.map { Ring(id: $0.id, label: $0.label, labelEN: $0.label_en) } ?? []
        var sectors = header?.sectors.map { Sector(id: $0.id, label: $0.label, labelEN: $0.label_en) } ?? []
        if header == nil {
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
                    diagnostics.append(Diagnostic("node '\(node.name)': unknown status '\(text)'", at: whole))
                }
            }
            // Graphviz's default label "\N" stands for the node's name.
            let label = a["label_original"] ?? a["label"].flatMap { $0 == "\\N" ? nil : DOTLabel.decode($0) }
            return Node(id: node.name, label: label, labelEN: a["label_en"], ring: a["ring"], sector: a["sector"],
                        status: status, provenance: Self.provenance(a, of: "node '\(node.name)'", diagnostics: &diagnostics, at: whole),
                        placementReason: a["placement_inferred"])
        }
        var modelEdges: [Edge] = []
        for edge in edges {
            let a = edge.attributes
            let from = nodes[edge.tail].name
            let to = nodes[edge.head].name
            var weight = 1.0
            if let text = a["weight"] {
                if let parsed = Double(text.trimmingCharacters(in: .whitespaces)) { weight = parsed } else {
                    diagnostics.append(Diagnostic("edge \(from) -> \(to): weight must be a number, got '\(text)'", at: whole))
                }
            }
            var sign = Sign.positive
            if let text = a["sign"] {
                if let parsed = Sign(parsing: text) { sign = parsed } else {
                    diagnostics.append(Diagnostic("edge \(from) -> \(to): unknown sign '\(text)'; expected \(Sign.spellings)",
                                                  at: whole))
                }
            }
            let kind = a["kind"].map(EdgeKind.init(rawValue:)) ?? .influences
            let evidence = Self.provenance(a, of: "edge \(from) -> \(to)", diagnostics: &diagnostics, at: whole)
            modelEdges.append(Edge(from: from, to: to, weight: weight, sign: sign, kind: kind, provenance: evidence))
            if !directed, from != to {
                modelEdges.append(Edge(from: to, to: from, weight: weight, sign: sign, kind: kind, provenance: evidence))
            }
        }
        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }

        let metadata = StrategyCircle.Metadata(title: header?.title, titleEN: header?.title_en,
                                               source: header?.source, notes: header?.notes)
        do throws(ModelValidationError) {
            return try StrategyCircle(metadata: metadata, rings: rings, sectors: sectors,
                                      nodes: modelNodes, edges: modelEdges, isUndirected: !directed)
        } catch {
            throw CircleLoadError(.invalidData, error.issues.map { issue in
                Diagnostic(describe(issue.subject, nodes: modelNodes, edges: modelEdges) + issue.description, at: whole)
            })
        }
    }

    /// The evidence attributes `CircleDrawing` writes: `evidence`, `quote`, `inferred`,
    /// `basis` (a JSON list) and `claim`.
    private static func provenance(_ attributes: [String: String], of element: String,
                                   diagnostics: inout [Diagnostic], at whole: SourceLocation) -> Provenance {
        let quote = attributes["quote"]
        let reason = attributes["inferred"]
        var evidence: Evidence = quote != nil ? .stated : (reason != nil ? .inferred : .unspecified)
        if let text = attributes["evidence"] {
            if let declared = Evidence(rawValue: text.lowercased()) { evidence = declared } else {
                diagnostics.append(Diagnostic("\(element): unknown evidence '\(text)'; expected 'stated' or 'inferred'",
                                              at: whole))
            }
        }
        var wording: ClaimWording?
        if let text = attributes["claim"] {
            if let parsed = ClaimWording(rawValue: text.lowercased()) { wording = parsed } else {
                diagnostics.append(Diagnostic("\(element): unknown claim '\(text)'", at: whole))
            }
        }
        let basis = attributes["basis"].map(DOTList.decode) ?? []
        return Provenance(evidence: evidence, quote: quote, reason: reason, basis: basis, wording: wording)
    }

    private func describe(_ subject: ModelIssue.Subject, nodes: [Node], edges: [Edge]) -> String {
        switch subject {
        case let .node(index, _): return "node '\(nodes[index].id)': "
        case let .edge(index, _): return "edge \(edges[index].from) -> \(edges[index].to): "
        case let .ring(index): return "ring \(index + 1): "
        case let .sector(index): return "sector \(index + 1): "
        }
    }
}

/// Loads a circle from a file in any format, DOT included (DOT needs Graphviz, so it is
/// read here rather than in GraphFormats).
public enum CircleFile {
    public static func load(path: String, format: InputFormat? = nil) throws(CircleLoadError) -> StrategyCircle {
        let text = try CircleLoader.readText(path: path)
        return try load(text: text, name: path, format: format ?? InputFormat(fileExtensionOf: path))
    }

    public static func load(text: String, name: String, format: InputFormat? = nil) throws(CircleLoadError)
        -> StrategyCircle
    {
        let chosen = format ?? InputFormat.sniff(text[...])
        if chosen == .dot { return try DOTReader.read(text, file: name) }
        return try CircleLoader.load(text: text, name: name, format: chosen)
    }
}

import StrategyModel
import Yams

/// Reads the circle file (YAML, or the same structure in JSON) into a `StrategyCircle`.
///
/// The text is composed into a Yams node tree, whose every node carries its line and
/// column, so that schema errors and the model's own validation issues can name their
/// position. JSON is read by the same parser (JSON is valid YAML flow syntax). Every
/// problem found is reported, not just the first. The schema is documented in
/// docs/FILE-FORMAT.md.
public enum CircleDocumentReader {
    public static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        let root = try CircleYAMLReader.root(of: text, file: file)
        var reader = CircleYAMLReader(file: file)
        let parts = reader.readDocument(root)
        // Nodes with schema errors were left out, so the model still validates the rest:
        // the user sees every problem in one run.
        var diagnostics = reader.diagnostics
        do throws(ModelValidationError) {
            let circle = try StrategyCircle(metadata: parts.metadata, rings: parts.rings, sectors: parts.sectors,
                                            nodes: parts.nodes, edges: parts.edges)
            if diagnostics.isEmpty { return circle }
        } catch {
            diagnostics += reader.locations.diagnostics(for: error)
        }
        throw CircleLoadError(.invalidData, diagnostics)
    }

    /// A Yams parse error as one diagnostic at its position.
    static func syntaxDiagnostic(_ error: any Error, file: String) -> Diagnostic {
        guard let error = error as? YamlError else {
            return Diagnostic("cannot parse: \(error)", at: .wholeFile(file))
        }
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        func context(_ context: YamlError.Context?) -> String {
            guard let context else { return "" }
            return " (\(context.text) at line \(context.mark.line), column \(context.mark.column))"
        }
        switch error {
        case let .scanner(ctx, problem, mark, _), let .parser(ctx, problem, mark, _),
             let .composer(ctx, problem, mark, _):
            if problem.contains("Maximum nesting level") {
                return Diagnostic("lists or mappings nested too deeply for the YAML reader; a circle file needs "
                    + "three levels (nodes, a node, its fields)", at: at(mark))
            }
            return Diagnostic("syntax error: \(problem)\(context(ctx))", at: at(mark))
        case let .reader(problem, _, _, _):
            return Diagnostic("cannot read: \(problem)", at: .wholeFile(file))
        case let .duplicatedKeysInMapping(duplicates, ctx):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Diagnostic("duplicate key \(keys) in one mapping", at: at(ctx.mark))
        default:
            return Diagnostic("cannot parse: \(error)", at: .wholeFile(file))
        }
    }
}

/// The parts of a circle as read, before the model validates them.
struct CircleParts {
    var metadata = StrategyCircle.Metadata()
    var rings: [Ring] = []
    var sectors: [Sector] = []
    var nodes: [StrategyModel.Node] = []
    var edges: [Edge] = []
}

/// Walks the node tree, collecting parts, their positions and schema diagnostics.
struct CircleYAMLReader {
    var locations: ElementLocations
    var diagnostics: [Diagnostic] = []
    let file: String

    /// The document's root node; a syntax error or an empty file is reported with its place.
    static func root(of text: String, file: String) throws(CircleLoadError) -> Yams.Node {
        let root: Yams.Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw CircleLoadError(.invalidData, [CircleDocumentReader.syntaxDiagnostic(error, file: file)])
        }
        guard let root else { throw CircleLoadError(.invalidData, "the file is empty", at: SourceLocation(file: file, line: 1, column: 1)) }
        return root
    }

    /// The document's root as a mapping, with the node it came from; anything else is
    /// refused with `expected` ("node-link JSON is an object with …").
    static func rootMapping(of text: String, file: String, expected: String) throws(CircleLoadError)
        -> (root: Yams.Node, mapping: Yams.Node.Mapping)
    {
        let root = try root(of: text, file: file)
        guard let mapping = root.mapping else {
            throw CircleLoadError(.invalidData, expected, at: CircleYAMLReader(file: file).location(root))
        }
        return (root, mapping)
    }

    init(file: String) {
        self.file = file
        self.locations = ElementLocations(file: file)
    }

    static let topKeys = ["circle", "rings", "sectors", "nodes", "edges"]
    static let metadataKeys = ["title", "title_en", "source", "notes", "participants"]
    static let divisionKeys = ["id", "label", "label_en"]
    static let nodeKeys = ["id", "label", "label_en", "ring", "sector", "status", "evidence", "quote", "inferred",
                           "basis", "placement_inferred"]
    static let edgeKeys = ["from", "to", "weight", "sign", "kind", "evidence", "quote", "inferred", "basis", "claim",
                           "range", "confidence", "drawn_by"]

    // MARK: Document

    mutating func readDocument(_ root: Yams.Node) -> CircleParts {
        var parts = CircleParts()
        guard let top = mapping(root, "the top level", keys: Self.topKeys) else { return parts }
        if top["nodes"] == nil {
            report("the circle has no 'nodes' list", at: root)
        }
        if let circle = top["circle"], let fields = mapping(circle, "'circle'", keys: Self.metadataKeys) {
            parts.metadata = StrategyCircle.Metadata(
                title: string(fields["title"], "title"),
                titleEN: string(fields["title_en"], "title_en"),
                source: string(fields["source"], "source"),
                notes: string(fields["notes"], "notes"),
                participants: names(fields["participants"], "participants"))
        }
        for item in sequence(top["rings"], "'rings'") {
            if let ring = division(item, "a ring") {
                parts.rings.append(ring)
                locations.rings.append(location(item))
            }
        }
        for item in sequence(top["sectors"], "'sectors'") {
            if let sector = division(item, "a sector") {
                parts.sectors.append(sector)
                locations.sectors.append(location(item))
            }
        }
        for item in sequence(top["nodes"], "'nodes'") {
            if let node = node(item) { parts.nodes.append(node) }
        }
        for item in sequence(top["edges"], "'edges'") {
            if let edge = edge(item) { parts.edges.append(edge) }
        }
        return parts
    }

    // MARK: Nodes

    mutating func division(_ yaml: Yams.Node, _ what: String) -> Division? {
        if let scalar = yaml.scalar {  // a bare name is shorthand for `id: name`
            return Division(id: scalar.string)
        }
        guard let fields = mapping(yaml, what, keys: Self.divisionKeys) else { return nil }
        guard let id = required(fields, "id", in: what, at: yaml) else { return nil }
        return Division(id: id, label: string(fields["label"], "label"), labelEN: string(fields["label_en"], "label_en"))
    }

    mutating func node(_ yaml: Yams.Node) -> StrategyModel.Node? {
        guard let fields = mapping(yaml, "a node", keys: Self.nodeKeys),
              let id = required(fields, "id", in: "a node", at: yaml)
        else { return nil }
        var status = StrategyModel.Node.Status.active
        if let value = fields["status"], let text = string(value, "status") {
            if let parsed = StrategyModel.Node.Status(rawValue: text.lowercased()) {
                status = parsed
            } else {
                report("unknown status '\(text)'; expected 'active' or 'excluded'", at: value)
            }
        }
        var fieldLocations: [ModelIssue.NodeField: SourceLocation] = [.id: location(fields["id"] ?? yaml)]
        if let ring = fields["ring"] { fieldLocations[.ring] = location(ring) }
        if let sector = fields["sector"] { fieldLocations[.sector] = location(sector) }
        locations.nodes.append(fieldLocations)
        locations.nodeStarts.append(location(yaml))
        return StrategyModel.Node(id: id,
                    label: string(fields["label"], "label"),
                    labelEN: string(fields["label_en"], "label_en"),
                    ring: string(fields["ring"], "ring"),
                    sector: string(fields["sector"], "sector"),
                    status: status,
                    provenance: provenance(fields, at: yaml),
                    placementReason: string(fields["placement_inferred"], "placement_inferred"))
    }

    mutating func edge(_ yaml: Yams.Node) -> Edge? {
        guard let fields = mapping(yaml, "an edge", keys: Self.edgeKeys) else { return nil }
        let from = required(fields, "from", in: "an edge", at: yaml)
        let to = required(fields, "to", in: "an edge", at: yaml)
        var weight = 1.0
        if let value = fields["weight"], let text = string(value, "weight") {
            if let parsed = ValueParsing.number(text) {
                weight = parsed
            } else {
                report("weight must be a number, got '\(text)'", at: value)
                return nil
            }
        }
        var sign = Sign.positive
        if let value = fields["sign"], let text = string(value, "sign") {
            if let parsed = Sign(parsing: text) {
                sign = parsed
            } else {
                report("unknown sign '\(text)'; expected \(Sign.spellings)", at: value)
                return nil
            }
        }
        let kind = string(fields["kind"], "kind").map(EdgeKind.init(rawValue:)) ?? .influences
        var doubt: WeightDoubt?
        switch (fields["range"], fields["confidence"]) {
        case (_?, let confidence?):
            report("give either 'range' or 'confidence', not both", at: confidence)
            return nil
        case (let range?, nil):
            let items = range.sequence.map(Array.init) ?? []
            let bounds = items.compactMap { $0.scalar.flatMap { ValueParsing.number($0.string) } }
            guard bounds.count == 2, items.count == 2 else {
                report("'range' must be a list of two numbers, the least and the greatest signed weight, like [1, 3] "
                       + "or [-2, 1]", at: range)
                return nil
            }
            guard bounds[0] <= bounds[1] else {
                report("'range' must go from low to high, got [\(bounds[0]), \(bounds[1])]", at: range)
                return nil
            }
            doubt = .range(bounds[0]...bounds[1])
        case (nil, let confidence?):
            guard let text = string(confidence, "confidence"), let value = ValueParsing.number(text) else {
                report("'confidence' must be a number in (0, 1]", at: confidence)
                return nil
            }
            doubt = .confidence(value)
        case (nil, nil): break
        }
        let drawnBy = names(fields["drawn_by"], "drawn_by")
        guard let from, let to else { return nil }
        var fieldLocations: [ModelIssue.EdgeField: SourceLocation] = [.whole: location(yaml)]
        if let node = fields["from"] { fieldLocations[.from] = location(node) }
        if let node = fields["to"] { fieldLocations[.to] = location(node) }
        if let node = fields["weight"] { fieldLocations[.weight] = location(node) }
        if let node = fields["range"] ?? fields["confidence"] { fieldLocations[.doubt] = location(node) }
        if let node = fields["drawn_by"] { fieldLocations[.drawnBy] = location(node) }
        locations.edges.append(fieldLocations)
        return Edge(from: from, to: to, weight: weight, sign: sign, kind: kind,
                    provenance: provenance(fields, at: yaml), doubt: doubt, drawnBy: drawnBy)
    }

    /// The evidence of a node or edge: `quote` (stated), `inferred` (with an optional
    /// `basis` of quoted sentences), or a bare `evidence: stated|inferred`; edges may add
    /// the `claim` wording the weight rule reads.
    mutating func provenance(_ fields: Yams.Node.Mapping, at yaml: Yams.Node) -> Provenance {
        let quote = string(fields["quote"], "quote")
        let reason = string(fields["inferred"], "inferred")
        var basis: [String] = []
        if let node = fields["basis"] {
            if node.sequence != nil {
                basis = sequence(node, "'basis'").compactMap { string($0, "basis") }
            } else if let single = string(node, "basis") {
                basis = [single]
            }
        }
        var declared: Evidence?
        if let node = fields["evidence"], let text = string(node, "evidence") {
            if let parsed = Evidence(rawValue: text.lowercased()), parsed != .unspecified {
                declared = parsed
            } else {
                report("unknown evidence '\(text)'; expected 'stated' or 'inferred'", at: node)
            }
        }
        var wording: ClaimWording?
        if let node = fields["claim"], let text = string(node, "claim") {
            if let parsed = ClaimWording(rawValue: text.lowercased()) {
                wording = parsed
            } else {
                let names = ClaimWording.allCases.map(\.rawValue)
                let hint = Suggestion.closest(to: text, among: names).map { " (did you mean '\($0)'?)" } ?? ""
                report("unknown claim '\(text)'\(hint); expected one of: \(names.joined(separator: ", "))", at: node)
            }
        }
        var evidence: Evidence
        switch (quote, reason) {
        case (_?, _?):
            report("give either 'quote' (stated) or 'inferred' (a reason), not both", at: fields["inferred"] ?? yaml)
            return .unspecified
        case (_?, nil): evidence = .stated
        case (nil, _?): evidence = .inferred
        case (nil, nil): evidence = declared ?? .unspecified
        }
        if let declared, declared != evidence {
            report("'evidence: \(declared.rawValue)' contradicts the '\(evidence == .stated ? "quote" : "inferred")' "
                   + "given; drop one of them", at: fields["evidence"] ?? yaml)
        }
        if !basis.isEmpty && evidence != .inferred {
            report("'basis' lists the sentences an inference rests on; give it with 'inferred'",
                   at: fields["basis"] ?? yaml)
        }
        if wording != nil && evidence != .stated {
            report("'claim' says how the source states an edge; give it only with 'quote' or "
                   + "'evidence: stated'", at: fields["claim"] ?? yaml)
        }
        return Provenance(evidence: evidence, quote: quote, reason: reason, basis: basis, wording: wording)
    }

    // MARK: Typed access with diagnostics

    func location(_ node: Yams.Node) -> SourceLocation {
        guard let mark = node.mark else { return .wholeFile(file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func report(_ message: String, at node: Yams.Node) {
        diagnostics.append(Diagnostic(message, at: location(node)))
    }

    /// The node as a mapping whose keys are all in `keys`; reports otherwise.
    mutating func mapping(_ node: Yams.Node, _ what: String, keys: [String]) -> Yams.Node.Mapping? {
        guard let mapping = node.mapping else {
            report("expected \(what) to be a mapping of keys to values, found \(describe(node))", at: node)
            return nil
        }
        for key in mapping.keys {
            let name = key.scalar?.string ?? ""
            if !keys.contains(name) {
                let hint = Suggestion.closest(to: name, among: keys).map { " (did you mean '\($0)'?)" }
                    ?? "; expected one of: \(keys.joined(separator: ", "))"
                report("unknown key '\(name)' in \(what)\(hint)", at: key)
            }
        }
        return mapping
    }

    /// A list of names (participants), or none when the key is absent.
    mutating func names(_ node: Yams.Node?, _ key: String) -> [String] {
        sequence(node, "'\(key)'").compactMap { string($0, key) }
    }

    /// The nodes of a list, or none when the key is absent; reports a non-list.
    mutating func sequence(_ node: Yams.Node?, _ what: String) -> [Yams.Node] {
        guard let node else { return [] }
        if let sequence = node.sequence { return Array(sequence) }
        if node.null != nil { return [] }
        report("expected \(what) to be a list, found \(describe(node))", at: node)
        return []
    }

    /// The node's text, or nil (with a diagnostic) when it is a list or mapping.
    mutating func string(_ node: Yams.Node?, _ key: String) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            report("expected a single value for '\(key)', found \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    mutating func required(_ fields: Yams.Node.Mapping, _ key: String, in what: String,
                           at node: Yams.Node) -> String? {
        guard let value = fields[key] else {
            report("\(what) is missing '\(key)'", at: node)
            return nil
        }
        return string(value, key)
    }

    func describe(_ node: Yams.Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case let .scalar(scalar):
            let text = scalar.string
            return text.isEmpty ? "nothing" : "'\(text.count > 40 ? text.prefix(40) + "…" : text)'"
        }
    }
}

import Foundation
import StrategyAnalysis
import StrategyModel
import Yams

/// A scenario from a what-if script, with what to compute and where to write it.
public struct ScriptedScenario: Sendable {
    public var scenario: Scenario
    /// What to recompute (nil: everything).
    public var compute: DiffOptions
    /// Output file, resolved against the script's folder; nil prints only.
    public var output: String?
    /// Every id the scenario names, with where the script names it (for `check`).
    public var references: [Reference] = []

    /// An id a script names: a node, an edge (`FROM>TO`), a sector or a ring.
    public struct Reference: Sendable {
        public enum Kind: String, Sendable { case node, edge, sector, ring }
        public var kind: Kind
        public var id: String
        public var location: SourceLocation
    }

    public init(scenario: Scenario, compute: DiffOptions = .init(), output: String? = nil) {
        self.scenario = scenario
        self.compute = compute
        self.output = output
    }
}

/// Reads what-if scripts (YAML):
///
/// ```yaml
/// scenarios:
///   - name: neglect-culture
///     description: what the seed predicts
///     remove: [unternehmenskultur]            # node ids
///     remove_edges: ["a>b"]                   # FROM>TO
///     remove_sector: [wissen]                 # or one id
///     remove_ring: [kultur]
///     include: [kostenfuehrerschaft]          # bring back excluded nodes
///     set_weight: [{edge: "a>b", weight: 2}]
///     set_sign: [{edge: "a>b", sign: "-"}]
///     add_nodes: [{id: x, label: X, ring: …}] # as in circle files
///     add_edges: [{from: x, to: y, weight: 2}]
///     compute: [centrality, clusters, loops, density, reachability, dynamics]
///     output: results/neglect-culture.json    # .json or .csv, next to the script
/// ```
/// Problems are reported with file, line and column, like circle files.
public enum ScenarioScriptReader {
    static let scenarioKeys = ["name", "description", "remove", "remove_edges", "remove_sector", "remove_ring", "include",
                               "set_weight", "set_sign", "add_nodes", "add_edges", "compute", "output"]
    static let computeNames = DiffOptions.Part.allCases.map(\.rawValue)

    /// - Parameter outputsAnywhere: allow `output:` paths outside the script's folder (by
    ///   default a script only writes inside its own folder, so running someone else's script
    ///   cannot overwrite files elsewhere).
    public static func load(path: String, outputsAnywhere: Bool = false) throws(CircleLoadError) -> [ScriptedScenario] {
        let text = try CircleLoader.readText(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL
        return try read(text, file: path, folder: folder, outputsAnywhere: outputsAnywhere)
    }

    public static func read(_ text: String, file: String, folder: URL, outputsAnywhere: Bool = false)
        throws(CircleLoadError) -> [ScriptedScenario]
    {
        let root = try CircleYAMLReader.root(of: text, file: file)
        var reader = CircleYAMLReader(file: file)
        var result: [ScriptedScenario] = []
        guard let top = reader.mapping(root, "the top level", keys: ["scenarios"]) else {
            throw CircleLoadError(.invalidData, reader.diagnostics)
        }
        if top["scenarios"] == nil { reader.report("a what-if script needs a 'scenarios' list", at: root) }
        for item in reader.sequence(top["scenarios"], "'scenarios'") {
            guard let fields = reader.mapping(item, "a scenario", keys: scenarioKeys),
                  let name = reader.required(fields, "name", in: "a scenario", at: item)
            else { continue }
            var operations: [Scenario.Operation] = []
            var references: [ScriptedScenario.Reference] = []
            func ids(_ key: String, _ kind: ScriptedScenario.Reference.Kind) -> [String] {
                guard let node = fields[key] else { return [] }
                let items = node.scalar != nil ? [node] : reader.sequence(node, "'\(key)'")
                return items.compactMap { item in
                    guard let id = reader.string(item, key) else { return nil }
                    references.append(.init(kind: kind, id: id, location: reader.location(item)))
                    return id
                }
            }
            func edge(_ text: String, at node: Yams.Node) -> EdgeReference? {
                guard let reference = EdgeReference(parsing: text) else {
                    reader.report("an edge is written FROM>TO, got '\(text)'", at: node)
                    return nil
                }
                references.append(.init(kind: .edge, id: reference.description, location: reader.location(node)))
                return reference
            }
            let removed = ids("remove", .node)
            if !removed.isEmpty { operations.append(.removeNodes(removed)) }
            if let node = fields["remove_edges"] {
                let edges = reader.sequence(node, "'remove_edges'").compactMap { item in
                    reader.string(item, "remove_edges").flatMap { edge($0, at: item) }
                }
                if !edges.isEmpty { operations.append(.removeEdges(edges)) }
            }
            operations += ids("remove_sector", .sector).map { .removeSector($0) }
            operations += ids("remove_ring", .ring).map { .removeRing($0) }
            let included = ids("include", .node)
            if !included.isEmpty { operations.append(.include(included)) }
            for item in reader.sequence(fields["set_weight"], "'set_weight'") {
                guard let change = reader.mapping(item, "a weight change", keys: ["edge", "weight"]),
                      let text = reader.required(change, "edge", in: "a weight change", at: item),
                      let reference = edge(text, at: change["edge"] ?? item),
                      let weightText = reader.required(change, "weight", in: "a weight change", at: item)
                else { continue }
                guard let weight = Double(weightText), weight.isFinite, weight > 0 else {
                    reader.report("weight must be a finite number greater than 0, got '\(weightText)'", at: change["weight"] ?? item)
                    continue
                }
                operations.append(.setWeight(reference, weight))
            }
            for item in reader.sequence(fields["set_sign"], "'set_sign'") {
                guard let change = reader.mapping(item, "a sign change", keys: ["edge", "sign"]),
                      let text = reader.required(change, "edge", in: "a sign change", at: item),
                      let reference = edge(text, at: change["edge"] ?? item),
                      let signText = reader.required(change, "sign", in: "a sign change", at: item)
                else { continue }
                guard let sign = Sign(parsing: signText) else {
                    reader.report("unknown sign '\(signText)'; expected \(Sign.spellings)", at: change["sign"] ?? item)
                    continue
                }
                operations.append(.setSign(reference, sign))
            }
            for item in reader.sequence(fields["add_nodes"], "'add_nodes'") {
                if let node = reader.node(item) { operations.append(.addNode(node)) }
            }
            for item in reader.sequence(fields["add_edges"], "'add_edges'") {
                if let edge = reader.edge(item) { operations.append(.addEdge(edge)) }
            }
            var compute = DiffOptions()
            if let node = fields["compute"] {
                let wanted = reader.sequence(node, "'compute'").compactMap { item -> DiffOptions.Part? in
                    guard let name = reader.string(item, "compute") else { return nil }
                    guard let part = DiffOptions.Part(rawValue: name) else {
                        let hint = Suggestion.closest(to: name, among: computeNames).map { " (did you mean '\($0)'?)" }
                            ?? "; expected one of: \(computeNames.joined(separator: ", "))"
                        reader.report("unknown computation '\(name)'\(hint)", at: item)
                        return nil
                    }
                    return part
                }
                compute = DiffOptions(computing: Set(wanted))
            }
            var output: String?
            if let node = fields["output"], let path = reader.string(node, "output") {
                let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
                if ext != "json" && ext != "csv" { reader.report("output must end in .json or .csv, got '\(path)'", at: node) }
                let resolved = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appending(path: path))
                    .standardizedFileURL.path
                if !outputsAnywhere, !resolved.hasPrefix(folder.path.hasSuffix("/") ? folder.path : folder.path + "/") {
                    reader.report("output '\(path)' is outside the script's folder; write inside it, or run with "
                        + "--outputs-anywhere to allow this", at: node)
                }
                output = resolved
            }
            let description = reader.string(fields["description"], "description")
            var scripted = ScriptedScenario(scenario: Scenario(name: name, description: description, operations: operations),
                                            compute: compute, output: output)
            scripted.references = references
            result.append(scripted)
        }
        guard reader.diagnostics.isEmpty else { throw CircleLoadError(.invalidData, reader.diagnostics) }
        return result
    }

    /// Every id the scripts name that `circle` does not have, at the place the script names
    /// it, with a did-you-mean; empty when the scripts fit the circle. Nodes added by a
    /// scenario (`add_nodes`) count as present for that scenario.
    public static func check(_ scripted: [ScriptedScenario], against circle: StrategyCircle) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for item in scripted {
            var nodes = Set(circle.nodes.map(\.id))
            for case let .addNode(node) in item.scenario.operations { nodes.insert(node.id) }
            for reference in item.references {
                func unknown(_ what: String, _ id: String, among candidates: [String]) {
                    let hint = Suggestion.closest(to: id, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
                    diagnostics.append(Diagnostic("scenario '\(item.scenario.name)': no \(what) '\(id)' in the circle\(hint)",
                                                  at: reference.location))
                }
                switch reference.kind {
                case .node where !nodes.contains(reference.id):
                    unknown("node", reference.id, among: Array(nodes).sorted())
                case .sector where circle.index(ofSector: reference.id) == nil:
                    unknown("sector", reference.id, among: circle.sectors.map(\.id))
                case .ring where circle.index(ofRing: reference.id) == nil:
                    unknown("ring", reference.id, among: circle.rings.map(\.id))
                case .edge:
                    guard let edge = EdgeReference(parsing: reference.id), circle.edge(edge) == nil else { continue }
                    for id in [edge.from, edge.to] where !nodes.contains(id) {
                        unknown("node", id, among: Array(nodes).sorted())
                    }
                    if nodes.contains(edge.from), nodes.contains(edge.to) {
                        diagnostics.append(Diagnostic("scenario '\(item.scenario.name)': no edge \(edge) in the circle",
                                                      at: reference.location))
                    }
                default: continue
                }
            }
        }
        return diagnostics.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }
    }
}

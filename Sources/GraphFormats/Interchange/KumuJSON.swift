import Foundation
import StrategyModel
import Yams

/// Kumu's JSON import and export: `{"elements": [{"label", "type", "description", …}],
/// "connections": [{"from", "to", "type", "direction", …}]}`, where connections name their
/// elements by label (Kumu's own rule). Read with Yams, so problems name line and column.
///
/// Mapping: a Kumu element's `id` field, when present, is its id (StrategyCircle writes one,
/// so a round trip keeps ids), else its label; `label`, `type` (the ring), `description`
/// (the quote or inferred reason; Kumu shows it) and the fields `sector`, `status`, `label_en`,
/// `evidence`, `quote`, `inferred`, `basis`, `placement_inferred`. A connection's `type`
/// is its kind; `weight` (or Kumu's common `strength`), `sign`, `evidence`, `quote`,
/// `inferred`, `basis` and `claim` are custom fields; `direction` `undirected` or `mutual` gives an edge in each direction.
enum KumuJSON {
    static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        let (root, top) = try CircleYAMLReader.rootMapping(of: text, file: file, expected: "Kumu JSON is an object with 'elements' and 'connections'")
        var reader = CircleYAMLReader(file: file)
        func fields(_ mapping: Yams.Node.Mapping) -> [String: String] {
            var result: [String: String] = [:]
            for (key, item) in mapping {
                guard let name = key.scalar?.string.lowercased() else { continue }
                if let scalar = item.scalar, item.null == nil { result[name] = scalar.string }
            }
            return result
        }
        var graph = AttributedGraph(directed: true)
        var locator = ElementLocator(file: file)
        var byLabel: [String: Int] = [:]
        var byID: [String: Int] = [:]
        for item in reader.sequence(top["elements"], "'elements'") {
            guard let mapping = item.mapping else {
                reader.report("expected a Kumu element to be an object, found \(reader.describe(item))", at: item)
                continue
            }
            var a = fields(mapping)
            guard let label = a["label"] ?? a["id"] else {
                reader.report("a Kumu element needs a 'label'", at: item)
                continue
            }
            let id = a["id"] ?? label
            if byID[id] != nil {
                reader.report("a second Kumu element '\(id)'", at: item)
                continue
            }
            a["id"] = nil
            a["ring"] = a["ring"] ?? a["type"]
            a["type"] = nil
            a["description"] = nil
            byID[id] = graph.nodes.count
            byLabel[label] = graph.nodes.count
            locator.nodes[id] = reader.location(item)
            graph.nodes.append((id, a))
        }
        for item in reader.sequence(top["connections"], "'connections'") {
            guard let mapping = item.mapping else {
                reader.report("expected a connection to be an object, found \(reader.describe(item))", at: item)
                continue
            }
            var a = fields(mapping)
            func end(_ key: String) -> Int? {
                guard let name = a[key] else {
                    reader.report("a connection needs '\(key)'", at: item)
                    return nil
                }
                guard let position = byLabel[name] ?? byID[name] else {
                    reader.report("the connection refers to no Kumu element '\(name)'", at: mapping[key] ?? item)
                    return nil
                }
                return position
            }
            guard let tail = end("from"), let head = end("to") else { continue }
            let direction = a["direction"]?.lowercased() ?? "directed"
            a["kind"] = a["kind"] ?? a["type"]
            a["weight"] = a["weight"] ?? a["strength"]
            for key in ["from", "to", "type", "direction", "description", "id", "strength"] { a[key] = nil }
            locator.edges[[graph.nodes[tail].name, graph.nodes[head].name]] = reader.location(item)
            graph.edges.append((tail, head, a))
            if direction == "undirected" || direction == "mutual", tail != head { graph.edges.append((head, tail, a)) }
        }
        if top["elements"] == nil { reader.report("Kumu JSON needs an 'elements' list", at: root) }
        guard reader.diagnostics.isEmpty else { throw CircleLoadError(.invalidData, reader.diagnostics) }
        return try graph.circle(file: file, locator: locator)
    }

    static func text(_ circle: StrategyCircle) -> String {
        let graph = AttributedGraph(circle)
        let s = JSONText.string
        func object(_ pairs: [(String, String?)]) -> String {
            "{" + pairs.compactMap { key, value in value.map { "\(s(key)): \($0)" } }.joined(separator: ", ") + "}"
        }
        let ringLabel = Dictionary(uniqueKeysWithValues: circle.rings.map { ($0.id, $0.label) })
        let nodeKeys = graph.nodeKeys.filter { !["label", "ring"].contains($0) }
        var out = "{\n  \"elements\": [\n" + zip(circle.nodes, graph.nodes).map { node, attributed in
            "    " + object([("id", s(node.id)), ("label", s(node.label)),
                            ("type", node.ring.map { s(ringLabel[$0] ?? $0) }), ("ring", node.ring.map(s)),
                            ("description", (node.provenance.quote ?? node.provenance.reason).map(s))]
                + nodeKeys.map { key in (key, attributed.attributes[key].map(s)) })
        }.joined(separator: ",\n") + "\n  ],\n"
        let edgeKeys = graph.edgeKeys.filter { $0 != "kind" }
        // Connections name Kumu elements by label; where labels repeat, by id (the reader takes both).
        let labels = circle.nodes.map(\.label)
        let names = Set(labels).count == labels.count ? labels : circle.nodes.map(\.id)
        out += "  \"connections\": [\n" + graph.edges.map { edge in
            "    " + object([("from", s(names[edge.tail])), ("to", s(names[edge.head])),
                            ("direction", s(graph.directed ? "directed" : "undirected")),
                            ("type", edge.attributes["kind"].map(s))]
                + edgeKeys.map { key in (key, edge.attributes[key].map { key == "weight" ? JSONText.number($0) : s($0) }) })
        }.joined(separator: ",\n") + "\n  ]\n}\n"
        return out
    }
}

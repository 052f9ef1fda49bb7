import Foundation
import StrategyModel

/// GraphML as NetworkX, igraph, Gephi, yEd and Cytoscape write it, read and written through
/// `AttributedGraph`.
///
/// Reading: `<key>` declarations name the data (`attr.name`, matched without case, with
/// their `<default>`); node ids are ids, except that when every node has a distinct `name`
/// (igraph and Cytoscape keep ids such as `n0` and the names apart) the names are; a yEd
/// node's `y:NodeLabel` text is its label when no `label` data is given; the graph's
/// `edgedefault` and an edge's `directed` say whether edges are directed. Only the first
/// graph of a file is read; nested graphs and hyperedges are refused.
///
/// Writing: one `<key>` per attribute in use, `weight` typed double, the rest strings; the
/// circle's title, rings and sectors in the graph attribute `strategycircle`.
enum GraphML {
    static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        let (root, graph) = try XMLGraphCollector.open(text, file: file, root: "graphml", format: "GraphML")
        var keys: [String: (name: String, domain: String)] = [:]
        var defaults: [String: [String: String]] = ["node": [:], "edge": [:], "graph": [:]]
        for key in root.children(named: "key") {
            guard let id = key.attributes["id"] else { continue }
            let name = (key.attributes["attr.name"] ?? id).lowercased()
            let domain = key.attributes["for"] ?? "all"
            keys[id] = (name, domain)
            if let value = key.child(named: "default")?.text {
                for d in domain == "all" ? ["node", "edge", "graph"] : [domain] { defaults[d]?[name] = value }
            }
        }
        func data(_ tag: XMLTag, domain: String) -> [String: String] {
            var result = defaults[domain] ?? [:]
            for item in tag.children(named: "data") {
                guard let key = item.attributes["key"], let declared = keys[key] else { continue }
                if item.children.isEmpty {
                    result[declared.name] = item.text
                } else if result["label"] == nil,
                          let label = item.descendants(named: "NodeLabel").first?.text.trimmingCharacters(in: .whitespacesAndNewlines),
                          !label.isEmpty {
                    // yEd keeps a node's label in its graphics data.
                    result["label"] = label
                }
            }
            return result
        }
        if let nested = graph.descendants(named: "graph").first {
            throw CircleLoadError(.invalidData, "nested graphs are not supported; flatten the file first",
                                  at: nested.location(in: file))
        }
        if let hyperedge = graph.child(named: "hyperedge") {
            throw CircleLoadError(.invalidData, "hyperedges are not supported", at: hyperedge.location(in: file))
        }
        var collector = XMLGraphCollector(file: file, graphTag: graph, directed: graph.attributes["edgedefault"] != "undirected")
        collector.graph.graphAttributes = data(graph, domain: "graph")
        let tags = graph.children(named: "node")
        let attributes = tags.map { data($0, domain: "node") }
        let names = attributes.compactMap { $0["name"] }
        let useNames = !tags.isEmpty && names.count == tags.count && Set(names).count == names.count
        for (tag, var a) in zip(tags, attributes) {
            if useNames {
                let name = a["name"]
                a["name"] = nil
                collector.node(tag, name: name, attributes: a)
            } else {
                if a["label"] == nil, let other = a["name"] { a["label"] = other }
                collector.node(tag, attributes: a)
            }
        }
        for tag in graph.children(named: "edge") {
            collector.edge(tag, directed: tag.attributes["directed"].map { $0 == "true" }, attributes: data(tag, domain: "edge"))
        }
        return try collector.circle()
    }

    static func text(_ circle: StrategyCircle, extras: ExtraAttributes = .init()) -> String {
        let graph = AttributedGraph(circle, extras: extras)
        let e = XMLText.escape
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        for key in graph.graphAttributes.keys.sorted() {
            out += "  <key id=\"g_\(e(key))\" for=\"graph\" attr.name=\"\(e(key))\" attr.type=\"string\"/>\n"
        }
        for key in graph.nodeKeys {
            let type = graph.isNumeric(key, extras: extras) ? "double" : "string"
            out += "  <key id=\"n_\(e(key))\" for=\"node\" attr.name=\"\(e(key))\" attr.type=\"\(type)\"/>\n"
        }
        for key in graph.edgeKeys {
            let type = graph.isNumeric(key, extras: extras) ? "double" : "string"
            out += "  <key id=\"e_\(e(key))\" for=\"edge\" attr.name=\"\(e(key))\" attr.type=\"\(type)\"/>\n"
        }
        out += "  <graph id=\"G\" edgedefault=\"\(graph.directed ? "directed" : "undirected")\">\n"
        for (key, value) in graph.graphAttributes.sorted(by: { $0.key < $1.key }) {
            out += "    <data key=\"g_\(e(key))\">\(e(value))</data>\n"
        }
        let nodeKeys = graph.nodeKeys, edgeKeys = graph.edgeKeys
        for node in graph.nodes {
            let data = nodeKeys.compactMap { key in node.attributes[key].map { "<data key=\"n_\(e(key))\">\(e($0))</data>" } }
            out += data.isEmpty ? "    <node id=\"\(e(node.name))\"/>\n"
                : "    <node id=\"\(e(node.name))\">\n" + data.map { "      \($0)\n" }.joined() + "    </node>\n"
        }
        for edge in graph.edges {
            out += "    <edge source=\"\(e(graph.nodes[edge.tail].name))\" target=\"\(e(graph.nodes[edge.head].name))\">\n"
            for key in edgeKeys { if let value = edge.attributes[key] { out += "      <data key=\"e_\(e(key))\">\(e(value))</data>\n" } }
            out += "    </edge>\n"
        }
        return out + "  </graph>\n</graphml>\n"
    }
}

/// Where an XML file writes each node and edge, as the XML parser saw them.
struct ElementLocator: AttributeLocating {
    let file: String
    var nodes: [String: SourceLocation] = [:]
    var edges: [[String]: SourceLocation] = [:]

    func node(_ id: String) -> SourceLocation { nodes[id] ?? .wholeFile(file) }
    func edge(_ from: String, _ to: String) -> SourceLocation { edges[[from, to]] ?? edges[[to, from]] ?? node(from) }
    func attribute(_ key: String, after place: SourceLocation) -> SourceLocation { place }
}

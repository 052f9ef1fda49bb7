import Foundation
import StrategyModel

/// GEXF (Gephi's format), read in versions 1.1 to 1.3 and written as 1.3, through
/// `AttributedGraph`.
///
/// Reading: `<attributes>` declarations name the `attvalue`s (by `title`, matched without
/// case, with their `<default>`); a node's `label` is its label when it differs from the id;
/// an edge's `weight` attribute is its weight (negative: a signed weight); the graph's
/// `defaultedgetype` and an edge's `type` say whether edges are directed. Dynamic graphs
/// (`spells`, `start`/`end`) are read as their union. GEXF has no graph attributes: ring
/// and sector labels and the circle's source and notes are not held; the title is kept as
/// the `<meta>` description.
///
/// Writing: the weight as the edge's `weight` (the strength; the sign is the `sign`
/// attribute, as in every format here), attribute declarations for every attribute in use,
/// and, when given, each node's
/// position and colour (`viz:position`, `viz:color`), so Gephi opens the circle as drawn.
enum GEXF {
    static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        let (root, graph) = try XMLGraphCollector.open(text, file: file, root: "gexf", format: "GEXF")
        var titles: [String: [String: String]] = ["node": [:], "edge": [:]]
        var defaults: [String: [String: String]] = ["node": [:], "edge": [:]]
        for block in graph.children(named: "attributes") {
            let domain = block.attributes["class"] ?? "node"
            for attribute in block.children(named: "attribute") {
                guard let id = attribute.attributes["id"] else { continue }
                let title = (attribute.attributes["title"] ?? id).lowercased()
                titles[domain]?[id] = title
                if let value = attribute.child(named: "default")?.text { defaults[domain]?[title] = value }
            }
        }
        func values(_ tag: XMLTag, domain: String) -> [String: String] {
            var result = defaults[domain] ?? [:]
            for value in tag.child(named: "attvalues")?.children(named: "attvalue") ?? [] {
                guard let key = value.attributes["for"] ?? value.attributes["id"], let text = value.attributes["value"] else { continue }
                result[titles[domain]?[key] ?? key.lowercased()] = text
            }
            return result
        }
        var collector = XMLGraphCollector(file: file, graphTag: graph,
                                          directed: graph.attributes["defaultedgetype"] != "undirected")
        if let title = root.child(named: "meta")?.child(named: "description")?.text, !title.isEmpty {
            collector.graph.graphAttributes["strategycircle"] = CircleHeader(title: title).json
        }
        for tag in graph.child(named: "nodes")?.children(named: "node") ?? [] {
            var a = values(tag, domain: "node")
            if let label = tag.attributes["label"], label != tag.attributes["id"], a["label"] == nil { a["label"] = label }
            collector.node(tag, attributes: a)
        }
        for tag in graph.child(named: "edges")?.children(named: "edge") ?? [] {
            var a = values(tag, domain: "edge")
            if let weight = tag.attributes["weight"], a["weight"] == nil { a["weight"] = weight }
            collector.edge(tag, directed: tag.attributes["type"].map { $0 != "undirected" }, attributes: a)
        }
        return try collector.circle()
    }

    /// GEXF 1.3 text; `placements` (node id → place and colour) adds `viz:` tags.
    static func text(_ circle: StrategyCircle, placements: [String: CircleWriter.Placement] = [:],
                     extras: ExtraAttributes = .init()) -> String {
        let graph = AttributedGraph(circle, extras: extras)
        let e = XMLText.escape
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>StrategyCircle</creator>

            """
        if let title = circle.metadata.title { out += "    <description>\(e(title))</description>\n" }
        out += "  </meta>\n  <graph defaultedgetype=\"\(graph.directed ? "directed" : "undirected")\" mode=\"static\">\n"
        let nodeKeys = graph.nodeKeys.filter { $0 != "label" }
        let edgeKeys = graph.edgeKeys.filter { $0 != "weight" }
        for (domain, keys) in [("node", nodeKeys), ("edge", edgeKeys)] where !keys.isEmpty {
            out += "    <attributes class=\"\(domain)\">\n"
            for key in keys {
                let type = graph.isNumeric(key, extras: extras) ? "double" : "string"
                out += "      <attribute id=\"\(e(key))\" title=\"\(e(key))\" type=\"\(type)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        out += "    <nodes>\n"
        for node in graph.nodes {
            out += "      <node id=\"\(e(node.name))\" label=\"\(e(node.attributes["label"] ?? node.name))\">\n"
            let values = nodeKeys.compactMap { key in node.attributes[key].map { (key, $0) } }
            if !values.isEmpty {
                out += "        <attvalues>\n"
                for (key, value) in values { out += "          <attvalue for=\"\(e(key))\" value=\"\(e(value))\"/>\n" }
                out += "        </attvalues>\n"
            }
            if let place = placements[node.name] {
                out += "        <viz:color r=\"\(place.red)\" g=\"\(place.green)\" b=\"\(place.blue)\"/>\n"
                out += "        <viz:position x=\"\(place.x)\" y=\"\(place.y)\" z=\"0.0\"/>\n"
            }
            out += "      </node>\n"
        }
        out += "    </nodes>\n    <edges>\n"
        for (number, edge) in graph.edges.enumerated() {
            let weight = edge.attributes["weight"] ?? "1"
            out += "      <edge id=\"\(number)\" source=\"\(e(graph.nodes[edge.tail].name))\" "
                + "target=\"\(e(graph.nodes[edge.head].name))\" weight=\"\(weight)\""
            let values = edgeKeys.compactMap { key in edge.attributes[key].map { (key, $0) } }
            if values.isEmpty {
                out += "/>\n"
            } else {
                out += ">\n        <attvalues>\n"
                for (key, value) in values { out += "          <attvalue for=\"\(e(key))\" value=\"\(e(value))\"/>\n" }
                out += "        </attvalues>\n      </edge>\n"
            }
        }
        return out + "    </edges>\n  </graph>\n</gexf>\n"
    }
}

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
        let root = try XMLTree.parse(text, file: file)
        guard root.localName == "gexf" else {
            throw CircleLoadError(.invalidData, "not GEXF: the root tag is <\(root.name)>, expected <gexf>",
                                  at: root.location(in: file))
        }
        guard let graph = root.child(named: "graph") else {
            throw CircleLoadError(.invalidData, "the GEXF file has no <graph>", at: root.location(in: file))
        }
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
        let directedDefault = graph.attributes["defaultedgetype"] != "undirected"
        var result = AttributedGraph(directed: directedDefault)
        if let title = root.child(named: "meta")?.child(named: "description")?.text, !title.isEmpty {
            result.graphAttributes["strategycircle"] = CircleHeader(title: title).json
        }
        var locator = ElementLocator(file: file)
        var index: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for tag in graph.child(named: "nodes")?.children(named: "node") ?? [] {
            guard let id = tag.attributes["id"] else {
                diagnostics.append(Diagnostic("a <node> without an id", at: tag.location(in: file)))
                continue
            }
            if index[id] != nil {
                diagnostics.append(Diagnostic("duplicate node id '\(id)'", at: tag.location(in: file)))
                continue
            }
            var a = values(tag, domain: "node")
            if let label = tag.attributes["label"], label != id, a["label"] == nil { a["label"] = label }
            index[id] = result.nodes.count
            locator.nodes[id] = tag.location(in: file)
            result.nodes.append((id, a))
        }
        var mixed = false
        for tag in graph.child(named: "edges")?.children(named: "edge") ?? [] {
            guard let source = tag.attributes["source"], let target = tag.attributes["target"] else {
                diagnostics.append(Diagnostic("an <edge> needs a source and a target", at: tag.location(in: file)))
                continue
            }
            guard let tail = index[source], let head = index[target] else {
                let missing = index[source] == nil ? source : target
                diagnostics.append(Diagnostic("edge refers to unknown node '\(missing)'", at: tag.location(in: file)))
                continue
            }
            if let type = tag.attributes["type"], (type != "undirected") != directedDefault { mixed = true }
            var a = values(tag, domain: "edge")
            if let weight = tag.attributes["weight"], a["weight"] == nil { a["weight"] = weight }
            locator.edges[[source, target]] = tag.location(in: file)
            result.edges.append((tail, head, a))
        }
        if mixed {
            diagnostics.append(Diagnostic("the graph mixes directed and undirected edges; StrategyCircle reads one kind",
                                          at: graph.location(in: file)))
        }
        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        return try result.circle(file: file, locator: locator)
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
        if !nodeKeys.isEmpty {
            out += "    <attributes class=\"node\">\n"
            for key in nodeKeys {
                let type = graph.isNumeric(key, extras: extras) ? "double" : "string"
                out += "      <attribute id=\"\(e(key))\" title=\"\(e(key))\" type=\"\(type)\"/>\n"
            }
            out += "    </attributes>\n"
        }
        if !edgeKeys.isEmpty {
            out += "    <attributes class=\"edge\">\n"
            for key in edgeKeys {
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

import Foundation
import StrategyModel
import Yams

/// Node-link JSON as NetworkX's `node_link_data` and d3 write it: `{"directed", "graph",
/// "nodes": [{"id", …}], "edges" (or "links"): [{"source", "target", …}]}`, read and
/// written through `AttributedGraph`. Read with Yams, so problems name line and column.
/// Sources and targets may be node ids or (d3) positions in the node list. Attribute values
/// that are lists or objects are kept as their JSON text.
enum NodeLinkJSON {
    static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        let (root, top) = try CircleYAMLReader.rootMapping(of: text, file: file, expected: "node-link JSON is an object with 'nodes' and 'edges'")
        var reader = CircleYAMLReader(file: file)
        func value(_ node: Yams.Node) -> String? {
            switch node {
            case let .scalar(scalar): return node.null != nil ? nil : scalar.string
            default: return (try? Yams.serialize(node: node)).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            }
        }
        func attributes(_ mapping: Yams.Node.Mapping, except: Set<String>) -> [String: String] {
            var result: [String: String] = [:]
            for (key, item) in mapping {
                guard let name = key.scalar?.string, !except.contains(name) else { continue }
                result[name.lowercased()] = value(item)
            }
            return result
        }
        let directed = top["directed"]?.bool ?? true
        var graph = AttributedGraph(directed: directed)
        if let fields = top["graph"]?.mapping { graph.graphAttributes = attributes(fields, except: []) }
        var locator = ElementLocator(file: file)
        var index: [String: Int] = [:]
        for item in reader.sequence(top["nodes"], "'nodes'") {
            guard let fields = item.mapping else {
                reader.report("expected a node to be an object, found \(reader.describe(item))", at: item)
                continue
            }
            guard let idNode = fields["id"], let id = value(idNode) else {
                reader.report("a node needs an 'id'", at: item)
                continue
            }
            if index[id] != nil {
                reader.report("duplicate node id '\(id)'", at: idNode)
                continue
            }
            index[id] = graph.nodes.count
            locator.nodes[id] = reader.location(item)
            graph.nodes.append((id, attributes(fields, except: ["id"])))
        }
        let edgeList = top["edges"] ?? top["links"]
        for item in reader.sequence(edgeList, "'edges'") {
            guard let fields = item.mapping else {
                reader.report("expected an edge to be an object, found \(reader.describe(item))", at: item)
                continue
            }
            func end(_ key: String) -> Int? {
                guard let node = fields[key], let text = value(node) else {
                    reader.report("an edge needs a '\(key)'", at: item)
                    return nil
                }
                if let position = index[text] { return position }
                // d3 refers to nodes by their position in the list.
                if node.int != nil, let position = Int(text), graph.nodes.indices.contains(position), index[text] == nil {
                    return position
                }
                reader.report("edge refers to unknown node '\(text)'", at: node)
                return nil
            }
            guard let tail = end("source"), let head = end("target") else { continue }
            locator.edges[[graph.nodes[tail].name, graph.nodes[head].name]] = reader.location(item)
            graph.edges.append((tail, head, attributes(fields, except: ["source", "target", "key"])))
        }
        if top["nodes"] == nil { reader.report("node-link JSON needs a 'nodes' list", at: root) }
        guard reader.diagnostics.isEmpty else { throw CircleLoadError(.invalidData, reader.diagnostics) }
        return try graph.circle(file: file, locator: locator)
    }

    /// NetworkX 3.6's layout: `directed`, `multigraph`, `graph`, `nodes`, `edges`; weights
    /// are numbers, every other value a string.
    static func text(_ circle: StrategyCircle, extras: ExtraAttributes = .init()) -> String {
        let graph = AttributedGraph(circle, extras: extras)
        func string(_ text: String) -> String { JSONText.string(text) }
        func object(_ pairs: [(String, String)]) -> String {
            "{" + pairs.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}"
        }
        let nodeKeys = graph.nodeKeys, edgeKeys = graph.edgeKeys
        var out = "{\n  \"directed\": \(graph.directed),\n  \"multigraph\": false,\n"
        out += "  \"graph\": " + object(graph.graphAttributes.sorted { $0.key < $1.key }.map { ($0.key, string($0.value)) }) + ",\n"
        out += "  \"nodes\": [\n" + graph.nodes.map { node in
            "    " + object([("id", string(node.name))] + nodeKeys.compactMap { key in
                node.attributes[key].map { (key, graph.isNumeric(key, extras: extras) ? JSONText.number($0) : string($0)) }
            })
        }.joined(separator: ",\n") + "\n  ],\n"
        out += "  \"edges\": [\n" + graph.edges.map { edge in
            "    " + object([("source", string(graph.nodes[edge.tail].name)), ("target", string(graph.nodes[edge.head].name))]
                + edgeKeys.compactMap { key in
                    edge.attributes[key].map { (key, graph.isNumeric(key, extras: extras) ? JSONText.number($0) : string($0)) }
                })
        }.joined(separator: ",\n") + "\n  ]\n}\n"
        return out
    }
}

/// JSON text pieces for the writers: strings escaped by Foundation's encoder, numbers as
/// written when they are finite JSON numbers.
enum JSONText {
    static func string(_ text: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }

    static func number(_ text: String) -> String {
        guard let value = Double(text), value.isFinite else { return string(text) }
        return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}

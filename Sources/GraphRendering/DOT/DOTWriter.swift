import GraphvizBridge

/// Writes a `Diagram` as DOT text: graph attributes, node and edge defaults, every node with
/// its attributes in diagram order, then every edge.
///
/// Our own writer rather than Graphviz's: Graphviz writes a node where an edge first names
/// it, so reading its output back reorders nodes. With a layout, nodes get `pos` in points
/// (as `neato -n` reads it) and the graph its `bb`; edges are routed again when drawn.
public enum DOTWriter {
    public static func write(_ diagram: Diagram, layout: DiagramLayout? = nil) -> String {
        var lines = ["\(diagram.directed ? "digraph" : "graph") \(quote(diagram.name)) {"]
        var graphAttributes = diagram.graphAttributes
        if let layout {
            let box = layout.boundingBox
            graphAttributes.append(.init("bb", [box.minX, box.minY, box.maxX, box.maxY].map(number).joined(separator: ",")))
        }
        if !graphAttributes.isEmpty { lines.append("  graph " + attributeList(graphAttributes)) }
        if !diagram.nodeDefaults.isEmpty { lines.append("  node " + attributeList(diagram.nodeDefaults)) }
        if !diagram.edgeDefaults.isEmpty { lines.append("  edge " + attributeList(diagram.edgeDefaults)) }
        for (index, node) in diagram.nodes.enumerated() {
            var attributes = node.attributes.filter { $0.name != "pos" }
            if let placement = layout?.nodes[index] {
                attributes.append(.init("pos", "\(number(placement.x)),\(number(placement.y))"))
            } else if let pos = node.attributes.first(where: { $0.name == "pos" }) {
                attributes.append(pos)
            }
            lines.append("  \(quote(node.name))" + (attributes.isEmpty ? "" : " " + attributeList(attributes)))
        }
        let arrow = diagram.directed ? "->" : "--"
        for edge in diagram.edges {
            let tail = quote(diagram.nodes[edge.tail].name)
            let head = quote(diagram.nodes[edge.head].name)
            lines.append("  \(tail) \(arrow) \(head)" + (edge.attributes.isEmpty ? "" : " " + attributeList(edge.attributes)))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func attributeList(_ attributes: [Diagram.Attribute]) -> String {
        "[" + attributes.map { "\(quote($0.name))=\(quote($0.value))" }.joined(separator: ", ") + "]"
    }

    /// A DOT quoted string. Inside one, only `"` is escaped (`\"`); other backslashes stay,
    /// so Graphviz label escapes such as `\n` keep their meaning.
    static func quote(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func number(_ value: Double) -> String { CircleDrawing.format(value) }
}

internal import CGraphviz

typealias GraphPointer = UnsafeMutablePointer<Agraph_t>
typealias NodePointer = UnsafeMutablePointer<Agnode_t>

/// Lays out and renders `Diagram`s with Graphviz's C libraries, in-process.
///
/// Safe to call from any thread or task: calls are serialised (see `Graphviz`). Every
/// graph, layout and render buffer is freed on every path, errors included. Graphviz's
/// error text comes back as a `GraphvizError`; nothing is printed.
public enum GraphvizRenderer {
    /// Lays out `diagram` with `engine` and renders it to `format`; returns the bytes.
    public static func render(_ diagram: Diagram, engine: LayoutEngine, format: RenderFormat)
        throws(GraphvizError) -> [UInt8]
    {
        try Graphviz.withSession { (session) throws(GraphvizError) in
            try withLaidOutGraph(diagram, engine: engine, session: session) { (graph, _) throws(GraphvizError) in
                try renderLaidOut(graph, format: format, session: session)
            }
        }
    }

    /// Lays out `diagram` with `engine` and returns where every node went.
    public static func layout(_ diagram: Diagram, engine: LayoutEngine) throws(GraphvizError) -> DiagramLayout {
        try Graphviz.withSession { (session) throws(GraphvizError) in
            try withLaidOutGraph(diagram, engine: engine, session: session) { (graph, nodes) throws(GraphvizError) in
                readLayout(graph, nodes: nodes)
            }
        }
    }

    /// Lays out once, then renders every format asked for (one layout, many files).
    public static func render(_ diagram: Diagram, engine: LayoutEngine, formats: [RenderFormat])
        throws(GraphvizError) -> [RenderFormat: [UInt8]]
    {
        try Graphviz.withSession { (session) throws(GraphvizError) in
            try withLaidOutGraph(diagram, engine: engine, session: session) { (graph, _) throws(GraphvizError) in
                var outputs: [RenderFormat: [UInt8]] = [:]
                for format in formats { outputs[format] = try renderLaidOut(graph, format: format, session: session) }
                return outputs
            }
        }
    }

    // MARK: - Inside the session

    /// Builds the cgraph graph, lays it out, runs `body`, then frees layout and graph.
    private static func withLaidOutGraph<R>(
        _ diagram: Diagram, engine: LayoutEngine, session: Graphviz.Session,
        _ body: (GraphPointer, [NodePointer]) throws(GraphvizError) -> R
    ) throws(GraphvizError) -> R {
        let (graph, nodes) = try build(diagram)
        defer { agclose(graph) }
        let rc = gvLayout(session.context, graph, session.name(engine.rawValue))
        let laidOut = gvx_layout_done(graph) != 0
        defer { if laidOut { gvFreeLayout(session.context, graph) } }
        let messages = Graphviz.takeMessages()
        if rc != 0 || !laidOut || Graphviz.errorRaised() {
            throw GraphvizError(.layout, messages.isEmpty ? "layout with \(engine.rawValue) failed" : messages)
        }
        Graphviz.clearErrors()
        return try body(graph, nodes)
    }

    /// Creates the cgraph graph for `diagram`. The caller closes it.
    private static func build(_ diagram: Diagram) throws(GraphvizError) -> (GraphPointer, [NodePointer]) {
        let description = diagram.directed ? gvx_directed() : gvx_undirected()
        guard let graph = withMutableCString(diagram.name, { agopen($0, description, nil) }) else {
            throw GraphvizError(.build, "cannot create a graph: \(Graphviz.takeMessages())")
        }
        for attribute in diagram.graphAttributes { set(attribute, on: UnsafeMutableRawPointer(graph)) }
        declare(diagram.nodeDefaults, kind: Int32(AGNODE), in: graph)
        declare(diagram.edgeDefaults, kind: Int32(AGEDGE), in: graph)

        var nodes: [NodePointer] = []
        nodes.reserveCapacity(diagram.nodes.count)
        for node in diagram.nodes {
            guard let created = withMutableCString(node.name, { agnode(graph, $0, 1) }) else {
                agclose(graph)
                throw GraphvizError(.build, "cannot create node '\(node.name)'")
            }
            for attribute in node.attributes { set(attribute, on: UnsafeMutableRawPointer(created)) }
            nodes.append(created)
        }
        for edge in diagram.edges {
            guard nodes.indices.contains(edge.tail), nodes.indices.contains(edge.head),
                  let created = agedge(graph, nodes[edge.tail], nodes[edge.head], nil, 1)
            else {
                agclose(graph)
                throw GraphvizError(.build, "cannot create edge \(edge.tail) -> \(edge.head)")
            }
            for attribute in edge.attributes { set(attribute, on: UnsafeMutableRawPointer(created)) }
        }
        return (graph, nodes)
    }

    private static func set(_ attribute: Diagram.Attribute, on object: UnsafeMutableRawPointer) {
        withMutableCString(attribute.name) { name in
            withMutableCString(attribute.value) { value in
                withMutableCString("") { empty in _ = agsafeset(object, name, value, empty) }
            }
        }
    }

    private static func declare(_ defaults: [Diagram.Attribute], kind: Int32, in graph: GraphPointer) {
        for attribute in defaults {
            withMutableCString(attribute.name) { name in
                withMutableCString(attribute.value) { value in _ = agattr(graph, kind, name, value) }
            }
        }
    }

    /// Renders a laid-out graph; copies the bytes into Swift memory and frees Graphviz's buffer.
    private static func renderLaidOut(_ graph: GraphPointer, format: RenderFormat,
                                      session: Graphviz.Session) throws(GraphvizError) -> [UInt8] {
        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let rc = gvRenderData(session.context, graph, session.name(format.device), &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        let messages = Graphviz.takeMessages()
        guard rc == 0, !Graphviz.errorRaised(), let buffer else {
            throw GraphvizError(.render, messages.isEmpty ? "rendering \(format.rawValue) failed" : messages)
        }
        let bytes = buffer.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        return format == .pdf ? withoutCreationDate(bytes) : bytes
    }

    /// Cairo stamps PDFs with the time of rendering; the same drawing must give the same
    /// bytes, so the stamp becomes a fixed date of the same length (byte offsets in the
    /// file's cross-reference table stay right).
    static func withoutCreationDate(_ pdf: [UInt8]) -> [UInt8] {
        let key = Array("/CreationDate (D:".utf8)
        let fixed = Array("20000101000000".utf8)
        guard let start = pdf.firstRange(of: key)?.upperBound, start + fixed.count <= pdf.count,
              pdf[start..<start + fixed.count].allSatisfy({ (0x30...0x39).contains($0) })
        else { return pdf }
        var result = pdf
        result.replaceSubrange(start..<start + fixed.count, with: fixed)
        return result
    }

    private static func readLayout(_ graph: GraphPointer, nodes: [NodePointer]) -> DiagramLayout {
        let placements = nodes.map { node in
            let centre = gvx_node_coord(node)
            return DiagramLayout.NodePlacement(x: centre.x, y: centre.y,
                                               width: gvx_node_width(node) * 72, height: gvx_node_height(node) * 72)
        }
        let box = gvx_graph_bb(graph)
        return DiagramLayout(nodes: placements,
                             boundingBox: .init(minX: box.LL.x, minY: box.LL.y, maxX: box.UR.x, maxY: box.UR.y))
    }
}

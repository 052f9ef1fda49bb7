import StrategyModel

/// Collects the `<node>`s and `<edge>`s of an XML graph format (GraphML, GEXF) into an
/// `AttributedGraph`, with where each is written and every problem found: the part both
/// readers share.
struct XMLGraphCollector {
    let file: String
    let graphTag: XMLTag
    var graph: AttributedGraph
    var locator: ElementLocator
    private var index: [String: Int] = [:]
    private var diagnostics: [Diagnostic] = []
    private var mixed = false

    /// The document's root tag (named `root`) and its first `<graph>`; refuses anything else.
    static func open(_ text: String, file: String, root name: String, format: String) throws(CircleLoadError)
        -> (root: XMLTag, graph: XMLTag)
    {
        let root = try XMLTree.parse(text, file: file)
        guard root.localName == name else {
            throw CircleLoadError(.invalidData, "not \(format): the root tag is <\(root.name)>, expected <\(name)>",
                                  at: root.location(in: file))
        }
        guard let graph = root.child(named: "graph") else {
            throw CircleLoadError(.invalidData, "the \(format) file has no <graph>", at: root.location(in: file))
        }
        return (root, graph)
    }

    init(file: String, graphTag: XMLTag, directed: Bool) {
        self.file = file
        self.graphTag = graphTag
        graph = AttributedGraph(directed: directed)
        locator = ElementLocator(file: file)
    }

    /// A `<node>`, known by its `id` in the file and by `name` in the circle (default: the id).
    mutating func node(_ tag: XMLTag, name: String? = nil, attributes: [String: String]) {
        guard let id = tag.attributes["id"] else {
            diagnostics.append(Diagnostic("a <node> without an id", at: tag.location(in: file)))
            return
        }
        if index[id] != nil {
            diagnostics.append(Diagnostic("duplicate node id '\(id)'", at: tag.location(in: file)))
            return
        }
        index[id] = graph.nodes.count
        locator.nodes[name ?? id] = tag.location(in: file)
        graph.nodes.append((name ?? id, attributes))
    }

    /// An `<edge>` between ids of nodes already collected; `directed` is the edge's own say
    /// (nil: the graph's default).
    mutating func edge(_ tag: XMLTag, directed: Bool?, attributes: [String: String]) {
        guard let source = tag.attributes["source"], let target = tag.attributes["target"] else {
            diagnostics.append(Diagnostic("an <edge> needs a source and a target", at: tag.location(in: file)))
            return
        }
        guard let tail = index[source], let head = index[target] else {
            let missing = index[source] == nil ? source : target
            diagnostics.append(Diagnostic("edge refers to unknown node '\(missing)'", at: tag.location(in: file)))
            return
        }
        if let directed, directed != graph.directed { mixed = true }
        locator.edges[[graph.nodes[tail].name, graph.nodes[head].name]] = tag.location(in: file)
        graph.edges.append((tail, head, attributes))
    }

    /// The circle, or every problem found.
    func circle() throws(CircleLoadError) -> StrategyCircle {
        var problems = diagnostics
        if mixed {
            problems.append(Diagnostic("the graph mixes directed and undirected edges; StrategyCircle reads one kind",
                                       at: graphTag.location(in: file)))
        }
        guard problems.isEmpty else { throw CircleLoadError(.invalidData, problems) }
        return try graph.circle(file: file, locator: locator)
    }
}

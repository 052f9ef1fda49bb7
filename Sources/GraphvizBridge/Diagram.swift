/// A graph to lay out and render, as plain Swift values: nodes and edges with Graphviz
/// attributes. Nothing here touches C; `Graphviz` turns it into a cgraph graph inside its lock.
///
/// Attribute names and values are Graphviz's (https://graphviz.org/doc/info/attrs.html);
/// attribute order is kept, so output is deterministic.
public struct Diagram: Hashable, Sendable {
    public struct Node: Hashable, Sendable {
        /// The node's name in DOT output.
        public var name: String
        public var attributes: [Attribute]
        public init(name: String, attributes: [Attribute] = []) {
            self.name = name
            self.attributes = attributes
        }
    }

    public struct Edge: Hashable, Sendable {
        /// Positions in `nodes`.
        public var tail: Int
        public var head: Int
        public var attributes: [Attribute]
        public init(tail: Int, head: Int, attributes: [Attribute] = []) {
            self.tail = tail
            self.head = head
            self.attributes = attributes
        }
    }

    public struct Attribute: Hashable, Sendable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public var name: String
    public var directed: Bool
    public var graphAttributes: [Attribute]
    /// Defaults for every node / edge (Graphviz's `node [...]` and `edge [...]`).
    public var nodeDefaults: [Attribute]
    public var edgeDefaults: [Attribute]
    public var nodes: [Node]
    public var edges: [Edge]

    public init(name: String = "circle", directed: Bool = true, graphAttributes: [Attribute] = [],
                nodeDefaults: [Attribute] = [], edgeDefaults: [Attribute] = [],
                nodes: [Node] = [], edges: [Edge] = []) {
        self.name = name
        self.directed = directed
        self.graphAttributes = graphAttributes
        self.nodeDefaults = nodeDefaults
        self.edgeDefaults = edgeDefaults
        self.nodes = nodes
        self.edges = edges
    }
}

/// Where Graphviz placed each node: centres in points (y up, as Graphviz reports them),
/// sizes in points, and the drawing's bounding box.
public struct DiagramLayout: Hashable, Sendable {
    public struct Box: Hashable, Sendable {
        public var minX: Double, minY: Double, maxX: Double, maxY: Double
        public var width: Double { maxX - minX }
        public var height: Double { maxY - minY }

        public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
            self.minX = minX
            self.minY = minY
            self.maxX = maxX
            self.maxY = maxY
        }

        /// Whether two boxes share interior area.
        public func overlaps(_ other: Box) -> Bool {
            minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
        }
    }

    public struct NodePlacement: Hashable, Sendable {
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        /// The node's box (its shape's bounding box).
        public var box: Box {
            Box(minX: x - width / 2, minY: y - height / 2, maxX: x + width / 2, maxY: y + height / 2)
        }
    }

    /// In the order of `Diagram.nodes`.
    public var nodes: [NodePlacement]
    public var boundingBox: Box
}

import GraphvizBridge
import Foundation
import GraphFormats
import StrategyModel

/// How to draw a circle: layout, colours, sizes, emphasis.
public struct CircleDrawingOptions: Sendable {
    public enum Layout: Sendable, Hashable {
        /// The strategy-circle wheel (rings and sector wedges); the default for circles with rings.
        case wheel
        /// A Graphviz engine.
        case engine(LayoutEngine)
    }

    /// What fills a node.
    public enum Coloring: Sendable, Hashable {
        case ring
        case sector
        /// Caller-defined groups (e.g. synergy clusters): a group index per node, or nil.
        case groups([Int?], names: [String])
    }

    public enum LabelLanguage: String, Sendable, CaseIterable {
        /// Labels as written in the file.
        case original
        /// English labels where given.
        case english
    }

    /// Nil picks: the wheel for circles with rings; otherwise neato up to 100 nodes and sfdp beyond.
    public var layout: Layout?
    public var coloring: Coloring = .sector
    /// A value per node (in `circle.nodes` order) that scales its font and box; nil draws all alike.
    public var sizeValues: [Double]?
    /// Ids of nodes drawn with a heavy black border.
    public var highlightedNodes: Set<String> = []
    /// Edges drawn heavy and black, as (from, to) id pairs.
    public var highlightedEdges: Set<EdgeReference> = []
    /// Nodes drawn greyed and dashed (what-if removals); their edges too.
    public var removedNodes: Set<String> = []
    public var removedEdges: Set<EdgeReference> = []
    /// Edges drawn dotted in vermilion: e.g. the surviving edges of loops a scenario broke.
    public var markedEdges: Set<EdgeReference> = []
    /// A merged circle's agreement per edge: the share of participants who drew it and
    /// whether they disagree on its sign. Edges most drew stay solid, those half or fewer
    /// drew are dashed, those a third or fewer drew dotted; a sign conflict is purple with
    /// "±" on the edge.
    public var agreement: [EdgeReference: (share: Double, signConflict: Bool)] = [:]
    /// Whether nodes with status `excluded` (and their edges) are drawn, dashed.
    public var showExcluded = true
    public var labels: LabelLanguage = .original
    /// Resolution of PNG output in dots per inch.
    public var dpi: Double = 96
    /// Font for every text; must have glyphs for the labels (DejaVu Sans has ä, ö, ü, ß).
    public var fontName = "DejaVu Sans"
    public var title: String?
    /// More hover text per node id (ranks, say), added below the node's evidence.
    public var notes: [String: String] = [:]

    public init() {}

}

/// Turns a circle into a `Diagram` that Graphviz lays out and renders.
///
/// Besides styling, the diagram carries the model as attributes (`ring`, `sector`,
/// `label_en`, `status`, `quote`/`inferred` on nodes; `weight`, `sign`, `kind`,
/// `quote`/`inferred` on edges; the circle's metadata, rings and sectors as JSON in the
/// graph attribute `strategycircle`), so its DOT output reads back into an equal circle
/// (see `DOTReader`).
public enum CircleDrawing {
    static let wrapWidth = 16
    static let baseFontSize = 10.0
    /// Above this many nodes edges are drawn straight: Graphviz's spline router builds a
    /// visibility graph around every node, which grows about cubically.
    static let splineLimit = 150

    /// The diagram for `circle` and the engine to lay it out with.
    public static func diagram(for circle: StrategyCircle, options: CircleDrawingOptions = .init())
        throws(GraphvizError) -> (diagram: Diagram, engine: LayoutEngine)
    {
        let shown = circle.nodes.indices.filter { options.showExcluded || circle.nodes[$0].isActive }
        let shownSet = Set(shown)
        let layout = options.layout ?? (circle.rings.isEmpty ? .engine(shown.count <= 100 ? .neato : .sfdp) : .wheel)

        var diagram = Diagram(name: "circle")
        diagram.graphAttributes = [
            .init("fontname", options.fontName),
            .init("dpi", format(options.dpi)),
            .init("outputorder", "edgesfirst"),
            .init("bgcolor", "white"),
            .init("pad", "0.3"),
            .init("strategycircle", CircleHeader(circle).json),
        ]
        if let title = options.title ?? (options.labels == .english ? circle.metadata.titleEN ?? circle.metadata.title : circle.metadata.title) {
            diagram.graphAttributes += [.init("label", DOTLabel.encode(title, wrapAt: 0)), .init("labelloc", "t"),
                                        .init("fontsize", "18")]
        }
        diagram.nodeDefaults = [
            .init("fontname", options.fontName), .init("fontsize", format(baseFontSize)),
            .init("shape", "box"), .init("style", "rounded,filled"), .init("margin", "0.08,0.04"),
            .init("fontcolor", Palette.text.hex), .init("penwidth", "1"),
        ]
        diagram.edgeDefaults = [.init("arrowsize", "0.6"), .init("fontname", options.fontName)]

        let sizeScale = sizeScaling(options.sizeValues, count: circle.nodes.count)
        var diagramIndex: [Int: Int] = [:]
        for index in shown {
            let node = circle.nodes[index]
            diagramIndex[index] = diagram.nodes.count
            diagram.nodes.append(Diagram.Node(name: node.id, attributes: nodeAttributes(
                node, index: index, circle: circle, options: options, scale: sizeScale[index])))
        }
        let maxWeight = circle.edges.lazy.map(\.weight).max() ?? 1
        let adjacency = circle.adjacency
        for (index, edge) in circle.edges.enumerated() {
            let from = Int(adjacency.edgeSources[index])
            let to = Int(adjacency.edgeTargets[index])
            guard shownSet.contains(from), shownSet.contains(to), let tail = diagramIndex[from],
                  let head = diagramIndex[to] else { continue }
            let inactive = !circle.nodes[from].isActive || !circle.nodes[to].isActive
            diagram.edges.append(Diagram.Edge(tail: tail, head: head, attributes: edgeAttributes(
                edge, maxWeight: maxWeight, options: options, inactive: inactive)))
        }

        switch layout {
        case let .engine(engine):
            if engine == .neato || engine == .fdp || engine == .sfdp {
                diagram.graphAttributes += [.init("overlap", "false"),
                                            .init("splines", shown.count <= splineLimit ? "true" : "false")]
            }
            if engine == .dot { diagram.graphAttributes.append(.init("rankdir", "LR")) }
            return (diagram, engine)
        case .wheel:
            try placeOnWheel(&diagram, circle: circle, shown: shown, options: options)
            return (diagram, .nop)
        }
    }

    /// Draws `circle` to `format`. DOT is written by `DOTWriter` (node order kept, positions
    /// included), every other format by Graphviz.
    public static func render(_ circle: StrategyCircle, options: CircleDrawingOptions = .init(),
                              format: RenderFormat) throws(GraphvizError) -> [UInt8] {
        let (diagram, engine) = try diagram(for: circle, options: options)
        if format == .dot {
            // Every id and value must read back equal (labels are escaped by `DOTLabel`).
            for node in diagram.nodes {
                if let problem = DOTQuoting.problem(node.name) {
                    throw GraphvizError(.build, "node id '\(node.name)' cannot be written to DOT: \(problem)")
                }
                for attribute in node.attributes where attribute.name != "label" {
                    if let problem = DOTQuoting.problem(attribute.value) {
                        throw GraphvizError(.build, "node '\(node.name)': its \(attribute.name) cannot be written to DOT: \(problem)")
                    }
                }
            }
            for edge in diagram.edges {
                for attribute in edge.attributes where attribute.name != "label" {
                    if let problem = DOTQuoting.problem(attribute.value) {
                        throw GraphvizError(.build, "edge \(diagram.nodes[edge.tail].name) -> \(diagram.nodes[edge.head].name): "
                            + "its \(attribute.name) cannot be written to DOT: \(problem)")
                    }
                }
            }
            let layout = try GraphvizRenderer.layout(diagram, engine: engine)
            return Array(DOTWriter.write(diagram, layout: layout).utf8)
        }
        var drawn = diagram
        if format == .svg {
            // Graphviz 2.42 writes an SVG at dpi ≠ 72 with its content scaled but its viewBox
            // not, so browsers crop it; vector output needs no dpi.
            drawn.graphAttributes = drawn.graphAttributes.map { $0.name == "dpi" ? .init("dpi", "72") : $0 }
        }
        return try GraphvizRenderer.render(drawn, engine: engine, format: format)
    }

    // MARK: - Nodes and edges

    private static func nodeAttributes(_ node: Node, index: Int, circle: StrategyCircle,
                                       options: CircleDrawingOptions, scale: Double) -> [Diagram.Attribute] {
        let shownLabel = options.labels == .english ? (node.labelEN ?? node.label) : node.label
        var attributes: [Diagram.Attribute] = [.init("label", DOTLabel.encode(shownLabel, wrapAt: wrapWidth))]
        let group = groupIndex(of: index, circle: circle, coloring: options.coloring)
        let isCore = node.ring != nil && node.ring == circle.rings.first?.id && node.sector == nil
        var fill = isCore ? Palette.core : (group.map { Palette.group($0).tint(0.45) } ?? Palette.excludedFill)
        var border = isCore ? Palette.core.shade(0.45) : (group.map { Palette.group($0).shade(0.35) } ?? Palette.guide)
        var style = "rounded,filled"
        var fontColor: String?
        if !node.isActive {
            fill = Palette.excludedFill
            border = Palette.guide.shade(0.3)
            style = "rounded,filled,dashed"
            fontColor = "#666666"
        }
        if options.removedNodes.contains(node.id) {
            fill = Palette.removedFill
            border = Palette.guide
            style = "rounded,filled,dashed"
            fontColor = "#aaaaaa"
        }
        attributes += [.init("fillcolor", fill.hex), .init("color", border.hex), .init("style", style)]
        if let fontColor { attributes.append(.init("fontcolor", fontColor)) }
        if scale != 1 { attributes.append(.init("fontsize", format(baseFontSize * scale))) }
        if options.highlightedNodes.contains(node.id) {
            attributes += [.init("penwidth", "3"), .init("color", "#000000")]
        }
        // The model, for DOT round trips.
        if let ring = node.ring { attributes.append(.init("ring", ring)) }
        if let sector = node.sector { attributes.append(.init("sector", sector)) }
        if let english = node.labelEN { attributes.append(.init("label_en", english)) }
        if !node.isActive { attributes.append(.init("status", node.status.rawValue)) }
        if options.labels == .english { attributes.append(.init("label_original", node.label)) }
        attributes += provenanceAttributes(node.provenance)
        if let placement = node.placementReason { attributes.append(.init("placement_inferred", placement)) }
        attributes.append(.init("tooltip", tooltip(title: shownLabel, node.provenance, placement: node.placementReason,
                                                   note: options.notes[node.id])))
        return attributes
    }

    private static func edgeAttributes(_ edge: Edge, maxWeight: Double, options: CircleDrawingOptions,
                                       inactive: Bool) -> [Diagram.Attribute] {
        let base = edge.sign == .positive ? Palette.positive : Palette.negative
        let key = EdgeReference(from: edge.from, to: edge.to)
        let removed = options.removedEdges.contains(key) || options.removedNodes.contains(edge.from)
            || options.removedNodes.contains(edge.to)
        var color = base.hex(opacity: 0.7)
        var styles: [String] = edge.sign == .negative ? ["dashed"] : []
        if inactive || removed {
            color = Palette.guide.hex(opacity: 0.8)
            styles = ["dashed"]
        }
        var penWidth = 0.6 + 1.8 * edge.weight / maxWeight
        if !removed, options.markedEdges.contains(key) {
            color = Palette.negative.hex
            styles = ["dotted"]
            penWidth += 0.8
        }
        if options.highlightedEdges.contains(key) {
            color = "#000000"
            penWidth += 1.5
        }
        var conflictLabel = false
        if let agreed = options.agreement[key] {
            if agreed.share <= 1.0 / 3 + 1e-9 { styles = ["dotted"] } else if agreed.share <= 0.5 + 1e-9 { styles = ["dashed"] }
            if agreed.signConflict {
                color = Palette.conflict.hex
                conflictLabel = true
            }
        }
        var attributes: [Diagram.Attribute] = [.init("color", color), .init("penwidth", format(penWidth))]
        if !styles.isEmpty { attributes.append(.init("style", styles.joined(separator: ","))) }
        if conflictLabel { attributes += [.init("label", "±"), .init("fontcolor", Palette.conflict.hex)] }
        attributes += [.init("weight", format(edge.weight)), .init("sign", edge.sign.symbol),
                       .init("kind", edge.kind.rawValue)]
        attributes += provenanceAttributes(edge.provenance)
        let title = "\(edge.from) → \(edge.to) (\(edge.sign.symbol)\(format(edge.weight)))"
        attributes.append(.init("tooltip", tooltip(title: title, edge.provenance, placement: nil)))
        return attributes
    }

    /// The model's evidence as attributes, for DOT round trips (`DOTReader` reads them back).
    private static func provenanceAttributes(_ provenance: Provenance) -> [Diagram.Attribute] {
        var attributes: [Diagram.Attribute] = []
        if provenance.evidence != .unspecified { attributes.append(.init("evidence", provenance.evidence.rawValue)) }
        if let quote = provenance.quote { attributes.append(.init("quote", quote)) }
        if let reason = provenance.reason { attributes.append(.init("inferred", reason)) }
        if !provenance.basis.isEmpty { attributes.append(.init("basis", DOTList.encode(provenance.basis))) }
        if let wording = provenance.wording { attributes.append(.init("claim", wording.rawValue)) }
        return attributes
    }

    /// What a browser shows on hover over an SVG node: its name and the text behind it.
    static func tooltip(title: String, _ provenance: Provenance, placement: String?, note: String? = nil) -> String {
        var lines = [title]
        switch provenance.evidence {
        case .stated:
            lines.append("stated" + (provenance.wording.map { " (\($0.rawValue))" } ?? "")
                         + (provenance.quote.map { ": “\($0)”" } ?? ""))
        case .inferred:
            lines.append("inferred" + (provenance.reason.map { ": \($0)" } ?? ""))
            lines += provenance.basis.map { "  rests on: “\($0)”" }
        case .unspecified:
            lines.append("evidence not given")
        }
        if let placement { lines.append("placement inferred: \(placement)") }
        if let note { lines.append(note) }
        // escString: a backslash must be doubled; "\n" is Graphviz's line break.
        return lines.map { $0.replacingOccurrences(of: "\\", with: "\\\\") }.joined(separator: "\\n")
    }

    private static func groupIndex(of node: Int, circle: StrategyCircle, coloring: CircleDrawingOptions.Coloring)
        -> Int?
    {
        switch coloring {
        case .ring: return circle.nodes[node].ring.flatMap(circle.index(ofRing:))
        case .sector: return circle.nodes[node].sector.flatMap(circle.index(ofSector:))
        case let .groups(groups, _): return groups.indices.contains(node) ? groups[node] : nil
        }
    }

    /// Font scale per node: 1 without values; else 0.9…1.6 by the value's rank in its range.
    private static func sizeScaling(_ values: [Double]?, count: Int) -> [Double] {
        guard let values, values.count == count, let low = values.filter(\.isFinite).min(),
              let high = values.filter(\.isFinite).max(), high > low
        else { return [Double](repeating: 1, count: count) }
        return values.map { $0.isFinite ? 0.9 + 0.7 * ($0 - low) / (high - low) : 0.9 }
    }

    // MARK: - Wheel

    private static func placeOnWheel(_ diagram: inout Diagram, circle: StrategyCircle, shown: [Int],
                                     options: CircleDrawingOptions) throws(GraphvizError) {
        // Let Graphviz measure the boxes (labels, fonts), then place them.
        var measuring = diagram
        for index in measuring.nodes.indices { measuring.nodes[index].attributes.append(.init("pos", "0,0")) }
        measuring.edges = []
        let measured = try GraphvizRenderer.layout(measuring, engine: .nop)
        let sizes = measured.nodes.map { (width: $0.width, height: $0.height) }
        let wheel = WheelLayout(circle: circle, nodes: shown, sizes: sizes)

        for (index, position) in wheel.positions.enumerated() {
            diagram.nodes[index].attributes.append(.init("pos", "\(format(position.x)),\(format(position.y))"))
        }
        diagram.graphAttributes += [
            .init("notranslate", "true"), .init("splines", shown.count <= splineLimit ? "true" : "false"),
            .init("_background", WheelBackground(wheel: wheel, circle: circle, options: options).xdot),
        ]
    }

    /// A number as Graphviz reads it: plain decimal, at most 2 decimals, no exponent.
    static func format(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return String(Int64(rounded)) }
        return String(format: "%.2f", rounded).replacingOccurrences(of: "0$", with: "", options: .regularExpression)
    }
}

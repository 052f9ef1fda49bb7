import Foundation
import GraphvizBridge

/// A chart drawn by Graphviz, so it leaves in every format a circle's drawing does (SVG,
/// PNG, PDF). Lines, shapes and text are xdot operations in the graph's `_background`;
/// points that carry a label or take arrows are pinned nodes and edges. Coordinates are in
/// points with y up; the `nop` engine keeps every position as given.
struct ChartCanvas {
    enum Align: Int { case left = -1, center = 0, right = 1 }

    var fontName: String
    private(set) var operations: [String] = []
    var nodes: [Diagram.Node] = []
    var edges: [Diagram.Edge] = []

    init(fontName: String) {
        self.fontName = fontName
    }

    /// A coordinate as xdot and Graphviz read it (`CircleDrawing.format`).
    static func number(_ value: Double) -> String { CircleDrawing.format(value) }

    private static func counted(_ text: String) -> String { "\(text.utf8.count) -\(text)" }

    private mutating func pen(_ color: String, width: Double, dashed: Bool) {
        operations.append("c \(Self.counted(color))")
        operations.append("S \(Self.counted("setlinewidth(\(Self.number(width)))"))")
        operations.append("S \(Self.counted(dashed ? "dashed" : "solid"))")
    }

    mutating func line(_ points: [(x: Double, y: Double)], color: String, width: Double = 1, dashed: Bool = false) {
        guard points.count >= 2 else { return }
        pen(color, width: width, dashed: dashed)
        operations.append("L \(points.count) " + points.map { "\(Self.number($0.x)) \(Self.number($0.y))" }.joined(separator: " "))
    }

    mutating func rectangle(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        pen(stroke ?? fill, width: 1, dashed: false)
        operations.append("C \(Self.counted(fill))")
        let corners = [(x, y), (x + width, y), (x + width, y + height), (x, y + height)]
        operations.append("P 4 " + corners.map { "\(Self.number($0.0)) \(Self.number($0.1))" }.joined(separator: " "))
    }

    mutating func dot(x: Double, y: Double, radius: Double, fill: String) {
        pen(fill, width: 1, dashed: false)
        operations.append("C \(Self.counted(fill))")
        operations.append("E \(Self.number(x)) \(Self.number(y)) \(Self.number(radius)) \(Self.number(radius))")
    }

    /// Text with its baseline at y. The width is an estimate Graphviz uses for the bounds.
    mutating func text(_ text: String, x: Double, y: Double, size: Double = 11, align: Align = .left,
                       color: String = Palette.text.hex) {
        guard !text.isEmpty else { return }
        operations.append("c \(Self.counted(color))")
        operations.append("F \(Self.number(size)) \(Self.counted(fontName))")
        let width = Double(text.count) * size * 0.55
        operations.append("T \(Self.number(x)) \(Self.number(y)) \(align.rawValue) \(Self.number(width)) \(Self.counted(text))")
    }

    /// Ticks at round numbers covering lower…upper: about `count` of them, at 1, 2 or 5 × 10ᵏ.
    static func ticks(_ lower: Double, _ upper: Double, count: Int = 5) -> [Double] {
        guard upper > lower, lower.isFinite, upper.isFinite else { return [lower] }
        let raw = (upper - lower) / Double(max(count, 1))
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        var result: [Double] = []
        var value = (lower / step).rounded(.up) * step
        while value <= upper + step * 1e-9 {
            result.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return result
    }

    /// A tick's label: as few decimals as the step needs.
    static func tickLabel(_ value: Double, step: Double) -> String {
        let decimals = max(0, min(6, Int(-floor(log10(step)))))
        return String(format: "%.\(decimals)f", value)
    }

    /// The chart through Graphviz, titled at the top.
    func render(title: String, format: RenderFormat) throws(GraphvizError) -> [UInt8] {
        var diagram = Diagram(name: "chart")
        diagram.graphAttributes = [
            .init("fontname", fontName), .init("notranslate", "true"), .init("_background", operations.joined(separator: " ")),
            .init("label", title), .init("labelloc", "t"), .init("fontsize", "15"), .init("pad", "0.3"),
            .init("bgcolor", "white"), .init("splines", "line"),
        ]
        diagram.nodeDefaults = [.init("fontname", fontName), .init("fontsize", "10"), .init("shape", "point"),
                                .init("width", "0.09"), .init("color", Palette.text.hex)]
        diagram.edgeDefaults = [.init("arrowsize", "0.6")]
        diagram.nodes = nodes
        diagram.edges = edges
        return try GraphvizRenderer.render(diagram, engine: .nop, format: format)
    }
}

import GraphvizBridge
import StrategyAnalysis
import StrategyModel

/// The MICMAC influence–dependence map: every node placed by its indirect dependence (x)
/// and influence (y), the quadrant lines at the split, drawn by Graphviz (positions pinned).
public enum InfluenceMap {
    public static func render(_ analysis: StructuralAnalysis, circle: StrategyCircle, format: RenderFormat,
                              fontName: String = "DejaVu Sans") throws(GraphvizError) -> [UInt8] {
        let size = 640.0
        let xs = analysis.nodes.map(\.indirectDependence)
        let ys = analysis.nodes.map(\.indirectInfluence)
        let xMax = max(xs.max() ?? 1, 1e-9) * 1.1
        let yMax = max(ys.max() ?? 1, 1e-9) * 1.1
        func threshold(_ values: [Double]) -> Double {
            switch analysis.split {
            case .mean: return values.reduce(0, +) / Double(max(values.count, 1))
            case .median:
                let sorted = values.sorted()
                guard !sorted.isEmpty else { return 0 }
                let mid = sorted.count / 2
                return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
            }
        }
        let xSplit = threshold(xs) / xMax * size
        let ySplit = threshold(ys) / yMax * size
        func text(_ s: String, _ x: Double, _ y: Double, _ justify: Int) -> String {
            "F 12 \(fontName.utf8.count) -\(fontName) T \(CircleDrawing.format(x)) \(CircleDrawing.format(y)) \(justify) "
                + "\(s.count * 7) \(s.utf8.count) -\(s)"
        }
        let f = CircleDrawing.format
        let background = [
            "c 7 -#888888", "L 2 0 0 \(f(size)) 0", "L 2 0 0 0 \(f(size))",
            "c 7 -#bbbbbb", "L 2 \(f(xSplit)) 0 \(f(xSplit)) \(f(size))", "L 2 0 \(f(ySplit)) \(f(size)) \(f(ySplit))",
            "c 7 -#555555",
            text("influential", 0, size + 8, -1), text("relay", size, size + 8, 1),
            text("autonomous", 0, -18, -1), text("dependent", size, -18, 1),
            text("dependence →", size / 2, -18, 0), text("influence ↑", -12, size / 2, 1),
        ].joined(separator: " ")
        var diagram = Diagram(name: "micmac")
        diagram.graphAttributes = [
            .init("fontname", fontName), .init("notranslate", "true"), .init("_background", background),
            .init("label", "MICMAC: indirect influence and dependence"), .init("labelloc", "t"), .init("fontsize", "16"),
            .init("pad", "0.6"), .init("bgcolor", "white"),
        ]
        diagram.nodeDefaults = [.init("fontname", fontName), .init("fontsize", "9"), .init("shape", "point"),
                                .init("width", "0.08"), .init("color", Palette.positive.hex)]
        for (index, row) in analysis.nodes.enumerated() {
            let x = xs[index] / xMax * size
            let y = ys[index] / yMax * size
            diagram.nodes.append(Diagram.Node(name: row.id, attributes: [
                .init("pos", "\(f(x)),\(f(y))"), .init("xlabel", row.label),
            ]))
        }
        return try GraphvizRenderer.render(diagram, engine: .nop, format: format)
    }
}

import GraphvizBridge
import StrategyAnalysis
import StrategyModel

/// The MICMAC influence–dependence map: every node placed by its indirect dependence (x)
/// and influence (y), the quadrant lines at the split, drawn as a chart (`ChartCanvas`).
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
        var canvas = ChartCanvas(fontName: fontName)
        canvas.line([(0, size), (0, 0), (size, 0)], color: "#888888")
        canvas.line([(xSplit, 0), (xSplit, size)], color: Palette.guide.hex)
        canvas.line([(0, ySplit), (size, ySplit)], color: Palette.guide.hex)
        canvas.text("influential", x: 0, y: size + 8, size: 12, color: "#555555")
        canvas.text("relay", x: size, y: size + 8, size: 12, align: .right, color: "#555555")
        canvas.text("autonomous", x: 0, y: -18, size: 12, color: "#555555")
        canvas.text("dependent", x: size, y: -18, size: 12, align: .right, color: "#555555")
        canvas.text("dependence →", x: size / 2, y: -18, size: 12, align: .center, color: "#555555")
        canvas.text("influence ↑", x: -12, y: size / 2, size: 12, align: .right, color: "#555555")
        for (index, row) in analysis.nodes.enumerated() {
            canvas.nodes.append(Diagram.Node(name: row.id, attributes: [
                .init("pos", "\(ChartCanvas.number(xs[index] / xMax * size)),\(ChartCanvas.number(ys[index] / yMax * size))"),
                .init("xlabel", row.label), .init("color", Palette.positive.hex), .init("fontsize", "9"),
            ]))
        }
        return try canvas.render(title: "MICMAC: indirect influence and dependence", format: format)
    }
}

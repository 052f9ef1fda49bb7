import GraphvizBridge

/// DEMATEL's influential relation map: every node at (prominence D + R, relation D − R),
/// causes above the zero line and effects below, with an arrow for every total influence
/// T[i][j] above the threshold α.
public enum InfluentialRelationMap {
    public static func render(title: String, labels: [String], prominence: [Double], relation: [Double],
                              arrows: [(from: Int, to: Int, total: Double)], alpha: Double, format: RenderFormat,
                              fontName: String = "DejaVu Sans") throws(GraphvizError) -> [UInt8] {
        let plotWidth = 560.0, plotHeight = 420.0
        let xLow = 0.0, xHigh = max(prominence.max() ?? 1, 1e-9) * 1.08
        let reach = max(relation.map(abs).max() ?? 1, 1e-9) * 1.15
        func x(_ v: Double) -> Double { (v - xLow) / (xHigh - xLow) * plotWidth }
        func y(_ v: Double) -> Double { (v + reach) / (2 * reach) * plotHeight }
        var canvas = ChartCanvas(fontName: fontName)
        canvas.rectangle(x: 0, y: y(0), width: plotWidth, height: plotHeight - y(0), fill: "#fdf5ef")
        canvas.rectangle(x: 0, y: 0, width: plotWidth, height: y(0), fill: "#f3f8fc")
        let xTicks = ChartCanvas.ticks(xLow, xHigh)
        let xStep = xTicks.count > 1 ? xTicks[1] - xTicks[0] : 1
        for tick in xTicks { canvas.text(ChartCanvas.tickLabel(tick, step: xStep), x: x(tick), y: -14, size: 10, align: .center) }
        let yTicks = ChartCanvas.ticks(-reach, reach)
        let yStep = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1
        for tick in yTicks { canvas.text(ChartCanvas.tickLabel(tick, step: yStep), x: -6, y: y(tick) - 4, size: 10, align: .right) }
        canvas.line([(0, plotHeight), (0, 0), (plotWidth, 0)], color: "#555555")
        canvas.line([(0, y(0)), (plotWidth, y(0))], color: "#555555", dashed: true)
        canvas.text("prominence D + R →", x: plotWidth / 2, y: -30, size: 11, align: .center)
        canvas.text("relation D − R", x: 0, y: plotHeight + 12, size: 11)
        canvas.text("causes (D − R > 0)", x: plotWidth - 6, y: plotHeight - 16, size: 10, align: .right, color: Palette.negative.hex)
        canvas.text("effects (D − R < 0)", x: plotWidth - 6, y: 8, size: 10, align: .right, color: Palette.positive.hex)
        let legendY = -52.0
        canvas.line([(0, legendY + 4), (24, legendY + 4)], color: "#777777", width: 1.2)
        canvas.text("total influence T above α = \(ChartCanvas.tickLabel(alpha, step: 0.0001)) (\(arrows.count) arrows)",
                    x: 30, y: legendY, size: 10)
        for (index, label) in labels.enumerated() {
            canvas.nodes.append(Diagram.Node(name: "n\(index)", attributes: [
                .init("pos", "\(ChartCanvas.number(x(prominence[index]))),\(ChartCanvas.number(y(relation[index])))"),
                .init("xlabel", label),
                .init("color", relation[index] > 0 ? Palette.negative.hex : Palette.positive.hex),
            ]))
        }
        let strongest = arrows.map(\.total).max() ?? 1
        for arrow in arrows {
            canvas.edges.append(Diagram.Edge(tail: arrow.from, head: arrow.to, attributes: [
                .init("color", "#777777aa"),
                .init("penwidth", ChartCanvas.number(0.6 + 1.6 * arrow.total / strongest)),
            ]))
        }
        return try canvas.render(title: title, format: format)
    }
}

import GraphvizBridge

/// A line chart of several series over shared x values (by default the steps 0, 1, 2, …) —
/// an FCM run's trajectory, one line per node, or a robustness curve. At most `maxLines` lines are drawn (eight colours, solid then dashed): the
/// `featured` series (a scenario's levers) and then those whose value moves most from first
/// to last (ties in the given order); the chart says how many of how many it shows.
public enum LineChart {
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    public static let maxLines = 16

    public static func render(title: String, xLabel: String, yLabel: String, series: [Series],
                              featured: Set<Int> = [], yRange: ClosedRange<Double>, x xValues: [Double]? = nil,
                              xTickLabel: ((Double) -> String)? = nil, yTickLabel: ((Double) -> String)? = nil,
                              format: RenderFormat, fontName: String = "DejaVu Sans") throws(GraphvizError) -> [UInt8] {
        let movement = series.map { s in abs((s.values.last ?? 0) - (s.values.first ?? 0)) }
        func rank(_ i: Int) -> (Int, Double, Int) { (featured.contains(i) ? 1 : 0, movement[i], -i) }
        let shown = series.indices.sorted { rank($0) > rank($1) }.prefix(maxLines).sorted()
        let plotWidth = 520.0, plotHeight = 320.0, legendX = plotWidth + 24
        let count = series.map(\.values.count).max() ?? 1
        let xs = xValues ?? (0..<count).map(Double.init)
        let xLow = xs.min() ?? 0, xHigh = max(xs.max() ?? 1, xLow + 1e-12)
        func x(_ index: Int) -> Double { (xs[min(index, xs.count - 1)] - xLow) / (xHigh - xLow) * plotWidth }
        func xAt(_ value: Double) -> Double { (value - xLow) / (xHigh - xLow) * plotWidth }
        func y(_ value: Double) -> Double {
            (min(max(value, yRange.lowerBound), yRange.upperBound) - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * plotHeight
        }
        var canvas = ChartCanvas(fontName: fontName)
        let yTicks = ChartCanvas.ticks(yRange.lowerBound, yRange.upperBound)
        let yStep = yTicks.count > 1 ? yTicks[1] - yTicks[0] : 1
        for tick in yTicks {
            canvas.line([(0, y(tick)), (plotWidth, y(tick))], color: "#eeeeee")
            canvas.text(yTickLabel?(tick) ?? ChartCanvas.tickLabel(tick, step: yStep), x: -6, y: y(tick) - 4, size: 10, align: .right)
        }
        let xTicks = ChartCanvas.ticks(xLow, xHigh, count: 8).filter { xValues != nil || $0 == $0.rounded() }
        let xStep = xTicks.count > 1 ? xTicks[1] - xTicks[0] : 1
        for tick in xTicks {
            canvas.text(xTickLabel?(tick) ?? ChartCanvas.tickLabel(tick, step: xStep), x: xAt(tick), y: -16, size: 10, align: .center)
        }
        canvas.line([(0, plotHeight), (0, 0), (plotWidth, 0)], color: "#555555")
        canvas.text(xLabel, x: plotWidth / 2, y: -34, size: 11, align: .center)
        canvas.text(yLabel, x: 0, y: plotHeight + 12, size: 11, align: .left)
        for (position, index) in shown.enumerated() {
            let color = Palette.group(position).hex
            let dashed = position >= 8
            let points = series[index].values.enumerated().map { (x: x($0.offset), y: y($0.element)) }
            canvas.line(points, color: color, width: 1.6, dashed: dashed)
            let legendY = plotHeight - 6 - Double(position) * 17
            canvas.line([(legendX, legendY + 4), (legendX + 22, legendY + 4)], color: color, width: 2, dashed: dashed)
            canvas.text(series[index].name, x: legendX + 28, y: legendY, size: 10)
        }
        if shown.count < series.count {
            let noteY = plotHeight - 6 - Double(shown.count) * 17 - 6
            canvas.text("\(shown.count) of \(series.count) shown: those set and those that move most", x: legendX, y: noteY, size: 9,
                        color: "#666666")
        }
        return try canvas.render(title: title, format: format)
    }
}

import GraphvizBridge

/// A horizontal grouped bar chart: one row per category (a node), one bar per group (a
/// scenario), bars to the right of zero for positive values and to the left for negative
/// ones — the change each scenario makes to each node, as Mental Modeler draws it.
public enum GroupedBarChart {
    /// - Parameter values: values[category][group].
    public static func render(title: String, valueLabel: String, categories: [String], groups: [String],
                              values: [[Double]], format: RenderFormat,
                              fontName: String = "DejaVu Sans") throws(GraphvizError) -> [UInt8] {
        let barHeight = 8.0, gap = 8.0, plotWidth = 420.0
        let rowHeight = barHeight * Double(max(groups.count, 1)) + gap
        let plotHeight = rowHeight * Double(categories.count)
        let largest = max(values.joined().map(abs).max() ?? 0, 1e-12)
        let ticks = ChartCanvas.ticks(-largest, largest, count: 6)
        let lower = min(ticks.first ?? -largest, -largest), upper = max(ticks.last ?? largest, largest)
        func x(_ value: Double) -> Double { (value - lower) / (upper - lower) * plotWidth }
        var canvas = ChartCanvas(fontName: fontName)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : 1
        for tick in ticks {
            canvas.line([(x(tick), 0), (x(tick), plotHeight)], color: tick == 0 ? "#555555" : "#eeeeee")
            canvas.text(ChartCanvas.tickLabel(tick, step: step), x: x(tick), y: -14, size: 10, align: .center)
        }
        canvas.text(valueLabel, x: plotWidth / 2, y: -30, size: 11, align: .center)
        for (row, category) in categories.enumerated() {
            let top = plotHeight - Double(row) * rowHeight - gap / 2
            canvas.text(category, x: -8, y: top - rowHeight / 2 + 1, size: 10, align: .right)
            for (group, value) in values[row].enumerated() {
                let y = top - Double(group + 1) * barHeight
                let from = x(min(0, value)), to = x(max(0, value))
                canvas.rectangle(x: from, y: y + 1, width: max(to - from, 0.5), height: barHeight - 2, fill: Palette.group(group).hex)
            }
        }
        for (index, group) in groups.enumerated() {
            let y = plotHeight + 14 + Double(groups.count - 1 - index) * 16
            canvas.rectangle(x: 0, y: y, width: 14, height: 9, fill: Palette.group(index).hex)
            canvas.text(group, x: 20, y: y + 1, size: 10)
        }
        return try canvas.render(title: title, format: format)
    }
}

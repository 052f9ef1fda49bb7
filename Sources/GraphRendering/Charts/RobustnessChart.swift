import Foundation
import GraphvizBridge
import StrategyAnalysis

/// The robustness curve of a greedy attack as a line chart: reinforcing loops left, largest
/// strongly connected component and core reach, against the share of nodes removed.
public enum RobustnessChart {
    public static func render(_ curve: [Sweep.CurvePoint], title: String, format: RenderFormat,
                              fontName: String = "DejaVu Sans") throws(GraphvizError) -> [UInt8] {
        func percent(_ value: Double) -> String { "\(Int((value * 100).rounded()))%" }
        let series: [(String, KeyPath<Sweep.CurvePoint, Double>)] = [
            ("reinforcing loops left", \.reinforcingShare),
            ("largest strong component", \.largestStronglyConnectedShare),
            ("reach the core", \.coreReach),
        ]
        return try LineChart.render(
            title: title, xLabel: "share of nodes removed", yLabel: "share left",
            series: series.map { name, path in LineChart.Series(name: name, values: curve.map { $0[keyPath: path] }) },
            featured: Set(series.indices), yRange: 0...1, x: curve.map(\.shareRemoved), xTickLabel: percent,
            yTickLabel: percent, format: format, fontName: fontName)
    }
}

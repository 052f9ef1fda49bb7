import GraphvizBridge
import Foundation
import StrategyAnalysis

/// The robustness curve of a greedy attack as a small SVG line chart: reinforcing loops
/// left, largest strongly connected component and core reach, against the share of
/// nodes removed. Plain SVG (no Graphviz needed for a chart).
public enum RobustnessChart {
    public static func svg(_ curve: [Sweep.CurvePoint], title: String, fontName: String = "DejaVu Sans") -> String {
        let width = 640.0, height = 400.0, left = 60.0, right = 170.0, top = 50.0, bottom = 50.0
        let plotW = width - left - right, plotH = height - top - bottom
        let maxX = max(curve.map(\.shareRemoved).max() ?? 1, 1e-9)
        func x(_ v: Double) -> Double { left + v / maxX * plotW }
        func y(_ v: Double) -> Double { top + (1 - min(max(v, 0), 1)) * plotH }
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        let series: [(String, String, KeyPath<Sweep.CurvePoint, Double>)] = [
            ("reinforcing loops left", "#0072b2", \.reinforcingShare),
            ("largest strong component", "#e69f00", \.largestStronglyConnectedShare),
            ("reach the core", "#009e73", \.coreReach),
        ]
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            font-family="\(fontName)" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(width / 2)" y="26" text-anchor="middle" font-size="15">\(escape(title))</text>
            <line x1="\(left)" y1="\(top + plotH)" x2="\(left + plotW)" y2="\(top + plotH)" stroke="#555"/>
            <line x1="\(left)" y1="\(top)" x2="\(left)" y2="\(top + plotH)" stroke="#555"/>
            <text x="\(left + plotW / 2)" y="\(height - 12)" text-anchor="middle">share of nodes removed</text>

            """
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            svg += "<text x=\"\(left - 8)\" y=\"\(y(tick) + 4)\" text-anchor=\"end\">\(Int(tick * 100))%</text>\n"
            svg += "<line x1=\"\(left)\" y1=\"\(y(tick))\" x2=\"\(left + plotW)\" y2=\"\(y(tick))\" stroke=\"#eee\"/>\n"
            let xv = tick * maxX
            svg += "<text x=\"\(x(xv))\" y=\"\(top + plotH + 18)\" text-anchor=\"middle\">\(Int((xv * 100).rounded()))%</text>\n"
        }
        for (index, (name, color, path)) in series.enumerated() {
            let points = curve.map { "\(String(format: "%.1f", x($0.shareRemoved))),\(String(format: "%.1f", y($0[keyPath: path])))" }
            svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>\n"
            let legendY = top + 10 + Double(index) * 20
            svg += "<line x1=\"\(left + plotW + 14)\" y1=\"\(legendY)\" x2=\"\(left + plotW + 34)\" y2=\"\(legendY)\" stroke=\"\(color)\" stroke-width=\"2\"/>\n"
            svg += "<text x=\"\(left + plotW + 40)\" y=\"\(legendY + 4)\">\(escape(name))</text>\n"
        }
        return svg + "</svg>\n"
    }
}

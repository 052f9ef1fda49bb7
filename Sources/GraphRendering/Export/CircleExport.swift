import Foundation
import GraphFormats
import GraphvizBridge
import StrategyModel

/// Writes a circle in any format `CircleFormat` names: DOT with its drawing (positions
/// included), GEXF with the wheel's positions and colours (so Gephi opens the circle as
/// drawn), the rest through `GraphFormats.CircleWriter`.
public enum CircleExport {
    /// - Parameter extras: more attributes (analysis results) where the format holds them.
    public static func bytes(_ circle: StrategyCircle, as format: CircleFormat, extras: ExtraAttributes = .init()) throws
        -> [UInt8]
    {
        var options = CircleDrawingOptions()
        options.showExcluded = true
        switch format {
        case .dot:
            return try CircleDrawing.render(circle, options: options, format: .dot)
        case .gexf:
            let (diagram, engine) = try CircleDrawing.diagram(for: circle, options: options)
            let layout = try GraphvizRenderer.layout(diagram, engine: engine)
            var placements: [String: CircleWriter.Placement] = [:]
            for (node, place) in zip(diagram.nodes, layout.nodes) {
                let fill = node.attributes.last { $0.name == "fillcolor" }?.value ?? "#ffffff"
                let digits = Array(fill.dropFirst())
                let rgb = stride(from: 0, to: digits.count - 1, by: 2).compactMap { UInt8(String(digits[$0...($0 + 1)]), radix: 16) }
                placements[node.name] = CircleWriter.Placement(x: place.x, y: place.y, red: rgb.count >= 3 ? rgb[0] : 255,
                                                               green: rgb.count >= 3 ? rgb[1] : 255, blue: rgb.count >= 3 ? rgb[2] : 255)
            }
            return Array(try CircleWriter.text(circle, as: .gexf, placements: placements, extras: extras).utf8)
        default:
            return Array(try CircleWriter.text(circle, as: format, extras: extras).utf8)
        }
    }
}

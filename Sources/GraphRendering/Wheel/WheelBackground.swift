import GraphvizBridge
import Foundation
import StrategyModel

/// The wheel's guides as xdot drawing operations for Graphviz's `_background` graph
/// attribute: a tinted wedge per sector, faint ring circles, sector separators, and each
/// sector's name outside the rim. They are drawn under nodes and edges in every format.
struct WheelBackground {
    let wheel: WheelLayout
    let circle: StrategyCircle
    let options: CircleDrawingOptions

    var xdot: String {
        var ops: [String] = []
        let inner = wheel.coreRadius
        let outer = wheel.boundaryRadii.last ?? inner
        for wedge in wheel.wedges {
            let color: Palette.RGB = wedge.sector.map { sectorColor($0) } ?? Palette.excludedFill
            ops.append(fillColor(color.tint(0.82)))
            ops.append(penColor(color.tint(0.82)))
            ops.append(polygon(annularWedge(from: wedge.startAngle, to: wedge.endAngle, inner: inner, outer: outer)))
        }
        ops.append(style("setlinewidth(1)"))
        ops.append(penColor(Palette.guide))
        for radius in wheel.boundaryRadii {
            ops.append("e 0 0 \(f(radius)) \(f(radius))")
        }
        for wedge in wheel.wedges where wheel.wedges.count > 1 {
            let (c, s) = (cos(wedge.startAngle), sin(wedge.startAngle))
            ops.append("L 2 \(f(inner * c)) \(f(inner * s)) \(f(outer * c)) \(f(outer * s))")
        }
        // Sector names just outside the rim.
        ops.append(penColor(Palette.text.shade(0)))
        for wedge in wheel.wedges {
            let name: String
            if let sector = wedge.sector {
                let division = circle.sectors[sector]
                name = options.labels == .english ? (division.labelEN ?? division.label) : division.label
            } else {
                name = "(no sector)"
            }
            let angle = wedge.middleAngle
            let radius = outer + 14
            let x = radius * cos(angle)
            let y = radius * sin(angle) - 4
            let justification = abs(cos(angle)) < 0.3 ? 0 : (cos(angle) > 0 ? -1 : 1)
            ops.append(font(size: 13, name: options.fontName))
            ops.append(text(name, x: x, y: y, justification: justification))
        }
        return ops.joined(separator: " ")
    }

    private func sectorColor(_ sector: Int) -> Palette.RGB {
        switch options.coloring {
        case .sector: return Palette.group(sector)
        default: return Palette.group(sector).tint(0.5)
        }
    }

    /// Outer edge from `start` to `end`, then the inner edge back: a filled annular sector.
    private func annularWedge(from start: Double, to end: Double, inner: Double, outer: Double) -> [(Double, Double)] {
        let steps = max(2, Int(abs(end - start) / (Double.pi / 90)))
        var points: [(Double, Double)] = []
        for k in 0...steps {
            let a = start + (end - start) * Double(k) / Double(steps)
            points.append((outer * cos(a), outer * sin(a)))
        }
        for k in (0...steps).reversed() {
            let a = start + (end - start) * Double(k) / Double(steps)
            points.append((inner * cos(a), inner * sin(a)))
        }
        return points
    }

    // xdot operations; a string operand is its UTF-8 byte count, a space, '-' and the bytes.
    private func string(_ text: String) -> String { "\(text.utf8.count) -\(text)" }
    private func fillColor(_ color: Palette.RGB) -> String { "C \(string(color.hex))" }
    private func penColor(_ color: Palette.RGB) -> String { "c \(string(color.hex))" }
    private func style(_ text: String) -> String { "S \(string(text))" }
    private func font(size: Double, name: String) -> String { "F \(f(size)) \(string(name))" }
    private func polygon(_ points: [(Double, Double)]) -> String {
        "P \(points.count) " + points.map { "\(f($0.0)) \(f($0.1))" }.joined(separator: " ")
    }
    private func text(_ text: String, x: Double, y: Double, justification: Int) -> String {
        let width = Double(text.count) * 7
        return "T \(f(x)) \(f(y)) \(justification) \(f(width)) \(string(text))"
    }
    private func f(_ value: Double) -> String { CircleDrawing.format(value) }
}

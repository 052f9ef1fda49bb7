import GraphvizBridge
import Foundation
import StrategyModel

/// The wheel's guides as xdot drawing operations for Graphviz's `_background` graph
/// attribute: a tinted wedge per sector, faint ring circles, sector separators, each
/// sector's name outside the rim, each ring's name at the top, and a legend under the wheel
/// (rings, wedges, edge signs and weights, the core, excluded nodes). They are drawn under
/// nodes and edges in every format, in the drawing's language (`LegendWords`).
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
                name = words.noSector
            }
            let angle = wedge.middleAngle
            let radius = outer + 14
            let x = radius * cos(angle)
            let y = radius * sin(angle) - 4
            let justification = abs(cos(angle)) < 0.3 ? 0 : (cos(angle) > 0 ? -1 : 1)
            ops.append(font(size: 13, name: options.fontName))
            ops.append(text(name, x: x, y: y, justification: justification))
        }
        ops += ringNames()
        ops += legend(top: -(outer + 36), left: -outer)
        return ops.joined(separator: " ")
    }

    var words: LegendWords { LegendWords(circle: circle, labels: options.labels) }

    private func divisionName(_ division: Division) -> String {
        options.labels == .english ? (division.labelEN ?? division.label) : division.label
    }

    /// Each ring's name at the top of its band, centre outwards.
    private func ringNames() -> [String] {
        var ops = [penColor(Palette.text.tint(0.35)), font(size: 12, name: options.fontName)]
        for (index, ring) in circle.rings.enumerated() where wheel.ringRadii.indices.contains(index) {
            let radius = index == 0 ? wheel.coreRadius * 0.85 : wheel.ringRadii[index] + 16
            ops.append(text(divisionName(ring), x: 0, y: radius, justification: 0))
        }
        return ops
    }

    /// The legend, from its top left corner downwards.
    private func legend(top: Double, left: Double) -> [String] {
        var ops: [String] = [font(size: 15, name: options.fontName), penColor(Palette.text)]
        var y = top
        if !circle.rings.isEmpty {
            ops.append(text(words.rings + ": " + circle.rings.map(divisionName).joined(separator: " → "), x: left, y: y,
                            justification: -1))
            y -= 24
        }
        if !circle.sectors.isEmpty {
            ops.append(text(words.sectors, x: left, y: y, justification: -1))
            y -= 24
        }
        // Edge styles: a positive edge, a negative one, a thin and a thick one.
        func sample(_ color: Palette.RGB, dashed: Bool, width: Double, label: String) {
            ops += [penColor(color), style("setlinewidth(\(f(width)))"), style(dashed ? "dashed" : "solid"),
                    "L 2 \(f(left)) \(f(y + 5)) \(f(left + 40)) \(f(y + 5))", style("solid"), style("setlinewidth(1)"),
                    penColor(Palette.text), text(label, x: left + 50, y: y, justification: -1)]
            y -= 24
        }
        sample(Palette.positive, dashed: false, width: 1.6, label: words.positive)
        sample(Palette.negative, dashed: true, width: 1.6, label: words.negative)
        sample(Palette.positive, dashed: false, width: 2.4, label: words.weight)
        if !options.agreement.isEmpty {
            sample(Palette.text, dashed: false, width: 1.6, label: words.agreedByMost)
            sample(Palette.text, dashed: true, width: 1.6, label: words.agreedByHalf)
            ops += [penColor(Palette.text), style("setlinewidth(1.6)"), style("dotted"),
                    "L 2 \(f(left)) \(f(y + 5)) \(f(left + 40)) \(f(y + 5))", style("solid"), style("setlinewidth(1)"),
                    text(words.agreedByFew, x: left + 50, y: y, justification: -1)]
            y -= 24
            sample(Palette.conflict, dashed: false, width: 1.6, label: words.signConflict)
        }
        // Node boxes: the core, an excluded node.
        func box(fill: Palette.RGB, border: Palette.RGB, dashed: Bool, label: String) {
            ops += [fillColor(fill), penColor(border), style(dashed ? "dashed" : "solid"),
                    polygon([(left, y - 3), (left + 40, y - 3), (left + 40, y + 15), (left, y + 15)]), style("solid"),
                    penColor(Palette.text), text(label, x: left + 50, y: y, justification: -1)]
            y -= 24
        }
        box(fill: Palette.core, border: Palette.core.shade(0.45), dashed: false, label: words.core)
        box(fill: Palette.excludedFill, border: Palette.guide, dashed: true, label: words.excluded)
        return ops
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
        let width = Double(text.count) * 8
        return "T \(f(x)) \(f(y)) \(justification) \(f(width)) \(string(text))"
    }
    private func f(_ value: Double) -> String { CircleDrawing.format(value) }
}

/// The words the drawing shows besides the circle's own labels, in the drawing's language:
/// English with `--labels english` or when the circle gives no English labels (then its own
/// are taken to be English); German when it gives English labels beside original ones (the
/// shipped circle's case).
public struct LegendWords: Sendable {
    public let german: Bool

    public init(circle: StrategyCircle, labels: CircleDrawingOptions.LabelLanguage) {
        german = labels == .original && circle.nodes.contains { $0.labelEN != nil }
    }

    var noSector: String { german ? "(ohne Bereich)" : "(no sector)" }
    var rings: String { german ? "Ringe von innen nach außen" : "Rings, centre outwards" }
    var sectors: String { german ? "Farbige Keile: die Bereiche (Stoßrichtungen), benannt am Rand"
        : "Coloured wedges: the sectors (thrusts), named at the rim" }
    var positive: String { german ? "+ fördert: je mehr, desto mehr" : "+ supports: more leads to more" }
    var negative: String { german ? "− hemmt: je mehr, desto weniger" : "− hinders: more leads to less" }
    var weight: String { german ? "Strichstärke: Gewicht der Wirkung" : "Line width: the edge's weight" }
    var core: String { german ? "der Kern" : "the core" }
    var excluded: String { german ? "ausgeschlossen: genannt, aber nicht analysiert" : "excluded: named, but not analysed" }
    var agreedByMost: String { german ? "durchgezogen: von den meisten gezeichnet" : "solid: drawn by most participants" }
    var agreedByHalf: String { german ? "gestrichelt: von der Hälfte oder weniger" : "dashed: by half of them or fewer" }
    var agreedByFew: String { german ? "gepunktet: von einem Drittel oder weniger" : "dotted: by a third or fewer" }
    var signConflict: String { german ? "violett ±: uneins über das Vorzeichen" : "purple ±: they disagree on the sign" }
}

import Foundation
import GraphRendering
import GraphvizBridge
import StrategyAnalysis
import StrategyModel

/// Everything the report shows, computed once from the circle (the libraries' results; the
/// page only arranges them).
struct ReportData {
    let circle: StrategyCircle
    let active: StrategyCircle
    let german: Bool
    let english: Bool
    let analysis: AnalysisReport
    let reinforcing: LoopReport
    let balancing: LoopReport
    let structure: StructuralAnalysis
    let keystones: Sweep.Result?
    let keystoneProblem: String?
    let curve: [Sweep.CurvePoint]
    let curveProblem: String?
    let wheelSVG: String
    let micmacSVG: String
    let curveSVG: String?
    let robustness: Robustness?
    let consensus: ConsensusReport?

    init(_ circle: StrategyCircle, options: ReportOptions) throws {
        self.circle = circle
        active = circle.activePart
        english = options.labels == .english
        german = LegendWords(circle: circle, labels: options.labels).german
        analysis = AnalysisReport(circle)
        var query = LoopQuery()
        query.limit = options.loops
        query.polarity = .reinforcing
        reinforcing = LoopReport(active, query: query)
        query.polarity = .balancing
        balancing = LoopReport(active, query: query)
        structure = StructuralAnalysis(active)
        do {
            keystones = try Sweep.run(Sweep.scenarios(.single, circle: circle), on: circle, timeBudget: options.sweepBudget)
            keystoneProblem = nil
        } catch {
            keystones = nil
            keystoneProblem = "\(error)"
        }
        do {
            curve = try Sweep.attack(circle)
            curveProblem = nil
        } catch {
            curve = []
            curveProblem = "\(error)"
        }
        if options.robustnessRuns > 0 {
            var robustnessOptions = Robustness.Options()
            robustnessOptions.runs = options.robustnessRuns
            robustness = try Robustness(circle, options: robustnessOptions)
        } else {
            robustness = nil
        }
        consensus = options.participants.count >= 2 ? try ConsensusReport(options.participants) : nil
        var drawing = CircleDrawingOptions()
        drawing.labels = options.labels
        drawing.agreement = circle.workshopAgreement
        // Each node's ranks in the report's measures, on hover.
        // With the analysis' bound on shortest-path work, so a large circle is not measured
        // without it here (measures it skips have no rank).
        var centrality = CentralityOptions()
        centrality.maxPathWork = AnalysisReport.maxPathWork
        let table = CentralityTable(active, measures: AnalysisReport.reportedMeasures, options: centrality)
        for measure in AnalysisReport.reportedMeasures where table.values[measure] != nil {
            for (node, rank) in zip(active.nodes, table.ranks(measure)) {
                drawing.notes[node.id, default: ""] += (drawing.notes[node.id] == nil ? "" : "; ")
                    + "\(measure.rawValue) #\(rank)/\(active.nodes.count)"
            }
        }
        wheelSVG = SVGEmbedding.inline(try CircleDrawing.render(circle, options: drawing, format: .svg), prefix: "wheel")
        micmacSVG = SVGEmbedding.inline(try InfluenceMap.render(structure, circle: active, format: .svg), prefix: "micmac")
        let title = german ? "Gezielter Angriff: was übrig bleibt" : "Greedy attack: what is left"
        curveSVG = curve.isEmpty ? nil
            : SVGEmbedding.inline(try RobustnessChart.render(curve, title: title, format: .svg), prefix: "curve")
    }

    /// A node's label in the report's language.
    func label(_ id: String) -> String {
        guard let node = circle.node(id) else { return id }
        return english ? (node.labelEN ?? node.label) : node.label
    }

    /// A ring's or sector's name in the report's language.
    func name(_ division: Division) -> String { english ? (division.labelEN ?? division.label) : division.label }
}

/// Graphviz's SVG made fit to stand inside an HTML page: without the XML prolog and
/// doctype; without a fixed size (the page scales it by its viewBox); every `id` prefixed so
/// that several drawings on one page never share one; and each hover text (Graphviz's
/// `xlink:title` on an anchor) as an SVG `<title>`, which browsers show on hover and HTML
/// validators know.
enum SVGEmbedding {
    static func inline(_ bytes: [UInt8], prefix: String) -> String {
        var text = String(decoding: bytes, as: UTF8.self)
        if let start = text.range(of: "<svg") { text = String(text[start.lowerBound...]) }
        if let end = text.range(of: ">") {
            let tag = text[..<end.upperBound].replacingOccurrences(of: #" (width|height)="[^"]*""#, with: "",
                                                                  options: .regularExpression)
            text = tag + text[end.upperBound...]
        }
        text = text.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
        text = text.replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
        text = text.replacingOccurrences(of: #"<a xlink:title="([^"]*)">"#, with: "<a><title>$1</title>",
                                         options: .regularExpression)
        return text
    }
}

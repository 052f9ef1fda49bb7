import Foundation
import GraphRendering
import Plot
import StrategyAnalysis
import StrategyModel

/// What the report shows and in which language.
public struct ReportOptions: Sendable {
    /// `.original` shows the circle's own labels (and German report text when the circle
    /// gives English labels beside them, as the shipped circle does); `.english` English.
    public var labels: CircleDrawingOptions.LabelLanguage = .original
    /// The strongest loops shown per polarity.
    public var loops = 3
    /// The longest the keystone sweep may run; a cut sweep is said so on the page.
    public var sweepBudget: Duration = .seconds(20)
    /// Runs of the robustness section (`Robustness`); 0 leaves the section out.
    public var robustnessRuns = 1000
    /// Workshop participants' circles (two or more): the page gains the consensus section.
    public var participants: [(name: String, circle: StrategyCircle)] = []
    public init() {}
}

/// The report a manager reads: every finding of a circle on one self-contained HTML page
/// (inline SVG and CSS, no script, no network request), readable on screen and in print,
/// with a "how to read this" paragraph per section. Built with Plot; every text from the
/// input goes through Plot's escaping (`.text`) or `ReportText.attribute`.
public enum HTMLReport {
    public static func html(_ circle: StrategyCircle, options: ReportOptions = .init()) throws -> String {
        let data = try ReportData(circle, options: options)
        let w = ReportWords(german: data.german)
        let title = (data.english ? circle.metadata.titleEN ?? circle.metadata.title : circle.metadata.title) ?? w.untitled
        let page = HTML(
            .lang(data.german ? .german : .english),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                // Plot's `.title` also writes social-media meta tags with the text unescaped in
                // an attribute; the plain tag escapes it.
                .element(named: "title", text: "\(w.reportOf): \(title)"),
                .style(ReportStyle.css)
            ),
            .body(
                .header(.h1(.text(title)), .p(.class("lead"), .text(w.lead(circle: circle)))),
                .main(
                    Sections.wheel(data, w),
                    Sections.keyNodes(data, w),
                    Sections.clusters(data, w),
                    Sections.density(data, w),
                    Sections.arrangement(data, w),
                    Sections.loops(data, w),
                    Sections.micmac(data, w),
                    Sections.whatIf(data, w),
                    Sections.robustness(data, w),
                    Sections.consensus(data, w),
                    Sections.evidence(data, w)
                ),
                .footer(.p(.text(w.footer)))
            )
        )
        return page.render(indentedBy: Indentation.Kind.spaces(1)) + "\n"
    }
}

import Foundation
import GraphRendering
import Plot
import StrategyAnalysis
import StrategyModel

/// The report's sections, one function each: a heading, a "how to read this" paragraph and
/// the finding. Text from the input only ever enters through `.text` (escaped by Plot).
enum Sections {
    typealias Body = Plot.Node<HTML.BodyContext>

    static func section(_ id: String, _ title: String, how: String, _ w: ReportWords, _ content: Body...) -> Body {
        section(id, title, how: how, w, content: content)
    }

    static func section(_ id: String, _ title: String, how: String, _ w: ReportWords, content: [Body]) -> Body {
        .section(.id(id), .h2(.text(title)), .div(.class("how"), .strong(.text(w.howToRead)), .text(how)), .group(content))
    }

    static func wheel(_ d: ReportData, _ w: ReportWords) -> Body {
        section("circle", w.wheelTitle, how: w.wheelHow, w, .element(named: "figure", nodes: [.raw(d.wheelSVG)]))
    }

    static func keyNodes(_ d: ReportData, _ w: ReportWords) -> Body {
        section("key-nodes", w.keyTitle, how: w.keyHow, w, .table(
            .tr(.th(.text(w.node)), .th(.class("number"), .text(w.meanRank)), .th(.text(w.topIn))),
            .forEach(d.analysis.keyNodes) { key in
                .tr(.td(.text(d.label(key.id))), .td(.class("number"), .text(w.format(key.meanRank, decimals: 1))),
                    .td(.text(key.topIn.isEmpty ? w.highAcross : key.topIn.map(w.meaning).joined(separator: "; "))))
            }
        ))
    }

    static func clusters(_ d: ReportData, _ w: ReportWords) -> Body {
        let sectorName = Dictionary(uniqueKeysWithValues: d.circle.sectors.map { ($0.id, d.name($0)) })
        return section("clusters", w.clustersTitle, how: w.clustersHow, w, .table(
            .tr(.th(.text(w.cluster)), .th(.text(w.members)), .th(.text(w.mainSector)), .th(.class("number"), .text(w.density))),
            .forEach(d.analysis.clusters.clusters) { cluster in
                .tr(.td(.text("\(cluster.number)")), .td(.text(cluster.members.map(d.label).joined(separator: ", "))),
                    .td(.text(cluster.mainSector.flatMap { sectorName[$0] } ?? "—")),
                    .td(.class("number"), .text(w.format(cluster.synergyDensity))))
            }
        ))
    }

    static func density(_ d: ReportData, _ w: ReportWords) -> Body {
        guard let density = d.analysis.densityBySector, !density.groups.isEmpty else { return .empty }
        let largest = max(density.between.joined().max() ?? 0, 1e-12)
        let names = density.groups.map { group in d.circle.sectors.first { $0.id == group.id }.map(d.name) ?? group.label }
        return section("density", w.densityTitle, how: w.densityHow, w, .table(
            .class("heat"),
            .tr(.th(), .forEach(names) { .th(.text($0)) }),
            .forEach(density.between.indices) { i in
                .tr(.th(.text(names[i])), .forEach(density.between[i].indices) { j in
                    let value = density.between[i][j]
                    let alpha = value / largest
                    return .td(.attribute(named: "style", value: ReportText.heatStyle(alpha)), .text(w.format(value)))
                })
            }
        ))
    }

    static func arrangement(_ d: ReportData, _ w: ReportWords) -> Body {
        guard let arrangement = d.analysis.arrangement else { return .empty }
        let names = arrangement.order.map { id in d.circle.sectors.first { $0.id == id }.map(d.name) ?? id }
        return section("arrangement", w.arrangementTitle, how: w.arrangementHow, w,
                       .p(.text(w.arrangement(arrangement, names: names))))
    }

    static func loops(_ d: ReportData, _ w: ReportWords) -> Body {
        func draw(_ loop: FeedbackLoop) -> Body {
            let badge = loop.polarity == .reinforcing ? "R" : "B"
            return .div(.class("loop"),
                        .p(.span(.class("badge badge-\(badge)"), .text(badge)), .text(" \(w.gain) \(w.format(loop.gain))")),
                        .div(.class("path"), .forEach(loop.edges) { edge in
                            .group(.span(.class("step"), .text(d.label(edge.from))),
                                   .span(.class(edge.sign == "-" ? "arrow-negative" : "arrow-positive"),
                                         .text(edge.sign == "-" ? "−→" : "+→")))
                        }, .span(.class("step"), .text(d.label(loop.edges.first?.from ?? "")))),
                        .forEach(loop.edges) { edge in
                            .p(.class("quote"), .text("\(d.label(edge.from)) → \(d.label(edge.to)): "
                                + (edge.quote.map { "„\($0)“" } ?? edge.reason.map { "\(w.inferred): \($0)" } ?? w.noEvidence)))
                        })
        }
        return section("loops", w.loopsTitle, how: w.loopsHow, w,
                       .p(.text(w.loopCount(reinforcing: d.reinforcing.reinforcing, balancing: d.balancing.balancing))),
                       .forEach(d.reinforcing.loops, draw),
                       d.balancing.loops.isEmpty ? .p(.text(w.noBalancing)) : .forEach(d.balancing.loops, draw))
    }

    static func micmac(_ d: ReportData, _ w: ReportWords) -> Body {
        section("micmac", w.micmacTitle, how: w.micmacHow, w, .element(named: "figure", nodes: [.raw(d.micmacSVG)]))
    }

    static func whatIf(_ d: ReportData, _ w: ReportWords) -> Body {
        var content: [Body] = []
        if let result = d.keystones {
            if let reason = result.stoppedEarly {
                content.append(.p(.class("warning"), .text(w.sweepCut(reason, evaluated: result.evaluated, total: result.total))))
            }
            content.append(.table(
                .tr(.th(.text(w.removed)), .th(.class("number"), .text(w.impact)), .th(.class("number"), .text(w.loopsBroken)),
                    .th(.class("number"), .text(w.lostCore))),
                .forEach(result.entries.prefix(10)) { entry in
                    .tr(.td(.text(entry.removed.map(d.label).joined(separator: ", "))),
                        .td(.class("number"), .text(w.format(entry.impact))),
                        .td(.class("number"), .text("\(entry.reinforcingBroken)")),
                        .td(.class("number"), .text("\(entry.lostCore)")))
                }
            ))
        } else if let problem = d.keystoneProblem {
            content.append(.p(.class("warning"), .text(problem)))
        }
        if let svg = d.curveSVG {
            content.append(.element(named: "figure", nodes: [.raw(svg)]))
        } else if let problem = d.curveProblem {
            content.append(.p(.class("warning"), .text(problem)))
        }
        return section("what-if", w.whatIfTitle, how: w.whatIfHow, w, content: content)
    }

    static func robustness(_ d: ReportData, _ w: ReportWords) -> Body {
        guard let r = d.robustness else { return .empty }
        func share(_ s: Robustness.Share) -> String {
            "\(w.format(s.holds * 100, decimals: 0)) % ± \(w.format(s.standardError * 100, decimals: 0))"
        }
        var rows: [(String, Robustness.Share)] = r.clusters.map {
            (w.clusterHolds($0.number) + ": " + $0.members.map(d.label).joined(separator: ", "), $0.holdsTogether)
        }
        for loop in r.loops ?? [] {
            let name = loop.nodes.map(d.label).joined(separator: " → ") + " (\(loop.polarity.letter))"
            rows.append((name + " " + w.loopStays(r.top), loop.staysStrong))
            rows.append((name + " " + w.keepsPolarity, loop.keepsPolarity))
        }
        for keystone in r.keystones ?? [] {
            rows.append(("\(w.without) \(d.label(keystone.id)) " + w.keystoneStays(r.top), keystone.staysTop))
        }
        var content: [Body] = [.table(
            .tr(.th(.text(w.node)), .th(.text(w.now)), .th(.class("number"), .text(w.inTop(r.top)))),
            .forEach(r.nodes.filter { $0.inTop.holds > 0 || $0.baselineTop }) { row in
                .tr(.td(.text(d.label(row.id))), .td(.text(row.baselineTop ? w.inTop(r.top) : "")),
                    .td(.class("number"), .text(share(row.inTop))))
            }
        ), .table(
            .tr(.th(.text(w.finding)), .th(.class("number"), .text(w.holdsShare))),
            .forEach(rows) { row in .tr(.td(.text(row.0)), .td(.class("number"), .text(share(row.1)))) }
        )]
        for note in [r.loopsNote, r.keystonesNote].compactMap({ $0 }) { content.append(.p(.class("warning"), .text(w.notFollowed(note)))) }
        return section("robustness", w.robustnessTitle, how: w.robustnessHow(runs: r.runs, spread: r.spread, seed: r.seed), w,
                       content: content)
    }

    static func consensus(_ d: ReportData, _ w: ReportWords) -> Body {
        guard let c = d.consensus else { return .empty }
        func table(_ title: String, _ items: [ConsensusReport.Item], limit: Int, disputed: Bool) -> [Body] {
            let shown = Array(items.prefix(limit))
            let heading = title + (shown.count < items.count ? " (\(w.firstOf(shown.count, items.count)))" : "")
            return [.h3(.text(heading)), .table(
                .tr(.th(.text(w.edgeWord)), .th(.class("number"), .text(w.drawnBy)),
                    .if(disputed, .th(.text(w.why))), .th(.class("number"), .text(w.changes))),
                .forEach(shown) { item in
                    .tr(.td(.text("\(d.label(item.from)) → \(d.label(item.to))")),
                        .td(.class("number"), .text("\(item.drawnBy.count)/\(item.couldDraw)")),
                        .if(disputed, .td(.text(w.disputes(item)))),
                        .td(.class("number"), .text("\(item.changes.total)")))
                }
            )]
        }
        return section("consensus", w.consensusTitle, how: w.consensusHow, w,
                       content: table(w.disputed, c.disagreements, limit: 10, disputed: true)
                           + table(w.agreed, c.agreements, limit: 5, disputed: false))
    }

    static func evidence(_ d: ReportData, _ w: ReportWords) -> Body {
        let counts = d.active.edgeCountByEvidence
        var content: [Body] = [.p(.text(w.evidenceCounts(stated: counts[.stated] ?? 0, inferred: counts[.inferred] ?? 0,
                                                        unspecified: counts[.unspecified] ?? 0)))]
        if let check = d.analysis.evidence {
            content.append(.ul(.forEach(check.findings) { finding in
                .li(.text("\(finding.subject): " + (finding.holdsOnStated == true ? w.holds : w.doesNotHold)
                    + (finding.detail.isEmpty ? "" : " (\(finding.detail))")))
            }))
        }
        return section("evidence", w.evidenceTitle, how: w.evidenceHow, w, content: content)
    }
}

/// Small texts and attribute values the page builds itself.
enum ReportText {
    /// The background of a heat-map cell: blue, as strong as the value's share of the largest.
    static func heatStyle(_ share: Double) -> String {
        let alpha = max(0, min(1, share.isFinite ? share : 0))
        return "background: rgba(0, 114, 178, \(String(format: "%.2f", alpha * 0.85))); color: \(alpha > 0.55 ? "white" : "#222")"
    }
}

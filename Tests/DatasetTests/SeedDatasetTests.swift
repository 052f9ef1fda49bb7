import Foundation
import GraphFormats
import StrategyDatasets
import StrategyModel
import Testing

/// The package root, found from this file's path (Tests/DatasetTests/…).
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The seed text lives in the shared folder beside the repository (not shipped: it is the
/// blog post itself). Tests that compare quotes with it run wherever it is present.
let seedText: String? = try? String(
    contentsOf: packageRoot.deletingLastPathComponent().appending(path: "shared/seed/social-centric-strategy.txt"),
    encoding: .utf8)

@Suite("The seed's circle (Datasets/social-centric-strategy.yaml)")
struct SeedDatasetTests {
    let circle: StrategyCircle

    init() throws {
        circle = try CircleLoader.load(text: Datasets.socialCentricStrategy.text, name: "builtin", format: .yaml)
    }

    @Test func theEmbeddedCopyIsTheFileInDatasets() throws {
        let onDisk = try String(contentsOf: packageRoot.appending(path: "Datasets/social-centric-strategy.yaml"),
                                encoding: .utf8)
        #expect(Datasets.socialCentricStrategy.text + "\n" == onDisk)
    }

    @Test func fourRingsFromTheCoreOutwards() {
        #expect(circle.rings.map(\.id) == ["kern", "stossrichtungen", "massnahmen", "kultur"])
        let summary = CircleSummary(of: circle)
        #expect(summary.rings.map { [$0.active, $0.excluded] } == [[2, 0], [4, 3], [10, 4], [16, 0]])
    }

    @Test func sizeMeetsTheBrief() {
        #expect(circle.nodes.count >= 35)
        #expect(CircleSummary(of: circle).activeEdges >= 70)
    }

    @Test func everyThrustTheTextNamesIsThere() {
        let thrusts = circle.nodes.filter { $0.ring == "stossrichtungen" }
        #expect(Set(thrusts.filter(\.isActive).map(\.id))
            == ["kompetenzfuehrerschaft", "qualitaetsfuehrerschaft", "innovationsfuehrerschaft", "wissens_transfer"])
        #expect(Set(thrusts.filter { !$0.isActive }.map(\.id))
            == ["marktfuehrerschaft", "preisfuehrerschaft", "kostenfuehrerschaft"])
        for id in ["unternehmenskultur", "interne_kommunikation", "guidelines", "krisenkommunikation",
                   "licence_to_operate"] {
            #expect(circle.node(id)?.ring == "kultur", "\(id) belongs on the outer ring")
        }
    }

    @Test func everyElementHasProvenanceAndAnEnglishLabel() {
        for node in circle.nodes {
            #expect(node.provenance != .unspecified, "node \(node.id) has no provenance")
            #expect(node.labelEN?.isEmpty == false, "node \(node.id) has no English label")
        }
        for edge in circle.edges {
            #expect(edge.provenance != .unspecified, "edge \(edge.from) -> \(edge.to) has no provenance")
            if case let .inferred(reason) = edge.provenance { #expect(!reason.isEmpty) }
        }
    }

    @Test(.enabled(if: seedText != nil, "the seed text (shared/seed) is beside the repository"))
    func everyQuoteIsInTheSeedText() throws {
        let seed = normalised(try #require(seedText))
        var quotes: [(String, String)] = circle.nodes.compactMap {
            if case let .quote(text) = $0.provenance { return ($0.id, text) } else { return nil }
        }
        quotes += circle.edges.compactMap {
            if case let .quote(text) = $0.provenance { return ("\($0.from)->\($0.to)", text) } else { return nil }
        }
        #expect(quotes.count > 60)
        for (element, quote) in quotes {
            // "…" marks an elision: each part must appear in the text as written.
            for part in quote.split(separator: "…") {
                let fragment = normalised(String(part))
                if !fragment.isEmpty { #expect(seed.contains(fragment), "\(element): '\(fragment)' is not in the seed") }
            }
        }
    }

    /// The loops the text describes, as chains of active edges.
    @Test(arguments: [
        // "je mehr man social wird, desto mehr Menschen aktiviert man, die Vision voranzutreiben"
        ["social_werden", "menschen_aktivieren", "vision_vorantreiben", "social_werden"],
        // Licence to operate eases crisis communication, and a crisis handled keeps the licence.
        ["licence_to_operate", "krisenkommunikation", "licence_to_operate"],
        // Social media changes the culture, which must carry social-media communication.
        ["social_werden", "kulturelle_veraenderung", "unternehmenskultur", "vom_unternehmen_getragen",
         "social_media_intern", "social_werden"],
        // Knowledge transfer borders competence leadership.
        ["wissens_transfer", "kompetenzfuehrerschaft", "wissens_transfer"],
    ])
    func reinforcingLoopIsPresent(loop: [String]) {
        for (from, to) in zip(loop, loop.dropFirst()) {
            let edge = circle.edges.first { $0.from == from && $0.to == to }
            #expect(edge?.sign == .positive, "missing + edge \(from) -> \(to)")
            #expect(circle.node(from)?.isActive == true && circle.node(to)?.isActive == true)
        }
    }

    @Test func stakeholderPowerClosesABalancingLoop() {
        // Stakeholder power pulls a company off its own strategy ("Ihr-Gefühl") — one − edge.
        let loop = ["gesamtstrategie", "social_centric", "social_werden", "stakeholder_macht", "gesamtstrategie"]
        let signs = zip(loop, loop.dropFirst()).map { from, to in
            circle.edges.first { $0.from == from && $0.to == to }?.sign
        }
        #expect(signs == [.positive, .positive, .positive, .negative])
    }

    private func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

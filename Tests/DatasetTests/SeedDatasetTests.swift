import Foundation
import GraphFormats
import StrategyDatasets
import StrategyModel
import TestSupport
import Testing

let packageRoot = TestPaths.packageRoot
let seedText = TestPaths.seedText

/// The seed's circle against the text and against the file's own rules (docs/DATASET.md).
@Suite("The seed's circle (Datasets/social-centric-strategy.yaml)")
struct SeedDatasetTests {
    let circle: StrategyCircle

    init() throws {
        circle = SeedCircle.circle
    }

    private func edge(_ from: String, _ to: String) -> Edge? {
        circle.edges.first { $0.from == from && $0.to == to }
    }

    @Test func theEmbeddedCopyIsTheFileInDatasets() throws {
        let onDisk = try String(contentsOf: packageRoot.appending(path: "Datasets/social-centric-strategy.yaml"),
                                encoding: .utf8)
        #expect(Datasets.socialCentricStrategy.text + "\n" == onDisk)
    }

    @Test func fourRingsFromTheCoreOutwards() {
        #expect(circle.rings.map(\.id) == ["kern", "stossrichtungen", "massnahmen", "kultur"])
    }

    @Test func everyThrustTheTextNamesIsThere() {
        let thrusts = circle.nodes.filter { $0.ring == "stossrichtungen" }
        #expect(Set(thrusts.filter(\.isActive).map(\.id))
            == ["kompetenzfuehrerschaft", "qualitaetsfuehrerschaft", "innovationsfuehrerschaft", "wissens_transfer"])
        #expect(Set(thrusts.filter { !$0.isActive }.map(\.id))
            == ["marktfuehrerschaft", "preisfuehrerschaft", "kostenfuehrerschaft"])
    }

    // MARK: Evidence

    @Test func everyElementIsStatedOrInferredAndHasAnEnglishLabel() {
        for node in circle.nodes {
            #expect(node.labelEN?.isEmpty == false, "node \(node.id) has no English label")
            #expect(node.provenance.evidence == .stated, "node \(node.id): every element the circle holds is named")
            #expect(node.provenance.quote?.isEmpty == false, "node \(node.id) has no quote")
            if let placement = node.placementReason { #expect(!placement.isEmpty) }
        }
        for edge in circle.edges {
            let name = "\(edge.from) -> \(edge.to)"
            switch edge.provenance.evidence {
            case .stated:
                #expect(edge.provenance.quote?.isEmpty == false, "\(name): stated without a quote")
                #expect(edge.provenance.wording != nil, "\(name): stated without its claim wording")
            case .inferred:
                #expect(edge.provenance.reason?.isEmpty == false, "\(name): inferred without a reason")
                #expect(!edge.provenance.basis.isEmpty, "\(name): inferred without the sentences it rests on")
            case .unspecified:
                Issue.record("\(name) has no evidence class")
            }
        }
    }

    @Test(.enabled(if: seedText != nil,
                   "the seed text is absent: expected at shared/seed/social-centric-strategy.txt beside the repository"))
    func everyQuoteAndEveryBasisIsInTheSeedTextVerbatim() throws {
        let seed = normalised(try #require(seedText))
        var quotes: [(String, String)] = circle.nodes.compactMap { node in node.provenance.quote.map { (node.id, $0) } }
        for edge in circle.edges {
            let name = "\(edge.from)->\(edge.to)"
            if let quote = edge.provenance.quote { quotes.append((name, quote)) }
            quotes += edge.provenance.basis.map { (name + " (basis)", $0) }
        }
        #expect(quotes.count > 80)
        for (element, quote) in quotes {
            // "…" marks an elision: each part must appear in the text as written.
            for part in quote.split(separator: "…") {
                let fragment = normalised(String(part))
                if !fragment.isEmpty { #expect(seed.contains(fragment), "\(element): '\(fragment)' is not in the seed") }
            }
        }
    }

    /// Weight = what the written rule gives for the edge's evidence and wording.
    @Test func everyWeightFollowsTheRule() {
        for edge in circle.edges {
            let expected = WeightRule.weight(for: edge.provenance)
            #expect(expected == edge.weight, "\(edge.from) -> \(edge.to): weight \(edge.weight), rule gives \(String(describing: expected))")
        }
    }

    /// The wording the rule reads matches the quote: an explicit claim carries no hedge, a
    /// hedge word makes the claim hedged (or figurative or minor, which the rule ranks no higher).
    @Test func theClaimWordingMatchesTheQuote() {
        let hedges = ["vielleicht", "möglicherweise", "könnte", "Mir scheint", "Wenn "]
        for edge in circle.edges where edge.provenance.evidence == .stated {
            let quote = edge.provenance.quote ?? ""
            let hedged = hedges.contains { quote.contains($0) }
            if edge.provenance.wording == .explicit {
                #expect(!hedged, "\(edge.from) -> \(edge.to) is 'explicit' but its quote hedges")
            }
            if hedged {
                #expect(edge.provenance.wording != .explicit)
            }
        }
    }

    /// Sign: − only where the quote says the source works against the target; never on an inference.
    @Test func everySignFollowsTheRule() {
        let opposition = ["ausschütten", "schwächt", "schadet", "erschwert", "verhindert", "hemmt"]
        for edge in circle.edges {
            let quote = edge.provenance.quote ?? ""
            let opposes = edge.provenance.evidence == .stated && opposition.contains { quote.contains($0) }
            #expect(edge.sign == (opposes ? .negative : .positive), "\(edge.from) -> \(edge.to): sign \(edge.sign.symbol)")
        }
    }

    // MARK: Claims of the text that are not single edges

    /// "sonst bleibt Social Media nur eine Maßnahme, die strategisch in der Luft hängt": every
    /// possibility of social media reaches a thrust, and none reaches the goal past them.
    @Test func noSocialMediaMeasureHangsInTheAir() {
        let active = circle.activePart
        let thrusts = Set(active.nodes.filter { $0.ring == "stossrichtungen" }.map(\.id))
        let core = Set(active.nodes.filter { $0.ring == "kern" }.map(\.id))
        for node in active.nodes where node.ring == "massnahmen" {
            #expect(!reach(from: node.id, in: active, avoiding: []).isDisjoint(with: thrusts),
                    "\(node.id) reaches no strategic thrust")
            #expect(!reach(from: node.id, in: active, avoiding: thrusts.union(core)).contains("absatz_marktanteile"),
                    "\(node.id) reaches sales past every thrust")
        }
    }

    /// "“Mehr verkaufen wollen” ist genauso wenig eine Strategie wie “mehr Bekanntheit haben wollen”".
    @Test func salesAndAwarenessAreNoThrust() {
        #expect(circle.node("absatz_marktanteile")?.ring == nil)
        #expect(circle.nodes.allSatisfy { !$0.label.contains("Bekanntheit") })
        #expect(circle.nodes.filter { $0.ring == "stossrichtungen" }.allSatisfy { !$0.label.contains("Absatz") })
    }

    /// The outer ring holds "Voraussetzungen bzw. Auswirkungen und Wechselwirkungen des
    /// Einsatzes von Social Media": each is linked to the use of social media in one direction
    /// or the other, or (stakeholder power) to social media as a medium of society. Exempt:
    /// the thesis's crisis example, which the text links to nothing else.
    @Test func theOuterRingIsLinkedToTheUseOfSocialMedia() {
        let active = circle.activePart
        let use: Set<String> = ["social_media_einsatz", "social_media_intern", "social_media_medium"]
        let exempt: Set<String> = ["licence_to_operate", "krisenkommunikation"]
        for node in active.nodes where node.ring == "kultur" && !exempt.contains(node.id) {
            let downstream = !reach(from: node.id, in: active, avoiding: []).isDisjoint(with: use)
            let upstream = use.contains { reach(from: $0, in: active, avoiding: []).contains(node.id) }
            #expect(downstream || upstream, "\(node.id) is linked to no use of social media")
        }
    }

    /// "nicht mehr einzelne Kommunikationsdisziplinen … (Social Media Relations, Social Media
    /// Marketing, Social Media Culture)": superseded, so excluded and on no ring.
    @Test func theSupersededDisciplinesAreOutOfTheCircle() {
        for id in ["social_media_relations", "social_media_marketing", "social_media_culture"] {
            let node = circle.node(id)
            #expect(node?.isActive == false && node?.ring == nil && node?.sector == nil, "\(id)")
        }
    }

    /// The stakeholder passage: power comes from social media in society, and only the
    /// voluntary heeding of interests earns recognition.
    @Test func stakeholderPowerComesFromSocialMediaAndOnlyVoluntaryHeedingEarnsRecognition() {
        #expect(circle.edges.filter { $0.to == "stakeholder_macht" }.map(\.from) == ["social_media_medium"])
        #expect(edge("interessen_freiwillig", "anerkennung") != nil)
        #expect(edge("interessen_erzwungen", "anerkennung") == nil)
        #expect(edge("ihr_gefuehl", "gesamtstrategie")?.sign == .negative)
        #expect(circle.node("ihr_gefuehl")?.isActive == false)
    }

    /// The loops the text describes, as chains of active, positive edges.
    @Test(arguments: [
        // "je mehr man social wird, desto mehr Menschen aktiviert man, die Vision voranzutreiben"
        ["social_werden", "menschen_aktivieren", "vision_vorantreiben", "social_werden"],
        // Social media must be carried by the culture, and changes the culture.
        ["social_media_einsatz", "kulturelle_veraenderung", "unternehmenskultur", "social_media_einsatz"],
        // Knowledge transfer borders competence leadership.
        ["wissens_transfer", "kompetenzfuehrerschaft", "wissens_transfer"],
    ])
    func reinforcingLoopIsPresent(loop: [String]) {
        for (from, to) in zip(loop, loop.dropFirst()) {
            #expect(edge(from, to)?.sign == .positive, "missing + edge \(from) -> \(to)")
            #expect(circle.node(from)?.isActive == true && circle.node(to)?.isActive == true)
        }
    }

    /// The text states licence → crisis only; the reverse edge would invent a loop.
    @Test func noInventedReverseEdges() {
        #expect(edge("licence_to_operate", "krisenkommunikation") != nil)
        #expect(edge("krisenkommunikation", "licence_to_operate") == nil)
        #expect(edge("innovationsfuehrerschaft", "kompetenzfuehrerschaft") == nil)
    }

    // MARK: Helpers

    private func reach(from start: String, in circle: StrategyCircle, avoiding blocked: Set<String>) -> Set<String> {
        var seen: Set<String> = [start]
        var stack = [start]
        while let id = stack.popLast() {
            for edge in circle.edges where edge.from == id && !seen.contains(edge.to) {
                seen.insert(edge.to)
                if !blocked.contains(edge.to) { stack.append(edge.to) }
            }
        }
        seen.remove(start)
        return seen
    }

    private func normalised(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

import StrategyDatasets
import StrategyDrafting
import StrategyModel
import Testing

@Suite("Drafting: the draft file and applying it")
struct ReviewAndApplyTests {
    static let german = try! Lexicon.read(Lexicons.german)

    static let circle = try! StrategyCircle(nodes: [
        Node(id: "kultur", label: "Unternehmenskultur"),
        Node(id: "marke", label: "Marke"),
    ], edges: [Edge(from: "kultur", to: "marke", weight: 3)])

    @Test func theDraftFileReadsBackEqual() throws {
        var draft = Drafter.draft("Die Kultur stärkt vielleicht die Marke. Der Vertrieb grenzt an das Marketing. "
            + "Rabatte schwächen die Marke nicht.", document: "t.md", lexicon: Self.german, into: Self.circle,
            intoName: "c.yaml")
        draft.proposals[0].decision = .accepted
        let back = try DraftReader.read(try DraftWriter.yaml(draft))
        #expect(back.proposals == draft.proposals)
        #expect(back.document == "t.md" && back.into == "c.yaml" && back.sentenceCount == 3 && back.language == .de)
    }

    @Test func problemsInADraftFileNameTheirPlace() throws {
        let draft = Drafter.draft("Werbung stärkt den Umsatz.", document: "t", lexicon: Self.german)
        let text = try DraftWriter.yaml(draft).replacingOccurrences(of: "decision: pending", with: "decision: maybe")
        #expect(throws: DraftFileError.self) { try DraftReader.read(text) }
        do {
            _ = try DraftReader.read(text)
        } catch {
            let line = text.split(separator: "\n", omittingEmptySubsequences: false)
                .firstIndex { $0.contains("decision: maybe") }.map { $0 + 1 }
            #expect(error.line == line)
            #expect(error.message == "proposal p1: 'decision' must be pending, accepted or rejected")
        }
    }

    @Test func acceptedProposalsBecomeStatedEdgesWithTheirQuote() throws {
        var draft = Drafter.draft(
            "Die Kultur stärkt die Marke. Die Marke stärkt vielleicht die Kultur. Die Marke fördert den Absatz. "
                + "Der Absatz senkt die Lagerkosten. Der Vertrieb grenzt an die Marke.",
            document: "t", lexicon: Self.german, into: Self.circle)
        for index in draft.proposals.indices { draft.proposals[index].decision = .accepted }
        draft.proposals[3].decision = .rejected
        let applied = try DraftApplication(draft, into: Self.circle)
        let added = applied.report.addedEdges.map { "\($0.from)>\($0.to)\($0.sign.symbol)\(Int($0.weight))" }
        // Hedged: weight 2 (the circle file's rule); explicit: 3; the Absatz node is new.
        #expect(added == ["marke>kultur+2", "marke>absatz+3"])
        #expect(applied.report.addedNodes.map(\.id) == ["absatz"])
        #expect(applied.report.alreadyThere == ["p1: kultur -> marke"])
        #expect(applied.report.notApplied.count == 1)
        #expect(applied.report.twoWayPairs.map { "\($0.0)<>\($0.1)" } == ["marke<>kultur"])
        // Every accepted influence carries its sentence as a stated quote.
        for edge in applied.report.addedEdges {
            #expect(edge.provenance.evidence == .stated)
            #expect(draft.proposals.contains { $0.sentence.text == edge.provenance.quote })
        }
        #expect(applied.circle.edges.count == 3)
    }

    @Test func newNodeIdsAreASCIIAndUnique() throws {
        // Umlauts spelled out, other characters as "_", and a number where two labels fold alike.
        var draft = Drafter.draft("Die Größe stärkt die Übersicht. Die Übersicht stärkt die Größe der Marke. "
            + "Die Groesse stärkt den Umsatz.", document: "t", lexicon: Self.german)
        for index in draft.proposals.indices { draft.proposals[index].decision = .accepted }
        let applied = try DraftApplication(draft, into: Self.circle)
        #expect(applied.report.addedNodes.map(\.id) == ["groesse", "uebersicht", "groesse_der_marke", "groesse_2", "umsatz"])
    }
}

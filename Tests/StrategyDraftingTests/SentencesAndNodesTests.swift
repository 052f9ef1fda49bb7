import StrategyDatasets
import StrategyDrafting
import StrategyModel
import Testing
import Yams

@Suite("Drafting: sentences, evidence and node matching")
struct SentencesAndNodesTests {
    static let german = try! Lexicon.read(Lexicons.german)

    @Test func abbreviationsDoNotEndASentence() {
        let german = SentenceSplitter.split(
            "Wir nutzen z. B. Foren, Blogs usw. für den Austausch. Dr. Meier leitet das Projekt. Es läuft.", language: .de,
            abbreviations: Self.german.abbreviations)
        #expect(german.map(\.text) == ["Wir nutzen z. B. Foren, Blogs usw. für den Austausch.",
                                       "Dr. Meier leitet das Projekt.", "Es läuft."])
        let english = SentenceSplitter.split("We use e.g. forums and blogs. Mr. Smith leads it. It works.", language: .en,
                                             abbreviations: try! Lexicon.read(Lexicons.english).abbreviations)
        #expect(english.map(\.text) == ["We use e.g. forums and blogs.", "Mr. Smith leads it.", "It works."])
    }

    @Test func headingsAndBlankLinesEndASentence() {
        let text = "# Our strategy\n\nTrust leads to growth\nand growth to trust.\n\n- Training helps"
        #expect(SentenceSplitter.split(text, language: .en).map(\.text)
            == ["Our strategy", "Trust leads to growth and growth to trust.", "Training helps"])
    }

    /// The character range names the sentence in the document, counted in Unicode scalars.
    @Test func evidenceRangesPointIntoTheDocument() throws {
        let text = "Einleitung „mit Zitat“.\n\nDie Befassung mit Social Media führt zu kulturellen Veränderungen. Schluss."
        let draft = Drafter.draft(text, document: "doc.md", lexicon: Self.german)
        let proposal = try #require(draft.proposals.first)
        let scalars = Array(text.unicodeScalars)
        let range = proposal.sentence.characters
        #expect(String(String.UnicodeScalarView(scalars[range])) == proposal.sentence.text)
        #expect(proposal.sentence.index == 1)
        #expect(proposal.rule == "X führt|führen|führte|führten zu|zur|zum Y")
        #expect(proposal.cues == ["führt", "zu"])
    }

    @Test func causesAndEffectsMatchNodesByStems() throws {
        let circle = try StrategyCircle(nodes: [
            Node(id: "unternehmenskultur", label: "Unternehmenskultur"),
            Node(id: "einsatz", label: "Einsatz von Social Media"),
            Node(id: "wandel", label: "Kulturelle Veränderungen"),
        ], edges: [])
        let draft = Drafter.draft("Die Befassung mit Social Media führt zu kulturellen Veränderungen. "
            + "Die Kultur stärkt den Einsatz von Social Media. Der Mond stärkt die Gezeiten.",
            document: "t", lexicon: Self.german, into: circle)
        #expect(draft.proposals.map { "\($0.from.node ?? "new") > \($0.to.node ?? "new")" }
            == ["einsatz > wandel", "unternehmenskultur > einsatz", "new > new"])
    }

    @Test func theDraftFileCarriesEveryProposalWithItsEvidence() throws {
        let draft = Drafter.draft("Training leads to fewer errors. Without trust, cooperation does not work.",
                                  document: "notes.txt", lexicon: try Lexicon.read(Lexicons.english))
        let yaml = try DraftWriter.yaml(draft)
        let root = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let proposals = try #require(root["proposals"] as? [[String: Any]])
        #expect(proposals.count == 2)
        let first = try #require(proposals.first)
        #expect(first["decision"] as? String == "pending")
        #expect((first["evidence"] as? [String: Any])?["sentence"] as? String == "Training leads to fewer errors.")
        #expect((first["evidence"] as? [String: Any])?["characters"] as? [Int] == [0, 31])
        #expect(first["sign"] as? String == "+")
    }

    @Test func aUsersLexiconExtendsTheShippedOne() throws {
        let extended = try Lexicon.read("patterns:\n  causal-verb:\n    - pattern: \"X beflügelt Y\"\n", extending: Self.german)
        let draft = Drafter.draft("Die Vision beflügelt das Team.", document: "t", lexicon: extended)
        #expect(draft.proposals.map { "\($0.from.label) > \($0.to.label)" } == ["Vision > Team"])
        #expect(throws: LexiconError.self) { try Lexicon.read("patterns:\n  causal-verb:\n    - pattern: \"beflügelt Y\"\n",
                                                                extending: Self.german) }
        #expect(throws: LexiconError.self) { try Lexicon.read("patterns:\n  guesses:\n    - pattern: \"X y Y\"\n",
                                                                extending: Self.german) }
    }
}

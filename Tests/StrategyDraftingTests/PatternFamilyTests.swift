import StrategyDatasets
import StrategyDrafting
import StrategyModel
import Testing

/// Every family with positive and negative examples, in German and in English: what each
/// pattern reads as cause, effect and sign, and the look-alikes that are not claims.
@Suite("Drafting: pattern families")
struct PatternFamilyTests {
    static let german = try! Lexicon.read(Lexicons.german)
    static let english = try! Lexicon.read(Lexicons.english)

    /// "cause > effect sign family" for each proposal, tags in brackets.
    func read(_ text: String, _ lexicon: Lexicon = german) -> [String] {
        Drafter.draft(text, document: "t", lexicon: lexicon).proposals.map { p in
            let sign = p.relation == .influence ? (p.sign > 0 ? " +" : " -") : " \(p.relation.rawValue)"
            let tags = p.tags.isEmpty ? "" : " [" + p.tags.map(\.rawValue).joined(separator: ",") + "]"
            return "\(p.from.label) > \(p.to.label)\(sign) \(p.family.rawValue)\(tags)"
        }
    }

    @Test func comparativeCorrelatives() {
        // German labels end at the last noun: the clause's verb is not part of the name.
        #expect(read("Je mehr Transparenz wir zeigen, desto mehr Vertrauen entsteht.")
            == ["Transparenz > Vertrauen + correlative"])
        #expect(read("Je höher die Preise steigen, desto weniger Kunden kommen.")
            == ["Preise > Kunden - correlative"])
        #expect(read("Je mehr ich mich um die “Licence to operate” kümmere, desto leichter habe ich es in der Krisenkommunikation.")
            == ["Licence to operate > Krisenkommunikation + correlative"])
        #expect(read("The more we train our staff, the fewer errors we make.", Self.english)
            == ["train our staff > errors we make - correlative"])
        // Not claims: "je nachdem", a "the …, the …" without a direction word, "the more so".
        #expect(read("Je nachdem, wie es läuft, desto besser entscheiden wir.").isEmpty)
        #expect(read("In the end, the market decides.", Self.english).isEmpty)
        #expect(read("The more so because clients ask for it.", Self.english).isEmpty)
    }

    @Test func necessityAndEnabling() {
        #expect(read("Ohne Vertrauen funktioniert die Zusammenarbeit nicht.")
            == ["Vertrauen > Zusammenarbeit + necessity"])
        #expect(read("Ohne Vertrauen, so die Erfahrung, gibt es keine Zusammenarbeit.").isEmpty == false)
        #expect(read("Eine offene Kultur ist die Voraussetzung für Wissensaustausch.")
            == ["offene Kultur > Wissensaustausch + necessity"])
        #expect(read("Growth requires capital.", Self.english) == ["capital > Growth + necessity"])
        #expect(read("An open culture is a prerequisite for knowledge sharing.", Self.english)
            == ["open culture > knowledge sharing + necessity"])
        #expect(read("Ohne Frage ist das wichtig.").isEmpty)
        #expect(read("Without doubt, the market will keep changing.", Self.english).isEmpty)
    }

    @Test func causalVerbsWithTheirSign() {
        #expect(read("Die Befassung mit Social Media führt zu kulturellen Veränderungen.")
            == ["Befassung mit Social Media > kulturellen Veränderungen + causal-verb"])
        #expect(read("Der Preisdruck schwächt die Marge.") == ["Preisdruck > Marge - causal-verb"])
        // A separable verb: "trägt … bei".
        #expect(read("So trägt die interne Kommunikation dazu bei, dass Experten gefunden werden.")
            == ["interne Kommunikation > Experten + causal-verb"])
        #expect(read("Customer trust leads to repeat business.", Self.english)
            == ["Customer trust > repeat business + causal-verb"])
        #expect(read("Heavy discounting reduces margins.", Self.english) == ["Heavy discounting > margins - causal-verb"])
        // Denied: tagged, not an edge.
        #expect(read("Rabatte schwächen die Marke nicht.") == ["Rabatte > Marke - causal-verb [negated]"])
        #expect(read("Cheap competitors do not reduce our appeal.", Self.english)
            == ["Cheap competitors > appeal - causal-verb [negated]"])
    }

    @Test func connectivesAtLowerConfidence() throws {
        let proposals = Drafter.draft("Der Umsatz steigt, weil die Werbung wirkt.", document: "t", lexicon: Self.german).proposals
        #expect(proposals.map { "\($0.from.label) > \($0.to.label)" } == ["Werbung > Umsatz"])
        #expect(try #require(proposals.first).confidence < 0.6)
        #expect(read("Sales rose, because the ads worked.", Self.english) == ["ads worked > Sales rose + connective"])
        // Temporal "da" and "since" are not causes.
        #expect(read("Da war ich noch jung.").isEmpty)
        #expect(read("Since 2019, we have grown through referrals.", Self.english).isEmpty)
    }

    @Test func conditionalsMutualClaimsAndConcessivesAreTagged() {
        #expect(read("Die Werbung stärkt den Umsatz, wenn das Budget reicht.")
            == ["Werbung > Umsatz + causal-verb [conditional]"])
        #expect(read("Das Marketing stärkt den Vertrieb und umgekehrt.") == ["Marketing > Vertrieb + causal-verb [mutual]"])
        #expect(read("Die Werbung stärkt den Umsatz, obwohl die Preise steigen.")
            == ["Werbung > Umsatz + causal-verb [concessive]"])
        // "auch wenn" and "even if" concede; they set no condition.
        #expect(read("Die Werbung stärkt den Umsatz, auch wenn die Preise steigen.")
            == ["Werbung > Umsatz + causal-verb [concessive]"])
        #expect(read("Training improves quality, even if budgets are tight.", Self.english)
            == ["Training > quality + causal-verb [concessive]"])
        #expect(read("Despite tight budgets, training improves quality.", Self.english)
            == ["training > quality + causal-verb [concessive]"])
        #expect(read("If prices fall, discounting reduces margins.", Self.english)
            == ["discounting > margins - causal-verb [conditional]"])
    }

    @Test func structuralClaimsAreNeverInfluences() {
        #expect(read("Der Vertrieb grenzt direkt an das Marketing an.") == ["Vertrieb > Marketing neighbour structural"])
        #expect(read("Service quality is part of knowledge leadership.", Self.english)
            == ["Service quality > knowledge leadership member structural"])
        #expect(read("Our team belongs to the sales division.", Self.english)
            == ["team > sales division member structural"])
        // A figure of speech with a pronoun for its subject places nothing.
        #expect(read("Das grenzt an ein Wunder.").isEmpty)
        #expect(read("It borders on the absurd.", Self.english).isEmpty)
    }

    @Test func hedgesLowerTheConfidence() throws {
        let plain = try #require(Drafter.draft("Werbung stärkt den Umsatz.", document: "t", lexicon: Self.german).proposals.first)
        let hedged = try #require(Drafter.draft("Werbung stärkt vielleicht den Umsatz.", document: "t", lexicon: Self.german)
            .proposals.first)
        #expect(!plain.hedged && hedged.hedged)
        #expect(hedged.confidence < plain.confidence)
        #expect(hedged.cues.contains("vielleicht"))
    }

    @Test func coordinatedCausesBecomeOneProposalEach() {
        #expect(read("Die Kommunikation muss durch das Unternehmen und die Kultur getragen werden.")
            == ["Unternehmen > Kommunikation + necessity", "Kultur > Kommunikation + necessity"])
    }

    @Test func theWritersOwnPronounsAreNotNodes() {
        #expect(read("Das stärkt uns.").isEmpty)
        #expect(read("This strengthens us.", Self.english).isEmpty)
    }
}

import GraphFormats
import StrategyModel
import Testing

@Suite("Evidence in circle files")
struct EvidenceReadingTests {
    @Test func readsEvidenceBasisClaimAndPlacement() throws {
        let circle = try CircleLoader.load(text: """
            nodes:
              - {id: a, quote: "a is named", placement_inferred: "not placed by the text"}
              - {id: b, inferred: "the reader's step", basis: ["first sentence", "second sentence"]}
              - {id: c, evidence: stated}
              - {id: d}
            edges:
              - {from: a, to: b, weight: 2, quote: "vielleicht a zu b", claim: hedged}
              - {from: b, to: c, inferred: "a guess", basis: "one sentence"}
              - {from: c, to: d, evidence: inferred}
              - {from: d, to: a}
            """, name: "e.yaml", format: .yaml)
        #expect(circle.nodes[0].provenance == .quote("a is named"))
        #expect(circle.nodes[0].placementReason == "not placed by the text")
        #expect(circle.nodes[1].provenance == .inferred(reason: "the reader's step", basis: ["first sentence", "second sentence"]))
        #expect(circle.nodes[2].provenance.evidence == .stated && circle.nodes[2].provenance.quote == nil)
        #expect(circle.nodes[3].provenance == .unspecified)
        #expect(circle.edges[0].provenance == .quote("vielleicht a zu b", wording: .hedged))
        #expect(circle.edges[1].provenance.basis == ["one sentence"])
        #expect(circle.edges[2].provenance.evidence == .inferred)
        #expect(circle.edgeCountByEvidence == [.stated: 1, .inferred: 2, .unspecified: 1])
        #expect(circle.restricted(to: .stated).edges.map(\.to) == ["b"])
        #expect(circle.restricted(to: .inferred).edges.map(\.to) == ["b", "c", "d"])
        #expect(circle.restricted(to: .all) == circle)
    }

    @Test func contradictionsAreReportedWhereTheyAre() {
        #expect(problems("""
            nodes: [{id: a}, {id: b}]
            edges:
              - {from: a, to: b, quote: q, evidence: inferred}
              - {from: b, to: a, claim: explicit, inferred: r}
              - {from: a, to: a, claim: explicitly}
              - {from: b, to: b, basis: [s], quote: q}
            """, .yaml) == [
                "3:42: 'evidence: inferred' contradicts the 'quote' given; drop one of them",
                "4:29: 'claim' says how the source states an edge; give it only with 'quote' or 'evidence: stated'",
                "5:29: unknown claim 'explicitly' (did you mean 'explicit'?); expected one of: explicit, hedged, juxtaposed, figurative, minor",
                "6:29: 'basis' lists the sentences an inference rests on; give it with 'inferred'",
            ])
        #expect(problems("nodes: [{id: a, evidence: rumour}]", .yaml)
            == ["1:27: unknown evidence 'rumour'; expected 'stated' or 'inferred'"])
    }

    @Test func csvColumnsCarryEvidence() throws {
        let circle = try CircleLoader.load(text: """
            source,target,quote,inferred,evidence
            a,b,"a drives b",,
            b,c,,"b probably feeds c",
            c,a,,,stated
            """, name: "e.csv", format: .csv)
        #expect(circle.edges.map(\.provenance.evidence) == [.stated, .inferred, .stated])
        #expect(circle.edges[0].provenance.quote == "a drives b")
        #expect(problems("source,target,quote,evidence\na,b,q,inferred\n", .csv).first?.hasPrefix("2:7: evidence 'inferred' contradicts the quote") == true)
    }

    @Test func theWeightRule() {
        #expect(WeightRule.weight(for: .quote("x", wording: .explicit)) == 3)
        for wording in [ClaimWording.hedged, .juxtaposed, .figurative] {
            #expect(WeightRule.weight(for: .quote("x", wording: wording)) == 2)
        }
        #expect(WeightRule.weight(for: .quote("x", wording: .minor)) == 1)
        #expect(WeightRule.weight(for: .inferred(reason: "r")) == 1)
        #expect(WeightRule.weight(for: .quote("x")) == nil)
        #expect(WeightRule.weight(for: .unspecified) == nil)
    }

    @Test func edgeReferences() {
        #expect(EdgeReference(parsing: "a>b") == EdgeReference(from: "a", to: "b"))
        #expect(EdgeReference(parsing: " a > b ") == EdgeReference(from: "a", to: "b"))
        for bad in ["", ">", "a>", ">b", "a>b>c", "ab"] { #expect(EdgeReference(parsing: bad) == nil, "\(bad)") }
    }
}

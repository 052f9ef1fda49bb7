import GraphFormats
import StrategyModel
import Testing

/// Loads text and returns the diagnostics as "line:column: message" (or [] when it loads).
func problems(_ text: String, _ format: CircleFormat? = nil) -> [String] {
    do {
        _ = try CircleLoader.load(text: text, name: "f", format: format)
        return []
    } catch {
        return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }
}

@Suite("Circle file reader (YAML, JSON)")
struct CircleDocumentReaderTests {
    static let minimal = """
        circle:
          title: Kreis
          source: somewhere
        rings:
          - {id: kern, label: Kern, label_en: Core}
          - aussen
        sectors: [nord, sued]
        nodes:
          - id: a
            label: Größe
            label_en: Size
            ring: kern
            quote: "je mehr … desto"
          - id: b
            ring: aussen
            sector: sued
            status: excluded
            inferred: because
        edges:
          - {from: a, to: b, weight: 2.5, sign: "-", kind: causes, quote: "x"}
          - {from: b, to: a}
        """

    @Test func readsEveryField() throws {
        let circle = try CircleLoader.load(text: Self.minimal, name: "m.yaml", format: .yaml)
        #expect(circle.metadata.title == "Kreis")
        #expect(circle.metadata.source == "somewhere")
        #expect(circle.rings == [Ring(id: "kern", label: "Kern", labelEN: "Core"), Ring(id: "aussen")])
        #expect(circle.sectors.map(\.id) == ["nord", "sued"])
        #expect(circle.nodes[0] == Node(id: "a", label: "Größe", labelEN: "Size", ring: "kern",
                                        provenance: .quote("je mehr … desto")))
        #expect(circle.nodes[1] == Node(id: "b", ring: "aussen", sector: "sued", status: .excluded,
                                        provenance: .inferred(reason: "because")))
        #expect(circle.edges[0] == Edge(from: "a", to: "b", weight: 2.5, sign: .negative, kind: .causes,
                                        provenance: .quote("x")))
        #expect(circle.edges[1] == Edge(from: "b", to: "a", weight: 1, sign: .positive, kind: .influences))
    }

    @Test func jsonWithTheSameStructureReadsTheSame() throws {
        let json = """
            {"circle": {"title": "Kreis", "source": "somewhere"},
             "rings": [{"id": "kern", "label": "Kern", "label_en": "Core"}, "aussen"],
             "sectors": ["nord", "sued"],
             "nodes": [{"id": "a", "label": "Größe", "label_en": "Size", "ring": "kern", "quote": "je mehr … desto"},
            \t{"id":"b","ring":"aussen","sector":"sued","status":"excluded","inferred":"because"}],
             "edges": [{"from": "a", "to": "b", "weight": 2.5, "sign": "-", "kind": "causes", "quote": "x"},
                       {"from":"b","to":"a"}]}
            """
        let fromJSON = try CircleLoader.load(text: json, name: "m.json", format: .json)
        let fromYAML = try CircleLoader.load(text: Self.minimal, name: "m.yaml", format: .yaml)
        #expect(fromJSON == fromYAML)
        #expect(CircleFormat.sniff(json[...]) == .json)
    }

    @Test func unknownNodeInAnEdgeSuggestsTheId() {
        let text = """
            nodes:
              - id: alpha
              - id: beta
            edges:
              - from: alpha
                to: betta
            """
        #expect(problems(text) == ["6:9: edge refers to unknown node 'betta' (did you mean 'beta'?)"])
    }

    @Test func duplicateIdNamesBothPlaces() {
        let text = "nodes:\n  - id: alpha\n  - id: alpha\n"
        #expect(problems(text) == ["3:9: duplicate node id 'alpha' (first defined at line 2, column 9)"])
    }

    @Test func nonFiniteAndNonPositiveWeights() {
        let text = """
            nodes: [{id: a}, {id: b}, {id: c}]
            edges:
              - {from: a, to: b, weight: -2}
              - {from: b, to: a, weight: .inf}
              - {from: a, to: c, weight: 0}
              - {from: c, to: a, weight: .nan}
              - {from: b, to: c, weight: heavy}
            """
        #expect(problems(text) == [
            "3:30: weight must be a finite number greater than 0, got -2; write the strength and put the direction in 'sign: \"-\"'",
            "4:30: weight must be a finite number greater than 0, got inf",
            "5:30: weight must be a finite number greater than 0, got 0; leave the edge out instead of weighing it 0",
            "6:30: weight must be a finite number greater than 0, got nan",
            "7:30: weight must be a number, got 'heavy'",
        ])
    }

    @Test func unknownSign() {
        let text = "nodes: [{id: a}, {id: b}]\nedges:\n  - {from: a, to: b, sign: maybe}\n"
        #expect(problems(text) == ["3:28: unknown sign 'maybe'; expected '+', '-', 'positive' or 'negative'"])
    }

    @Test func unknownRingAndSector() {
        let text = """
            rings: [core, outer]
            sectors: [north]
            nodes:
              - {id: a, ring: cor}
              - {id: b, ring: outer, sector: south}
            """
        #expect(problems(text) == [
            "4:19: unknown ring 'cor' (did you mean 'core'?)",
            "5:34: unknown sector 'south'",
        ])
    }

    @Test func emptyFile() {
        #expect(problems("", .yaml) == ["1:1: the file is empty"])
        #expect(problems("  \n\n", .yaml) == ["1:1: the file is empty"])
        #expect(problems("# only a comment\n", .yaml) == ["1:1: the file is empty"])
    }

    @Test func notACircleFileAtAll() {
        #expect(problems("just some words\n", .yaml)
            == ["1:1: expected the top level to be a mapping of keys to values, found 'just some words'"])
        do {
            _ = try CircleLoader.load(bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], name: "x.png")
            Issue.record("binary input loaded")
        } catch {
            #expect(error.diagnostics.map(\.description)
                == ["x.png:1:1: error: not a text file: a byte that is not UTF-8 (expected UTF-8 YAML, JSON or CSV)"])
        }
        do {
            _ = try CircleLoader.load(bytes: Array("nodes: []\n\u{0}".utf8), name: "n.yaml")
            Issue.record("input with NUL loaded")
        } catch {
            #expect(error.diagnostics.first?.location == SourceLocation(file: "n.yaml", line: 2, column: 1))
        }
    }

    @Test func syntaxErrorsCarryTheirPosition() {
        #expect(problems("nodes:\n  - id: a\n   - id: b\n") == [
            "3:4: syntax error: did not find expected '-' indicator (while parsing a block collection at line 2, column 3)",
        ])
        #expect(problems("{\"nodes\": [{\"id\": \"a\"}", .json) == [
            "2:1: syntax error: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 11)",
        ])
    }

    @Test func duplicateKeysAreReported() {
        #expect(problems("nodes: []\nnodes: []\n") == ["1:1: duplicate key 'nodes' in one mapping"])
    }

    @Test func unknownKeysSuggestTheRightOne() {
        let text = "nodes: [{id: a}, {id: b}]\nedges:\n  - {from: a, to: b, wieght: 2}\n"
        #expect(problems(text) == ["3:22: unknown key 'wieght' in an edge (did you mean 'weight'?)"])
    }

    @Test func wrongShapesAndMissingKeys() {
        #expect(problems("nodes: 3\n") == ["1:8: expected 'nodes' to be a list, found '3'"])
        #expect(problems("nodes:\n  - label: x\n") == ["2:5: a node is missing 'id'"])
        #expect(problems("edges: []\n") == ["1:1: the circle has no 'nodes' list"])
        #expect(problems("nodes:\n  - id: [a, b]\n") == ["2:9: expected a single value for 'id', found a list"])
    }

    @Test func everyProblemIsReportedInOrder() {
        let text = """
            nodes:
              - id: a
              - id: a
            edges:
              - {from: a, to: zzz, weight: 0}
            """
        #expect(problems(text) == [
            "3:9: duplicate node id 'a' (first defined at line 2, column 9)",
            "5:19: edge refers to unknown node 'zzz'; declare it under 'nodes' or correct the id",
            "5:32: weight must be a finite number greater than 0, got 0; leave the edge out instead of weighing it 0",
        ])
    }
}

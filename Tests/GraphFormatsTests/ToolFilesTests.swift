import Foundation
import GraphFormats
import StrategyModel
import TestSupport
import Testing

/// Files as the field's tools save them (small ones, written to each tool's published format:
/// yEd's GraphML with its graphics data, Gephi's GEXF 1.3 with viz data and a modularity
/// column, Mental Modeler's CSV matrix, Kumu's JSON): they load with labels and weights.
@Suite("Files from yEd, Gephi, Mental Modeler and Kumu")
struct ToolFilesTests {
    func load(_ name: String) throws -> StrategyCircle {
        try CircleLoader.load(path: TestPaths.file("Tests/GraphFormatsTests/Fixtures/\(name)").path)
    }

    func signedWeights(_ circle: StrategyCircle) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: circle.edges.map { ("\($0.from)>\($0.to)", $0.sign == .negative ? -$0.weight : $0.weight) })
    }

    @Test func yEdGraphML() throws {
        let circle = try load("yed.graphml")
        #expect(circle.nodes.map(\.id) == ["n0", "n1", "n2"])
        #expect(circle.nodes.map(\.label) == ["Unternehmenskultur", "Guidelines", "Krisenkommunikation"])
        #expect(signedWeights(circle) == ["n0>n1": 3, "n1>n2": -1.5])
    }

    @Test func gephiGEXF() throws {
        let circle = try load("gephi.gexf")
        #expect(circle.nodes.map(\.label) == ["Unternehmenskultur", "Social Media Guidelines", "Licence to operate"])
        #expect(circle.nodes.map(\.ring) == ["kultur", "kultur", nil])
        #expect(circle.rings.map(\.id) == ["kultur"])
        #expect(signedWeights(circle) == ["culture>guidelines": 3, "licence>guidelines": 0.5, "guidelines>licence": -2])
    }

    @Test func mentalModelerMatrix() throws {
        let circle = try load("mental-modeler.csv")
        #expect(circle.nodes.map(\.id) == ["Corporate culture", "Social media guidelines", "Crisis communication"])
        #expect(signedWeights(circle) == ["Corporate culture>Social media guidelines": 0.75,
                                          "Social media guidelines>Crisis communication": 0.5,
                                          "Crisis communication>Corporate culture": -0.25])
    }

    @Test func kumuJSON() throws {
        let circle = try load("kumu.json")
        #expect(circle.nodes.map(\.id) == ["Unternehmenskultur", "Guidelines", "Krisenkommunikation"])
        #expect(circle.nodes.map(\.ring) == ["Kultur", "Kultur", "Wirkung"])
        #expect(signedWeights(circle) == ["Unternehmenskultur>Guidelines": 3, "Guidelines>Krisenkommunikation": 1,
                                          "Krisenkommunikation>Guidelines": 1])
        #expect(circle.edges.first?.kind == .enables)
    }

    @Test func problemsNameTheirPlace() {
        func problems(_ text: String, _ name: String) -> [String] {
            do {
                _ = try CircleLoader.load(text: text, name: name)
                return []
            } catch {
                return error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" }
            }
        }
        #expect(problems("<graphml><graph><node id=\"a\"/><edge source=\"a\" target=\"b\"/></graph></graphml>", "x.graphml")
            == ["1:31: edge refers to unknown node 'b'"])
        #expect(problems("<graphml><graph><node id=\"a\"></graph></graphml>", "x.graphml")
            == ["1:38: not well-formed XML: a closing tag does not match the tag it closes"])
        #expect(problems("<graphml><graph><node id=\"a\">", "cut.graphml")
            == ["1:30: not well-formed XML: the file ends before the document does"])
        #expect(problems("{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"z\"}]}", "x.json")
            == ["1:62: edge refers to unknown node 'z'"])
        #expect(problems(",a,b\na,0,x\nb,0,0\n", "m.csv") == ["2:5: 'a' → 'b': a weight must be a number, got 'x'"])
        #expect(problems("{\"elements\": [{\"label\": \"a\"}], \"connections\": [{\"from\": \"a\", \"to\": \"q\"}]}", "k.json")
            == ["1:68: the connection refers to no Kumu element 'q'"])
    }
}

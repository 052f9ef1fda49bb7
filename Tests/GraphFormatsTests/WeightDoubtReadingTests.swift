import GraphFormats
import StrategyModel
import Testing

/// Weight ranges, confidences and workshop participants in the circle file.
@Suite("Weight doubt and participants in the circle file")
struct WeightDoubtReadingTests {
    static let text = """
        circle: {participants: [anna, ben]}
        nodes: [{id: a}, {id: b}, {id: c}]
        edges:
          - {from: a, to: b, weight: 2, range: [1, 3], drawn_by: [anna, ben]}
          - {from: b, to: c, weight: 2, sign: "-", range: [-3, 0.5]}
          - {from: c, to: a, weight: 2, confidence: 0.75}
        """

    @Test func readsAndWritesThemBack() throws {
        let circle = try CircleLoader.load(text: Self.text, name: "d.yaml", format: .yaml)
        #expect(circle.metadata.participants == ["anna", "ben"])
        #expect(circle.edges.map(\.doubt) == [.range(1...3), .range(-3...0.5), .confidence(0.75)])
        #expect(circle.edges[0].drawnBy == ["anna", "ben"])
        // confidence 0.75: off by a quarter either way; no doubt: ± the spread.
        #expect(circle.edges[2].signedRange(defaultSpread: 0) == 1.5...2.5)
        #expect(Edge(from: "a", to: "b", weight: 2, sign: .negative).signedRange(defaultSpread: 0.5) == -3 ... -1)
        for written in [try CircleDocumentWriter.yaml(circle), CircleDocumentWriter.json(circle)] {
            let back = try CircleLoader.load(text: written, name: "w", format: written.hasPrefix("{") ? .json : .yaml)
            #expect(back.edges == circle.edges && back.metadata == circle.metadata)
        }
        #expect(try CircleDocumentWriter.yaml(circle).contains("range: [1, 3]"))
    }

    @Test func otherFormatsSayTheyDropThem() throws {
        let circle = try CircleLoader.load(text: Self.text, name: "d.yaml", format: .yaml)
        let losses = CircleFormat.graphml.losses(writing: circle)
        #expect(losses.contains("weight ranges and confidences cannot be held in GraphML: 3 dropped"))
        #expect(losses.contains("workshop participants and who drew each edge cannot be held in GraphML: 3 dropped"))
        #expect(CircleFormat.yaml.losses(writing: circle).isEmpty)
    }

    @Test func badDoubtIsNamedWithItsPosition() {
        let edge = { (fields: String) in "circle: {participants: [anna]}\nnodes: [{id: a}, {id: b}]\nedges:\n  - {from: a, to: b, weight: 2, \(fields)}\n" }
        #expect(problems(edge("range: [3, 4]")) == [
            "4:40: range [3, 4] must be finite, low to high, and contain the signed weight 2 (a negative edge's range is negative)"])
        #expect(problems(edge("range: [3, 1]")) == ["4:40: 'range' must go from low to high, got [3.0, 1.0]"])
        #expect(problems(edge("range: [1]")) == [
            "4:40: 'range' must be a list of two numbers, the least and the greatest signed weight, like [1, 3] or [-2, 1]"])
        #expect(problems(edge("confidence: 0")) == ["4:45: confidence must be greater than 0 and at most 1, got 0"])
        #expect(problems(edge("confidence: x")) == ["4:45: 'confidence' must be a number in (0, 1]"])
        #expect(problems(edge("range: [1, 3], confidence: 1")) == ["4:60: give either 'range' or 'confidence', not both"])
        #expect(problems(edge("drawn_by: [anne]")) == [
            "4:43: drawn_by names 'anne', who is not among the circle's participants (did you mean 'anna'?)"])
    }
}

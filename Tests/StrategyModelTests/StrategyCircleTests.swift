import Testing
@testable import StrategyModel

@Suite("StrategyCircle validation")
struct StrategyCircleValidationTests {
    let rings = [Ring(id: "core"), Ring(id: "outer")]
    let sectors = [Sector(id: "north"), Sector(id: "south")]

    func issues(nodes: [Node], edges: [Edge]) -> [ModelIssue] {
        do {
            _ = try StrategyCircle(rings: rings, sectors: sectors, nodes: nodes, edges: edges)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func validCircleBuilds() throws {
        let circle = try StrategyCircle(
            rings: rings, sectors: sectors,
            nodes: [Node(id: "a", ring: "core"), Node(id: "b", ring: "outer", sector: "north")],
            edges: [Edge(from: "a", to: "b", weight: 2, sign: .negative)])
        #expect(circle.nodes.count == 2)
        #expect(circle.index(ofNode: "b") == 1)
        #expect(circle.index(ofRing: "outer") == 1)
        #expect(circle.edges[0].signedWeight == -2)
    }

    @Test func duplicateNodeNamesTheFirst() {
        let found = issues(nodes: [Node(id: "a"), Node(id: "b"), Node(id: "a")], edges: [])
        #expect(found == [ModelIssue(.duplicateNode(id: "a", firstIndex: 0), at: .node(index: 2, field: .id))])
    }

    @Test func unknownEndpointSuggestsTheClosestId() {
        let found = issues(nodes: [Node(id: "culture"), Node(id: "guidelines")],
                           edges: [Edge(from: "culture", to: "guidlines")])
        #expect(found == [ModelIssue(.unknownNode(id: "guidlines", suggestion: "guidelines"),
                                     at: .edge(index: 0, field: .to))])
        #expect(found.first?.description == "edge refers to unknown node 'guidlines' (did you mean 'guidelines'?)")
    }

    @Test(arguments: [0.0, -1.0, .infinity, -.infinity, .nan])
    func invalidWeightsAreRejected(weight: Double) {
        let found = issues(nodes: [Node(id: "a"), Node(id: "b")], edges: [Edge(from: "a", to: "b", weight: weight)])
        #expect(found.count == 1)
        #expect(found.first?.subject == .edge(index: 0, field: .weight))
        #expect(found.first?.description.hasPrefix("weight must be a finite number greater than 0") == true)
    }

    @Test func unknownRingAndSector() {
        let found = issues(nodes: [Node(id: "a", ring: "cor", sector: "west")], edges: [])
        #expect(found == [
            ModelIssue(.unknownRing(id: "cor", suggestion: "core"), at: .node(index: 0, field: .ring)),
            ModelIssue(.unknownSector(id: "west", suggestion: nil), at: .node(index: 0, field: .sector)),
        ])
    }

    @Test func parallelEdgesAreRejectedButSelfLoopsAllowed() {
        let found = issues(nodes: [Node(id: "a"), Node(id: "b")],
                           edges: [Edge(from: "a", to: "b"), Edge(from: "a", to: "a"), Edge(from: "a", to: "b")])
        #expect(found == [ModelIssue(.duplicateEdge(from: "a", to: "b", firstIndex: 0), at: .edge(index: 2, field: .whole))])
    }

    @Test func emptyIdsAndDuplicateRings() {
        do {
            _ = try StrategyCircle(rings: [Ring(id: "r"), Ring(id: "r")], nodes: [Node(id: "")], edges: [])
            Issue.record("expected validation to fail")
        } catch {
            #expect(error.issues == [
                ModelIssue(.duplicateRing(id: "r", firstIndex: 0), at: .ring(index: 1)),
                ModelIssue(.emptyID, at: .node(index: 0, field: .id)),
            ])
        }
    }

    @Test func activePartDropsExcludedNodesAndTheirEdges() throws {
        let circle = try StrategyCircle(
            nodes: [Node(id: "a"), Node(id: "x", status: .excluded), Node(id: "b")],
            edges: [Edge(from: "a", to: "x"), Edge(from: "x", to: "b"), Edge(from: "a", to: "b", weight: 3)])
        let active = circle.activePart
        #expect(active.nodes.map(\.id) == ["a", "b"])
        #expect(active.edges == [Edge(from: "a", to: "b", weight: 3)])
        #expect(circle.excludedNodes.map(\.id) == ["x"])
    }
}

@Suite("Suggestion")
struct SuggestionTests {
    @Test func closestWithinAThirdOfTheLength() {
        #expect(Suggestion.closest(to: "kompetenz", among: ["kompetnez", "qualitaet"]) == "kompetnez")
        #expect(Suggestion.closest(to: "wieght", among: ["weight", "sign"]) == "weight")
        #expect(Suggestion.closest(to: "zzzzzz", among: ["weight", "sign"]) == nil)
        #expect(Suggestion.closest(to: "c", among: ["a", "b"]) == nil)
    }

    @Test func editDistanceCountsTranspositionsOnce() {
        let distance = Suggestion.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars), limit: 5)
        #expect(distance == 1)
        #expect(Suggestion.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), limit: 5) == 3)
    }
}

import GraphFormats
import StrategyAnalysis
import StrategyDatasets
import StrategyModel
import TestSupport
import Testing

@Suite("Feedback loops")
struct FeedbackLoopTests {
    /// a → b → c → a with one negative edge (balancing, raw gain 2·3·0.5 = 3), and
    /// a ⇄ d both positive (reinforcing, raw gain 4·1 = 4), c → c (reinforcing self-loop,
    /// raw gain 5). Scaled by the largest weight (5): 0.024, 0.16 and 1.
    let circle = try! StrategyCircle(
        rings: [Ring(id: "inner"), Ring(id: "outer")],
        sectors: [Sector(id: "north"), Sector(id: "south")],
        nodes: [Node(id: "a", ring: "inner", sector: "north"), Node(id: "b", ring: "outer", sector: "north"),
                Node(id: "c", ring: "outer", sector: "south"), Node(id: "d", ring: "inner", sector: "south")],
        edges: [Edge(from: "a", to: "b", weight: 2), Edge(from: "b", to: "c", weight: 3, sign: .negative),
                Edge(from: "c", to: "a", weight: 0.5), Edge(from: "a", to: "d", weight: 4), Edge(from: "d", to: "a", weight: 1),
                Edge(from: "c", to: "c", weight: 5)])

    @Test func polarityAndGainByHand() {
        let report = LoopReport(circle)
        #expect(report.matching == 3 && report.reinforcing == 2 && report.balancing == 1)
        #expect(report.loops.map(\.nodes) == [["c"], ["a", "d"], ["a", "b", "c"]])
        #expect(report.loops.map(\.rawGain) == [5, 4, 3])
        let scaled = report.loops.map(\.gain)
        for (value, expected) in zip(scaled, [1, 0.16, 0.024]) { #expect(abs(value - expected) < 1e-12) }
        #expect(report.loops.map(\.polarity) == [.reinforcing, .reinforcing, .balancing])
        #expect(report.loops[2].negativeEdges == 1)
        #expect(report.loops[2].rings == ["inner", "outer"] && report.loops[2].sectors == ["north", "south"])
        #expect(abs(report.totalReinforcingGain - 1.16) < 1e-12)
    }

    @Test func filters() {
        var query = LoopQuery()
        query.polarity = .balancing
        #expect(LoopReport(circle, query: query).loops.map(\.nodes) == [["a", "b", "c"]])
        query = LoopQuery()
        query.throughNodes = ["a"]
        query.minLength = 2
        #expect(LoopReport(circle, query: query).loops.map(\.nodes) == [["a", "d"], ["a", "b", "c"]])
        query = LoopQuery()
        query.throughEdge = EdgeReference(from: "d", to: "a")
        #expect(LoopReport(circle, query: query).matching == 1)
        query = LoopQuery()
        query.order = .length
        query.limit = 2
        #expect(LoopReport(circle, query: query).loops.map(\.nodes) == [["c"], ["a", "d"]])
    }

    @Test func participationPerNodeAndEdge() {
        let report = LoopReport(circle)
        let a = report.nodes.first { $0.id == "a" }
        #expect(a?.reinforcing == 1 && a?.balancing == 1)
        #expect(abs((a?.reinforcingGain ?? 0) - 0.16) < 1e-12 && abs((a?.balancingGain ?? 0) - 0.024) < 1e-12)
        let edge = report.edges.first { $0.from == "b" && $0.to == "c" }
        #expect(edge?.balancing == 1 && edge?.reinforcing == 0)
    }

    @Test func theSeedsSelfReinforcingDynamicIsFound() throws {
        let seed = SeedCircle.circle.activePart
        var query = LoopQuery()
        query.polarity = .reinforcing
        query.limit = 1000
        let report = LoopReport(seed, query: query)
        #expect(report.completion == .complete)
        // "je mehr man social wird, desto mehr Menschen aktiviert man, die Vision voranzutreiben"
        #expect(report.loops.contains { $0.nodes == ["social_werden", "menschen_aktivieren", "vision_vorantreiben"] })
        #expect(report.loops.contains { $0.nodes == ["wissens_transfer", "kompetenzfuehrerschaft"] })
        // Social media must be carried by the culture and changes it ("Voraussetzung und oder Folge").
        #expect(report.loops.contains { $0.nodes == ["social_media_einsatz", "kulturelle_veraenderung", "unternehmenskultur"] })
        // The text states no opposing influence among the circle's elements, so no loop balances.
        var balancing = LoopQuery()
        balancing.polarity = .balancing
        let none = LoopReport(seed, query: balancing)
        #expect(none.completion == .complete && none.matching == 0)
    }
}

import GraphAlgorithms
import StrategyAnalysis
import StrategyModel
import Testing

/// StrategyAnalysis at its own level, on circles small enough to check by hand.
@Suite("Synergy density, sector arrangement, clusters, breakers")
struct AnalysisUnitTests {
    /// Sectors n, e, s, w around the circle; n⇄e strongly linked (3 + 3), s–w (2), n–s across (1).
    let compass = try! StrategyCircle(
        rings: [Ring(id: "r")], sectors: ["n", "e", "s", "w"].map { Sector(id: $0) },
        nodes: [Node(id: "n1", ring: "r", sector: "n"), Node(id: "n2", ring: "r", sector: "n"),
                Node(id: "e1", ring: "r", sector: "e"), Node(id: "s1", ring: "r", sector: "s"),
                Node(id: "w1", ring: "r", sector: "w")],
        edges: [Edge(from: "n1", to: "e1", weight: 3), Edge(from: "e1", to: "n1", weight: 3),
                Edge(from: "n1", to: "n2", weight: 2), Edge(from: "s1", to: "w1", weight: 2),
                Edge(from: "n2", to: "s1", weight: 1), Edge(from: "w1", to: "e1", weight: 4, sign: .negative)])

    @Test func synergyDensityByHand() {
        let density = SynergyDensity.bySector(compass)
        // Inside n: the pair {n1, n2} has synergy 2 of 1 possible pair.
        #expect(density.groups.map(\.density) == [2, 0, 0, 0])
        // n–e: {n1, e1} with 3 + 3 over 2 × 1 pairs; n–s: {n2, s1} 1 over 2 pairs; s–w: 2 over 1.
        #expect(density.between[0][1] == 3 && density.between[0][2] == 0.5 && density.between[2][3] == 2)
        // The negative w1 → e1 is tension, never synergy.
        #expect(density.between[1][3] == 0)
        // Overall: 2 + 6 + 2 + 1 = 11 over 5 · 4 / 2 = 10 pairs.
        #expect(density.overallDensity == 1.1)
        // Between different sectors: 6 (n–e) + 2 (s–w) adjacent, 1 (n–s) across: 8 of 9.
        let adjacency = SectorAdjacency(density: density)
        #expect(adjacency.adjacentSynergy == 8 && adjacency.distantSynergy == 1)
        #expect(abs(adjacency.expectedShare - 2.0 / 3) < 1e-15)
    }

    @Test func theBestSectorOrderPutsTheStrongestPairsSideBySide() {
        // Synergy n–e 6, s–w 2, n–s 1: any order with n beside e and s and s beside w scores 9.
        let arrangement = SectorArrangement(density: SynergyDensity.bySector(compass))
        #expect(arrangement.adjacentSynergy == 9)
        #expect(arrangement.fileOrderSynergy == 8)
        #expect(arrangement.gain == 1)
    }

    /// Regression: cluster densities belong to the clusters they are printed with, even when the
    /// largest cluster's members come after a smaller cluster's in node order.
    @Test func clusterDensitiesFollowTheClusterNumbers() throws {
        let circle = try StrategyCircle(
            nodes: ["a", "b", "c", "d", "e"].map { Node(id: $0) },
            edges: [Edge(from: "a", to: "b", weight: 1), Edge(from: "c", to: "d", weight: 3),
                    Edge(from: "d", to: "e", weight: 3), Edge(from: "c", to: "e", weight: 3)])
        let clusters = ClusterResult(circle)
        let largest = try #require(clusters.clusters.first)
        #expect(Set(largest.members) == ["c", "d", "e"])
        #expect(largest.synergyDensity == 3)          // 9 over 3 pairs
        #expect(clusters.clusters[1].synergyDensity == 1)  // {a, b}: 1 over 1 pair
    }

    @Test func breakersOfTwoLoopsSharingANode() {
        // a ⇄ b and b ⇄ c: b alone breaks both; two influences are needed.
        let circle = try! StrategyCircle(
            nodes: ["a", "b", "c"].map { Node(id: $0) },
            edges: [Edge(from: "a", to: "b"), Edge(from: "b", to: "a"), Edge(from: "b", to: "c"), Edge(from: "c", to: "b")])
        let breakers = LoopBreakers(circle)
        #expect(breakers.nodes == ["b"] && breakers.nodesProvenMinimal)
        #expect(breakers.edges.count == 2 && breakers.edgesProvenMinimal)
        #expect(breakers.reinforcingLoops == 2)
    }
}

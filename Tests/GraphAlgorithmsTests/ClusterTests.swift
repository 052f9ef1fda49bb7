import GraphAlgorithms
import StrategyModel
import TestSupport
import Testing

@Suite("Synergy clusters against NetworkX and igraph")
struct CommunityReferenceTests {
    /// The fixture's directed edges folded as SynergyNetwork folds them (undirected
    /// fixtures list each edge once).
    func directedNetwork(_ name: String) -> SynergyNetwork {
        let graph = Fixtures.centrality.graphs[name]!
        return SynergyNetwork(fixtureAdjacency(nodes: graph.nodes, edges: graph.edges))
    }

    func partition(_ labels: [String: Int], nodes: [String]) -> Partition {
        Partition(labels: nodes.map { labels[$0]! })
    }

    @Test(arguments: Fixtures.graphNames)
    func modularityOfAGivenPartition(graph name: String) throws {
        let fixture = try #require(Fixtures.communities.graphs[name])
        let synergy = directedNetwork(name)
        let fixed = partition(fixture.fixed_partition, nodes: fixture.nodes)
        #expect(abs(Modularity.of(fixed, in: synergy) - fixture.fixed_partition_modularity) < 1e-9)
        #expect(abs(Modularity.of(fixed, in: synergy, resolution: 0.5) - fixture.fixed_partition_modularity_resolution_0_5) < 1e-9)
        #expect(abs(Modularity.of(fixed, in: synergy, kind: .signed) - fixture.fixed_partition_signed_modularity) < 1e-9)
    }

    @Test(arguments: Fixtures.graphNames)
    func agreementBetweenPartitions(graph name: String) throws {
        let fixture = try #require(Fixtures.communities.graphs[name])
        let a = partition(fixture.fixed_partition, nodes: fixture.nodes)
        let b = partition(fixture.best_partition, nodes: fixture.nodes)
        #expect(abs(PartitionAgreement.normalizedMutualInformation(a, b) - fixture.nmi_fixed_vs_best) < 1e-9)
        #expect(abs(PartitionAgreement.adjustedRandIndex(a, b) - fixture.ari_fixed_vs_best) < 1e-9)
        #expect(abs(PartitionAgreement.normalizedMutualInformation(b, b) - 1) < 1e-12)
        #expect(abs(PartitionAgreement.adjustedRandIndex(b, b) - 1) < 1e-12)
    }

    @Test(arguments: Fixtures.graphNames)
    func louvainAndLeidenReachNetworkXsBest(graph name: String) throws {
        let fixture = try #require(Fixtures.communities.graphs[name])
        let synergy = directedNetwork(name)
        let target = 0.99 * fixture.best_louvain_modularity_over_10_seeds
        let louvain = (0..<10).map { Modularity.of(Louvain.clusters(synergy, seed: UInt64($0)), in: synergy) }
        let leiden = (0..<10).map { Modularity.of(Leiden.clusters(synergy, seed: UInt64($0)), in: synergy) }
        #expect(louvain.max()! >= target, "Louvain best \(louvain.max()!) vs NetworkX \(fixture.best_louvain_modularity_over_10_seeds)")
        #expect(leiden.max()! >= target, "Leiden best \(leiden.max()!) vs NetworkX \(fixture.best_louvain_modularity_over_10_seeds)")
        // Typical runs are close too, not just the luckiest.
        #expect(louvain.sorted()[5] >= 0.97 * fixture.best_louvain_modularity_over_10_seeds)
        #expect(leiden.sorted()[5] >= 0.97 * fixture.best_louvain_modularity_over_10_seeds)
    }

    @Test(arguments: Fixtures.graphNames)
    func seededRunsRepeatAndLeidenCommunitiesAreConnected(graph name: String) throws {
        let synergy = directedNetwork(name)
        #expect(Louvain.clusters(synergy, seed: 3) == Louvain.clusters(synergy, seed: 3))
        let leiden = Leiden.clusters(synergy, seed: 3)
        #expect(leiden == Leiden.clusters(synergy, seed: 3))
        #expect(LabelPropagation.clusters(synergy, seed: 3) == LabelPropagation.clusters(synergy, seed: 3))
        for members in leiden.clusters {
            #expect(isConnected(members, in: synergy), "Leiden community \(members) is not connected")
        }
    }

    func isConnected(_ members: [Int], in network: SynergyNetwork) -> Bool {
        let inside = Set(members)
        var seen: Set<Int> = [members[0]]
        var stack = [members[0]]
        while let v = stack.popLast() {
            for e in Int(network.offsets[v])..<Int(network.offsets[v + 1]) where network.positive[e] > 0 {
                let u = Int(network.neighbours[e])
                if inside.contains(u), seen.insert(u).inserted { stack.append(u) }
            }
        }
        return seen.count == members.count
    }
}

@Suite("Signed communities")
struct SignedCommunityTests {
    /// Two positive triangles {0,1,2} and {3,4,5}; between them a weak positive tie and
    /// three strong negative ones. Plain modularity ignores the negative ties; signed
    /// modularity must keep the triangles apart and score higher for it.
    let network = SynergyNetwork(
        nodeCount: 6,
        pairs: [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3), (0, 4), (1, 5), (0, 3)],
        positive: [1, 1, 1, 1, 1, 1, 0.5, 0, 0, 0],
        negative: [0, 0, 0, 0, 0, 0, 0, 2, 2, 2])

    @Test func signedLouvainAndLeidenSeparateTheFactions() {
        let expected = Partition(labels: [0, 0, 0, 1, 1, 1])
        for seed in 0..<5 {
            #expect(Louvain.clusters(network, kind: .signed, seed: UInt64(seed)) == expected)
            #expect(Leiden.clusters(network, kind: .signed, seed: UInt64(seed)) == expected)
        }
        let together = Partition(labels: [0, 0, 0, 0, 0, 0])
        #expect(Modularity.of(expected, in: network, kind: .signed) > Modularity.of(together, in: network, kind: .signed))
    }

    @Test func handComputedModularity() {
        // Positive part: 6.5 total weight (m), degrees 2,2,2.5,2.5,2,2; {0,1,2},{3,4,5}:
        // Q = 2·(3/6.5 − (6.5/13)²) = 2·(0.461538… − 0.25) = 0.423076…
        let q = Modularity.of(Partition(labels: [0, 0, 0, 1, 1, 1]), in: network)
        #expect(abs(q - 2 * (3 / 6.5 - 0.25)) < 1e-12)
    }
}

import GraphAlgorithms
import StrategyModel
import TestSupport
import Testing

/// Every centrality against NetworkX on four graphs: Zachary's karate club (weighted,
/// undirected), the Florentine families (undirected), a seeded random signed digraph and
/// the seed's circle (directed). Tolerance 1e-9, PageRank 1e-8.
@Suite("Centrality against NetworkX")
struct CentralityReferenceTests {
    func expectClose(_ actual: [Double], _ expected: [Double]?, tolerance: Double = 1e-9, _ what: String,
                     nodes: [String]) {
        guard let expected else {
            Issue.record("no reference for \(what)")
            return
        }
        #expect(actual.count == expected.count, "\(what): count")
        for (index, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance) {
            Issue.record("\(what) of \(nodes[index]): \(a) vs NetworkX \(e)")
        }
    }

    @Test(arguments: Fixtures.graphNames)
    func degreeAndStrength(graph name: String) throws {
        let fixture = try #require(Fixtures.centrality.graphs[name])
        let view = fixture.view
        expectClose(DegreeCentrality.degree(view), fixture.values("degree"), "degree", nodes: fixture.nodes)
        expectClose(DegreeCentrality.strength(view), fixture.values("strength"), "strength", nodes: fixture.nodes)
        if fixture.directed {
            expectClose(DegreeCentrality.degree(view, direction: .in), fixture.values("in_degree"), "in-degree", nodes: fixture.nodes)
            expectClose(DegreeCentrality.degree(view, direction: .out), fixture.values("out_degree"), "out-degree", nodes: fixture.nodes)
            expectClose(DegreeCentrality.strength(view, direction: .in), fixture.values("in_strength"), "in-strength", nodes: fixture.nodes)
            expectClose(DegreeCentrality.strength(view, direction: .out), fixture.values("out_strength"), "out-strength", nodes: fixture.nodes)
        }
    }

    @Test(arguments: Fixtures.graphNames)
    func betweenness(graph name: String) throws {
        let fixture = try #require(Fixtures.centrality.graphs[name])
        let view = fixture.view
        let weighted = Betweenness.compute(view)
        expectClose(weighted.nodes, fixture.values("betweenness"), "betweenness", nodes: fixture.nodes)
        expectClose(Betweenness.compute(view, weighting: .unweighted).nodes, fixture.values("betweenness_unweighted"),
                    "unweighted betweenness", nodes: fixture.nodes)
        expectClose(Betweenness.compute(view, weighting: .distance).nodes, fixture.values("betweenness_as_distance"),
                    "betweenness (weight as distance)", nodes: fixture.nodes)
        expectClose(Betweenness.compute(view, normalized: false, threads: 1).nodes, fixture.values("betweenness_raw"),
                    "raw betweenness", nodes: fixture.nodes)

        let g = view.adjacency
        let reference = try #require(fixture.measures["edge_betweenness"])
        for e in 0..<g.edgeCount {
            let key = "\(fixture.nodes[Int(g.edgeSources[e])])|\(fixture.nodes[Int(g.edgeTargets[e])])"
            let expected = try #require(reference[key], "no reference for edge \(key)")
            #expect(abs(weighted.edges[e] - expected) <= 1e-9, "edge betweenness \(key): \(weighted.edges[e]) vs \(expected)")
        }
    }

    @Test(arguments: Fixtures.graphNames)
    func closenessAndHarmonic(graph name: String) throws {
        let fixture = try #require(Fixtures.centrality.graphs[name])
        let view = fixture.view
        expectClose(Closeness.closeness(view), fixture.values("closeness"), "closeness", nodes: fixture.nodes)
        expectClose(Closeness.closeness(view, weighting: .unweighted), fixture.values("closeness_unweighted"),
                    "unweighted closeness", nodes: fixture.nodes)
        expectClose(Closeness.harmonic(view), fixture.values("harmonic"), "harmonic", nodes: fixture.nodes)
    }

    @Test(arguments: Fixtures.graphNames)
    func spectralMeasures(graph name: String) throws {
        let fixture = try #require(Fixtures.centrality.graphs[name])
        let view = fixture.view
        expectClose(try Spectral.pageRank(view), fixture.values("pagerank"), tolerance: 1e-8, "PageRank", nodes: fixture.nodes)
        let personalization = fixture.nodes.map { $0 == fixture.personalized_node ? 3.0 : 1.0 }
        expectClose(try Spectral.pageRank(view, alpha: 0.7, personalization: personalization),
                    fixture.values("pagerank_personalized"), tolerance: 1e-8, "personalised PageRank", nodes: fixture.nodes)
        expectClose(try Spectral.katz(view, alpha: fixture.katz_alpha), fixture.values("katz"), "Katz", nodes: fixture.nodes)
        #expect(abs(try Spectral.spectralRadius(view) - fixture.spectral_radius) < 1e-9)
        if fixture.measures["eigenvector"] != nil {
            expectClose(try Spectral.eigenvector(view), fixture.values("eigenvector"), "eigenvector", nodes: fixture.nodes)
        }
    }

    @Test(arguments: Fixtures.graphNames)
    func twoStepReach(graph name: String) throws {
        let fixture = try #require(Fixtures.centrality.graphs[name])
        let (reach, efficiency) = Reach.twoStep(fixture.view)
        expectClose(reach, fixture.values("reach"), "reach", nodes: fixture.nodes)
        expectClose(efficiency, fixture.values("reach_efficiency"), "reach efficiency", nodes: fixture.nodes)
    }

    @Test func katzRefusesADivergentAlpha() {
        let view = Fixtures.centrality.graphs["karate"]!.view
        #expect(throws: CentralityError.self) { try Spectral.katz(view, alpha: 0.1) }
    }
}

import Foundation
import GraphAlgorithms
import StrategyModel
import TestSupport
import Testing

@Suite("Strongly connected components")
struct StronglyConnectedComponentTests {
    @Test func componentsInReverseTopologicalOrder() {
        // 0 ⇄ 1 → 2 ⇄ 3 → 4, and 5 alone.
        let g = Adjacency(nodeCount: 6, sources: [0, 1, 1, 2, 3, 3], targets: [1, 0, 2, 3, 2, 4],
                          weights: [Double](repeating: 1, count: 6), signs: [Int8](repeating: 1, count: 6))
        let scc = StronglyConnectedComponents(g)
        #expect(scc.count == 4)
        #expect(scc.component[0] == scc.component[1])
        #expect(scc.component[2] == scc.component[3])
        // A component is numbered before every component that reaches it.
        #expect(scc.component[4] < scc.component[2])
        #expect(scc.component[2] < scc.component[0])
        let dag = scc.condensation(of: g)
        #expect(dag.edgeCount == 2)
    }

    @Test func aLongChainDoesNotOverflowTheStack() {
        let n = 200_000
        let g = Adjacency(nodeCount: n, sources: (0..<Int32(n)).map { $0 }, targets: (0..<Int32(n)).map { ($0 + 1) % Int32(n) },
                          weights: [Double](repeating: 1, count: n), signs: [Int8](repeating: 1, count: n))
        #expect(StronglyConnectedComponents(g).count == 1)
    }
}

@Suite("Elementary circuits against NetworkX")
struct ElementaryCircuitTests {
    @Test(arguments: ["seed", "small_random", "random_signed", "karate_both_directions"])
    func countsForLengthBounds(graph name: String) throws {
        let fixture = try #require(Fixtures.cycles.graphs[name])
        let g = fixture.adjacency
        for (bound, expected) in fixture.counts_by_length_bound {
            let (completion, count) = LoopSearch.count(g, limits: .init(maxLength: Int(bound)))
            #expect(completion == .complete)
            #expect(count == expected, "\(name), length ≤ \(bound): \(count) vs NetworkX \(expected)")
        }
    }

    @Test(arguments: ["seed", "small_random"])
    func fullListsMatch(graph name: String) throws {
        let fixture = try #require(Fixtures.cycles.graphs[name])
        let g = fixture.adjacency
        var found: [[String]] = []
        let (completion, count) = LoopSearch.enumerate(g) { nodes, edges in
            #expect(edges.count == nodes.count)
            for (i, e) in edges.enumerated() {
                #expect(g.edgeSources[Int(e)] == nodes[i] && g.edgeTargets[Int(e)] == nodes[(i + 1) % nodes.count])
            }
            #expect(nodes.first == nodes.min(), "not in canonical rotation")
            found.append(nodes.map { fixture.nodes[Int($0)] })
            return true
        }
        #expect(completion == .complete)
        #expect(count == fixture.total)
        #expect(found.sorted { $0.lexicographicallyPrecedes($1) } == fixture.cycles)
        // The bounded search lists the same loops when the bound is no bound.
        var bounded: [[String]] = []
        LoopSearch.enumerate(g, limits: .init(maxLength: g.nodeCount)) { nodes, _ in
            bounded.append(nodes.map { fixture.nodes[Int($0)] })
            return true
        }
        #expect(bounded.sorted { $0.lexicographicallyPrecedes($1) } == fixture.cycles)
    }

    @Test func boundsStopTheEnumerationAndSaySo() throws {
        let g = try #require(Fixtures.cycles.graphs["random_signed"]).adjacency
        let (byCount, countSeen) = LoopSearch.count(g, limits: .init(maxCount: 100))
        #expect(byCount == .countLimit && countSeen == 100)
        let (byTime, _) = LoopSearch.count(g, limits: .init(timeBudget: .milliseconds(50)))
        #expect(byTime == .timeLimit)
        var calls = 0
        let (byCaller, _) = LoopSearch.enumerate(g) { _, _ in calls += 1; return calls < 7 }
        #expect(byCaller == .stoppedByCaller && calls == 7)
    }
}

import StrategyAnalysis
import StrategyModel
import Testing

@Suite("What-if scenarios")
struct WhatIfTests {
    /// core ← a ⇄ b (a → core), b → c (sector s2), c → a; x excluded, x → a.
    let circle = try! StrategyCircle(
        rings: [Ring(id: "core"), Ring(id: "outer")],
        sectors: [Sector(id: "s1"), Sector(id: "s2")],
        nodes: [Node(id: "k", ring: "core"), Node(id: "a", ring: "outer", sector: "s1"),
                Node(id: "b", ring: "outer", sector: "s1"), Node(id: "c", ring: "outer", sector: "s2"),
                Node(id: "x", ring: "outer", sector: "s2", status: .excluded)],
        edges: [Edge(from: "a", to: "k", weight: 2), Edge(from: "a", to: "b"), Edge(from: "b", to: "a"),
                Edge(from: "b", to: "c"), Edge(from: "c", to: "a", weight: 3), Edge(from: "x", to: "a")])

    @Test func theBaselineIsNeverChanged() throws {
        let before = circle
        _ = try Scenario(name: "t", operations: [.removeNodes(["a"])]).apply(to: circle)
        #expect(circle == before)
    }

    @Test func operations() throws {
        let removed = try Scenario(name: "t", operations: [.removeNodes(["a"])]).apply(to: circle)
        #expect(removed.nodes.map(\.id) == ["k", "b", "c", "x"])
        #expect(removed.edges.map { "\($0.from)>\($0.to)" } == ["b>c"])
        let sector = try Scenario(name: "t", operations: [.removeSector("s2")]).apply(to: circle)
        #expect(sector.nodes.map(\.id) == ["k", "a", "b"])
        let included = try Scenario(name: "t", operations: [.include(["x"])]).apply(to: circle)
        #expect(included.activePart.nodes.count == 5)
        let reweighted = try Scenario(name: "t", operations: [
            .setWeight(.init(from: "c", to: "a"), 0.5), .setSign(.init(from: "c", to: "a"), .negative),
        ]).apply(to: circle)
        #expect(reweighted.edges[4] == Edge(from: "c", to: "a", weight: 0.5, sign: .negative))
    }

    @Test func badScenariosSayWhy() {
        do {
            _ = try Scenario(name: "bad", operations: [.removeNodes(["aa"]), .removeEdges([.init(from: "k", to: "a")]),
                                                       .addEdge(Edge(from: "a", to: "zzz"))]).apply(to: circle)
            Issue.record("bad scenario applied")
        } catch {
            #expect(error.problems == ["no node 'aa'", "no edge k>a"])
        }
        #expect(throws: Scenario.Failure.self) {
            try Scenario(name: "bad", operations: [.addEdge(Edge(from: "a", to: "zzz"))]).apply(to: circle)
        }
    }

    @Test func theDiffCountsBrokenLoopsAndLostReach() throws {
        // Loops: a ⇄ b (gain 1/3·1/3) and a → b → c → a (1/3·1/3·1). Removing b breaks both,
        // but c still reaches the core through a.
        let withoutB = Scenario(name: "without b", operations: [.removeNodes(["b"])])
        let diff = ScenarioDiff(baseline: circle, scenario: try withoutB.apply(to: circle), name: withoutB.name)
        let loops = try #require(diff.loops)
        #expect(loops.reinforcingBefore == 2 && loops.reinforcingAfter == 0 && loops.reinforcingBroken == 2)
        #expect(abs(loops.reinforcingGainLostShare - 1) < 1e-12)
        #expect(diff.reachability?.lostCore == [] && diff.reachability?.coreReachAfter == 1)
        #expect(abs(diff.impact - 0.5) < 1e-12)
        #expect(diff.removedNodes == ["b"] && diff.removedEdges.count == 3)
        #expect(diff.centrality?.isEmpty == false && diff.clusters != nil && diff.dynamics != nil)

        // Removing a also cuts b and c off the core, and splits the circle.
        let withoutA = Scenario(name: "without a", operations: [.removeNodes(["a"])])
        let cut = ScenarioDiff(baseline: circle, scenario: try withoutA.apply(to: circle), name: withoutA.name)
        let reach = try #require(cut.reachability)
        #expect(reach.coreReachBefore == 1 && reach.coreReachAfter == 0)
        #expect(reach.lostCore == ["b", "c"])
        #expect(reach.splitOff == [["k"]])
        #expect(abs(cut.impact - 1) < 1e-12)
    }

    @Test func sweepsRankEveryRemoval() throws {
        let singles = try Sweep.run(Sweep.scenarios(.single, circle: circle), on: circle).entries
        #expect(singles.count == 4)
        // Removing a or b breaks every loop; a also holds the only way to the core.
        #expect(singles.first?.removed == ["a"])
        #expect(Sweep.scenarios(.pairs, circle: circle).count == 6)
        #expect(Sweep.scenarios(.sectors, circle: circle).map(\.name) == ["without sector s1", "without sector s2"])
        let curve = try Sweep.attack(circle)
        #expect(curve.first?.reinforcingLoops == 2)
        #expect(curve.last?.reinforcingLoops == 0)
        #expect(curve.count == 2)
    }
}

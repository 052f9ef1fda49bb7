import Foundation
import GraphAlgorithms
import StrategyModel
import TestSupport
import Testing

/// A graph from a dense matrix: an edge i → j for every non-zero entry.
func graph(_ matrix: [[Double]], signs: [[Int8]]? = nil) -> Adjacency {
    var sources: [Int32] = [], targets: [Int32] = [], weights: [Double] = [], edgeSigns: [Int8] = []
    for (i, row) in matrix.enumerated() {
        for (j, value) in row.enumerated() where value != 0 {
            sources.append(Int32(i)); targets.append(Int32(j)); weights.append(abs(value))
            edgeSigns.append(signs?[i][j] ?? (value < 0 ? -1 : 1))
        }
    }
    return Adjacency(nodeCount: matrix.count, sources: sources, targets: targets, weights: weights, signs: edgeSigns)
}


@Suite("DEMATEL")
struct DematelTests {
    /// The five-factor worked example of onlineoutput.com's DEMATEL page (factors LDRS,
    /// STFLX, COLLB, TECHL, ABSCAP): its normalised matrix is published to three decimals;
    /// the total relation matrix is checked against numpy (Scripts/reference/make_fixtures.py).
    @Test func reproducesTheWorkedExample() throws {
        let example = Fixtures.structure.dematel_example
        let result = try Dematel(graph(example.direct))
        #expect(result.scale == 12 && example.k == 12)
        for i in 0..<5 {
            for j in 0..<5 {
                #expect(abs(result.normalized[i, j] - example.published_normalized[i][j]) < 0.0005,
                        "N[\(example.factors[i])][\(example.factors[j])]")
                #expect(abs(result.total[i, j] - example.total[i][j]) < 1e-12)
            }
        }
        expectClose(result.given, example.given, 1e-12, "D")
        expectClose(result.received, example.received, 1e-12, "R")
        // Causes give more than they receive: leadership (LDRS) is the strongest cause,
        // technology (TECHL) the strongest effect.
        let relation = result.relation
        #expect(relation.indices.max { relation[$0] < relation[$1] } == 0)
        #expect(relation.indices.min { relation[$0] < relation[$1] } == 3)
    }

    @Test func theSeedCircleAgainstNumpy() throws {
        let fixture = Fixtures.structure.seed
        let seed = try #require(Fixtures.centrality.graphs["seed"])
        #expect(seed.nodes == fixture.nodes)
        let result = try Dematel(seed.view.adjacency)
        #expect(result.scale == fixture.dematel.k)
        expectClose(result.given, fixture.dematel.given, 1e-10, "D")
        expectClose(result.received, fixture.dematel.received, 1e-10, "R")
    }

    @Test func refusesADivergentSeries() {
        // A directed 3-cycle: every row and column sum is 1, so N has spectral radius 1.
        let cycle = graph([[0, 1, 0], [0, 0, 1], [1, 0, 0]])
        #expect(throws: Dematel.Failure.self) { try Dematel(cycle) }
        #expect(throws: Dematel.Failure.noInfluence) { try Dematel(graph([[0, 0], [0, 0]])) }
    }
}

@Suite("MICMAC")
struct MicmacTests {
    @Test func directAndIndirectAgainstMatrixPowers() {
        let example = Fixtures.structure.dematel_example
        let micmac = Micmac(graph(example.direct))
        expectClose(micmac.directInfluence, [8, 6, 9, 1, 9], 0, "direct influence")
        expectClose(micmac.directDependence, [1, 5, 12, 10, 5], 0, "direct dependence")
        // Indirect values are shares of the total of the stable power's sums.
        let sums = micmac.power == 5 ? example.micmac_power_5 : example.micmac_power_2
        if micmac.power == 2 || micmac.power == 5 {
            let total = sums.influence.reduce(0, +)
            expectClose(micmac.indirectInfluence, sums.influence.map { $0 / total }, 1e-12, "indirect influence")
        }
        #expect(micmac.stable)
        // Ranks from numpy's M⁵ agree with ours.
        let reference = example.micmac_power_5.influence
        let order = reference.indices.sorted { reference[$0] > reference[$1] }
        let ours = micmac.indirectInfluence.indices.sorted { micmac.indirectInfluence[$0] > micmac.indirectInfluence[$1] }
        #expect(order == ours)
    }

    @Test func quadrantsSplitAtTheMeanOrMedian() {
        // Influence 8,6,9,1,9 (mean 6.6, median 8); dependence 1,5,12,10,5 (mean 6.6, median 5).
        let example = Fixtures.structure.dematel_example
        let mean = Micmac(graph(example.direct), split: .mean)
        #expect(mean.directQuadrant == [.influential, .autonomous, .relay, .dependent, .influential])
        let median = Micmac(graph(example.direct), split: .median)
        #expect(median.directQuadrant == [.autonomous, .autonomous, .relay, .dependent, .influential])
    }

    @Test func seedIndirectValuesAgainstNumpy() throws {
        let seed = try #require(Fixtures.centrality.graphs["seed"])
        let micmac = Micmac(seed.view.adjacency)
        let reference = try #require(Fixtures.structure.seed.micmac_powers["\(micmac.power)"])
        let influence = reference.influence.reduce(0, +)
        let dependence = reference.dependence.reduce(0, +)
        expectClose(micmac.indirectInfluence, reference.influence.map { $0 / influence }, 1e-12, "indirect influence")
        expectClose(micmac.indirectDependence, reference.dependence.map { $0 / dependence }, 1e-12, "indirect dependence")
    }
}

@Suite("Cognitive-map indices")
struct CognitiveMapIndexTests {
    @Test func byHand() {
        // t1 → o, t2 → o (weight 2), o → r, o ⇄ q; isolated z.
        let g = graph([
            [0, 0, 1, 0, 0, 0], [0, 0, 2, 0, 0, 0], [0, 0, 0, 1, 1, 0],
            [0, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0], [0, 0, 0, 0, 0, 0],
        ])
        let indices = CognitiveMapIndices(g)
        #expect(indices.roles == [.transmitter, .transmitter, .ordinary, .receiver, .ordinary, .isolated])
        #expect(indices.transmitters == 2 && indices.receivers == 1 && indices.ordinary == 2)
        #expect(indices.complexity == 0.5)
        #expect(indices.density == 5.0 / 36.0)
        // Outdegrees 1, 2, 2, 0, 1, 0: mean 1, Σ(od − mean)² = 0+1+1+1+0+1 = 4; h = 12/(5·6·7)·4.
        #expect(abs(indices.hierarchyIndex - 48.0 / 210.0) < 1e-15)
        #expect(indices.centrality == [1, 2, 6, 1, 2, 0])
    }
}

@Suite("Fuzzy cognitive map")
struct FuzzyCognitiveMapTests {
    @Test func knownFixedPoint() {
        // a → b (weight 1), Kosko rule, sigmoid λ = 1, start at 1: a has no input, so
        // a* = σ(0) = 0.5 and b* = σ(0.5) = 1/(1 + e^−0.5).
        let run = FuzzyCognitiveMap.simulate(graph([[0, 1], [0, 0]]))
        guard case .fixedPoint = run.outcome else {
            Issue.record("expected a fixed point, got \(run.outcome)")
            return
        }
        expectClose(run.steadyState, [0.5, 1 / (1 + exp(-0.5))], 1e-6, "fixed point")
    }

    @Test func clampingAndTheScenarioDifference() {
        // Clamp a at 1: b* = σ(1).
        let run = FuzzyCognitiveMap.simulate(graph([[0, 1], [0, 0]]), clamps: [0: 1])
        expectClose(run.steadyState, [1, 1 / (1 + exp(-1.0))], 1e-6, "clamped")
    }

    @Test func aBalancingLoopOscillates() {
        // a → b (+), b → a (−), trivalent, from (1, 1): (1,1) → (−1,1) → (−1,−1) → (1,−1) → (1,1).
        var options = FuzzyCognitiveMap.Options()
        options.squashing = .trivalent
        let run = FuzzyCognitiveMap.simulate(graph([[0, 1], [-1, 0]]), options: options)
        // Confirmed after three more periods (steps 5 to 16 repeat steps 1 to 12).
        #expect(run.outcome == .limitCycle(period: 4, steps: 16))
        expectClose(run.steadyState, [0, 0], 1e-12, "cycle mean")
    }

    @Test(arguments: [0.5, 0.9, 0.99])
    func aDampedOscillationIsAFixedPoint(lambda: Double) {
        // a ← tanh(−λ a) with λ < 1 alternates in sign and shrinks to 0: a fixed point, never
        // a limit cycle of period 2, however close a and the state two steps back come.
        var options = FuzzyCognitiveMap.Options()
        options.squashing = .tanh(lambda: lambda)
        options.maxSteps = 100_000
        let run = FuzzyCognitiveMap.simulate(graph([[-1]]), options: options)
        guard case .fixedPoint = run.outcome else {
            Issue.record("λ = \(lambda): expected a fixed point, got \(run.outcome)")
            return
        }
        #expect(abs(run.steadyState[0]) < 1e-5)
    }

    @Test func clampsMustLieInTheFunctionsRange() {
        #expect(FuzzyCognitiveMap.Squashing.sigmoid(lambda: 1).admits(0.5))
        #expect(!FuzzyCognitiveMap.Squashing.sigmoid(lambda: 1).admits(-0.1))
        #expect(!FuzzyCognitiveMap.Squashing.tanh(lambda: 1).admits(.nan))
        #expect(FuzzyCognitiveMap.Squashing.tanh(lambda: 1).admits(-1))
        #expect(!FuzzyCognitiveMap.Squashing.bivalent.admits(0.5))
        #expect(FuzzyCognitiveMap.Squashing.trivalent.admits(-1))
    }

    @Test func modifiedKoskoKeepsMemory() {
        // Lone node, no edges: Kosko gives σ(0) = 0.5; modified Kosko iterates x ← σ(x) to
        // its fixed point x = σ(x) ≈ 0.6590460684.
        var options = FuzzyCognitiveMap.Options()
        options.rule = .modifiedKosko
        options.threshold = 1e-12
        let run = FuzzyCognitiveMap.simulate(graph([[0]]), options: options)
        expectClose(run.steadyState, [0.6590460683871575], 1e-9, "x = σ(x)")
    }

    @Test func noConvergenceIsReported() {
        var options = FuzzyCognitiveMap.Options()
        options.maxSteps = 3
        options.squashing = .tanh(lambda: 1)
        let run = FuzzyCognitiveMap.simulate(graph([[0, 1], [-1, 0]]), options: options)
        #expect(run.outcome == .noConvergence(steps: 3))
    }
}

@Suite("Minimum hitting set")
struct HittingSetTests {
    @Test func exactBeatsGreedy() {
        // Greedy takes 0 (in three sets) and then needs two more; the optimum is {1, 2}.
        let sets = [[0, 1], [0, 2], [0, 3, 1], [1, 4], [2, 5]]
        let result = HittingSet.minimum(sets, universe: 6)
        #expect(result.provenMinimal)
        #expect(result.members.count == 2)
        for set in sets { #expect(set.contains { result.members.contains($0) }) }
    }

    @Test func timeOutStillHitsEverySet() {
        var rng = SplitMix64(seed: 9)
        let sets = (0..<400).map { _ in (0..<4).map { _ in Int.random(in: 0..<120, using: &rng) } }
        let result = HittingSet.minimum(sets, universe: 120, timeBudget: .milliseconds(1))
        for set in sets { #expect(set.contains { result.members.contains($0) }) }
    }
}

import GraphAlgorithms
import GraphFormats
import StrategyAnalysis
import StrategyDatasets
import StrategyModel
import TestSupport
import Testing

/// The DocC article's code (Sources/StrategyAnalysis/StrategyAnalysis.docc/GettingStarted.md),
/// step by step, so the article stays true.
@Suite("The getting-started article")
struct GettingStartedTests {
    @Test func fromLoadingToAWhatIf() throws {
        let circle = try CircleLoader.load(text: Datasets.socialCentricStrategy.text, name: "seed", format: .yaml)
        #expect(circle.nodes.count == reference.nodes && circle.edges.count == reference.edges)
        let active = circle.activePart

        let report = AnalysisReport(circle)
        #expect(!report.keyNodes.isEmpty)
        #expect(report.loops.reinforcing == reference.loops.reinforcing)

        var query = LoopQuery()
        query.polarity = .reinforcing
        query.limit = 3
        #expect(LoopReport(active, query: query).loops.count == 3)

        var options = FuzzyCognitiveMap.Options()
        options.holdSources = true
        let dynamics = try InterventionAnalysis(active, scenarios: [
            InterventionScenario(name: "culture first", clamps: ["unternehmenskultur": 1]),
        ], options: options)
        #expect(dynamics.scenarios.count == 1)

        let neglect = Scenario(name: "neglect the culture", operations: [.removeNodes(["unternehmenskultur"])])
        let diff = ScenarioDiff(baseline: circle, scenario: try neglect.apply(to: circle), name: neglect.name)
        #expect((diff.loops?.reinforcingBroken ?? 0) > 0)
        #expect(diff.reachability != nil && diff.impact > 0)
    }
}

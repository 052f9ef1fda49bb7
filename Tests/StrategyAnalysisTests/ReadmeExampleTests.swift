import GraphFormats
import StrategyAnalysis
import StrategyModel
import TestSupport
import Testing

/// The README's Swift example, as written there, compiles and runs on the shipped circle.
@Suite("README example")
struct ReadmeExampleTests {
    @Test func theLibraryExampleRuns() throws {
        let circle = SeedCircle.circle
        let neglect = Scenario(name: "neglect the culture", operations: [.removeNodes(["unternehmenskultur"])])
        let diff = ScenarioDiff(baseline: circle, scenario: try neglect.apply(to: circle), name: neglect.name)
        #expect(diff.loops!.reinforcingBroken > 0 && diff.impact > 0)
        let keystones = try Sweep.run(Sweep.scenarios(.single, circle: circle), on: circle).entries
        #expect(keystones.count == circle.activePart.nodes.count)
        let stated = circle.restricted(to: .stated)
        #expect(stated.edges.allSatisfy { $0.provenance.evidence == .stated })
        let why = try #require(Explanation(node: "unternehmenskultur", in: circle))
        #expect(why.evidence == .stated && !why.strongestLoops.isEmpty)
    }
}

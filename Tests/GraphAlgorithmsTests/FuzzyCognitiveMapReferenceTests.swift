import Foundation
import GraphAlgorithms
import StrategyModel
import TestSupport
import Testing

/// Trajectories against FCMpy's simulator: two concepts started at 1, the rest at 0, every
/// inference rule, sigmoid and tanh, with and without holding concepts without causes.
@Suite("FCM against FCMpy")
struct FuzzyCognitiveMapReferenceTests {
    static let cases: [(map: Int, run: Int)] = Fixtures.fcm.maps.indices.flatMap { m in
        Fixtures.fcm.maps[m].runs.indices.map { (m, $0) }
    }

    @Test(arguments: cases.indices)
    func trajectoryMatchesFCMpy(index: Int) throws {
        let (m, r) = Self.cases[index]
        let map = Fixtures.fcm.maps[m]
        let reference = map.runs[r]
        let weights: FuzzyCognitiveMap.Weights
        if map.name == "seed" {
            // The shipped circle itself, scaled by the toolkit.
            let circle = SeedCircle.circle.activePart
            try #require(circle.nodes.map(\.id) == map.nodes, "the seed's active nodes are the fixture's, in order")
            weights = try FuzzyCognitiveMap.Weights(circle.adjacency, scaling: .maxAbs)
        } else {
            weights = try FuzzyCognitiveMap.Weights(map.adjacency, scaling: .none)
        }
        var options = FuzzyCognitiveMap.Options()
        options.initial = 0
        options.threshold = map.threshold
        options.maxSteps = map.max_steps
        options.holdSources = reference.hold_sources
        options.rule = try #require(FuzzyCognitiveMap.Rule(rawValue: reference.rule))
        options.squashing = reference.transfer == "tanh" ? .tanh(lambda: 1) : .sigmoid(lambda: 1)
        let start = Dictionary(uniqueKeysWithValues: map.start.map { (map.nodes.firstIndex(of: $0)!, 1.0) })
        let run = FuzzyCognitiveMap.simulate(weights, start: start, options: options)
        let label = "\(map.name) \(reference.transfer) \(reference.rule) hold=\(reference.hold_sources)"
        let converged = reference.trajectory.count <= map.max_steps
        if converged {
            // FCMpy stopped at a fixed point: the same step, the same states.
            #expect(run.outcome == .fixedPoint(steps: reference.trajectory.count - 1), "\(label)")
            #expect(run.trajectory.count == reference.trajectory.count, "\(label)")
        } else if case .fixedPoint = run.outcome {
            Issue.record("\(label): FCMpy did not converge in \(map.max_steps) steps, the toolkit says fixed point")
        }
        for (step, (state, expected)) in zip(run.trajectory, reference.trajectory).enumerated() {
            expectClose(state, expected, 1e-12, "\(label) step \(step)")
        }
    }
}

import Foundation
import GraphFormats
import StrategyAnalysis
import StrategyModel
import TestSupport
import Testing

/// NetworkX's and SciPy's figures for every pair of workshop participants
/// (Scripts/reference/workshop_reference.py).
private struct WorkshopFixture: Decodable {
    struct Pair: Decodable {
        var jaccard: Double
        var distance: Double
        var spearman_pagerank: Double
        var sign_disagreements: [String]
        var loop_differences: [[LoopSide]]
    }

    enum LoopSide: Decodable, Equatable {
        case nodes([String]), polarity(String?)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let nodes = try? container.decode([String].self) { self = .nodes(nodes) } else {
                self = .polarity(try? container.decode(String.self))
            }
        }
    }

    var pairs: [String: Pair]

    static let shared = TestPaths.fixture(WorkshopFixture.self, "Tests/StrategyAnalysisTests/Fixtures/workshop.json")
}

@Suite("Comparing participants' circles")
struct CircleComparisonTests {
    @Test(arguments: ["anna-ben", "anna-carla", "ben-carla"])
    func pairMatchesNetworkX(pair: String) throws {
        let names = pair.split(separator: "-").map(String.init)
        let circles = try names.map { try CircleLoader.load(path: TestPaths.file("Datasets/workshop/\($0).yaml").path) }
        let reference = try #require(WorkshopFixture.shared.pairs[pair])
        let comparison = CircleComparison(circles[0], circles[1])
        #expect(abs(comparison.jaccard - reference.jaccard) < 1e-12)
        #expect(abs(comparison.weightedDistance - reference.distance) < 1e-12)
        #expect(abs((comparison.pageRankCorrelation ?? .nan) - reference.spearman_pagerank) < 1e-9)
        #expect(comparison.signDisagreements.map { "\($0.from)>\($0.to)" }.sorted() == reference.sign_disagreements)
        let differences = try #require(comparison.loopDifferences)
        let expected = reference.loop_differences.map { sides -> CircleComparison.LoopDifference in
            guard case let .nodes(nodes) = sides[0], case let .polarity(first) = sides[1], case let .polarity(second) = sides[2]
            else { return CircleComparison.LoopDifference(nodes: [], first: nil, second: nil) }
            return CircleComparison.LoopDifference(nodes: nodes, first: first, second: second)
        }
        #expect(differences == expected)
    }

    @Test func spearmanHandlesTies() {
        // x ranks 1, 2.5, 2.5, 4; y ranks 1, 2, 3, 4: ρ = 4.5 / √(4.5 · 5) = √(9/10).
        #expect(abs((CircleComparison.spearman([1, 2, 2, 3], [1, 2, 3, 4]) ?? 0) - (0.9).squareRoot()) < 1e-12)
    }
}

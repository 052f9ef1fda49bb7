import Foundation
import GraphAlgorithms
import StrategyAnalysis
import TestSupport
import Testing

/// FCMpy's ExpertFcm on seeded random ratings (Scripts/reference/fcm_dematel_reference.py).
private struct ExpertFixture: Decodable {
    var terms: [String: [Double]]
    var ratings: [[String]]
    var weights: [String: Double]

    static let shared = TestPaths.fixture(ExpertFixture.self, "Tests/GraphAlgorithmsTests/Fixtures/expert_fcm.json")
}

@Suite("FCM weights from experts' linguistic ratings")
struct ExpertMapTests {
    @Test func weightsMatchFCMpy() throws {
        let fixture = ExpertFixture.shared
        let scale = ExpertWeights.signedScale
        for term in scale { #expect(fixture.terms[term.name] == [term.a, term.b, term.c], "\(term.name)") }
        let ratings = try fixture.ratings.map { row in
            let term = try #require(scale.first { $0.name == row[3] })
            return EdgeRating(expert: row[0], from: row[1], to: row[2], lower: term.a, middle: term.b, upper: term.c)
        }
        let map = ExpertMap(ratings: ratings)
        #expect(map.experts.count == 5)
        let weights = Dictionary(uniqueKeysWithValues: map.edges.filter { $0.weight != 0 }.map { ("\($0.from)>\($0.to)", $0.weight) })
        #expect(Set(weights.keys) == Set(fixture.weights.keys))
        for (edge, expected) in fixture.weights { #expect(abs((weights[edge] ?? .nan) - expected) < 1e-12, "\(edge)") }
    }

    @Test func spreadAndCircle() throws {
        // Two experts: +H alone has centroid 0.75 (its triangle is symmetric), +VH alone
        // (0.75, 1, 1) has centroid (0.75 + 1 + 1) / 3 = 0.91666…, by the triangle's centroid.
        let high = ExpertWeights.signedScale.first { $0.name == "+H" }!
        let veryHigh = ExpertWeights.signedScale.first { $0.name == "+VH" }!
        let ratings = [
            EdgeRating(expert: "a", from: "x", to: "y", lower: high.a, middle: high.b, upper: high.c),
            EdgeRating(expert: "b", from: "x", to: "y", lower: veryHigh.a, middle: veryHigh.b, upper: veryHigh.c),
        ]
        let map = ExpertMap(ratings: ratings)
        let row = try #require(map.edges.first)
        #expect(abs(row.lowest - 0.75) < 1e-12)
        #expect(abs(row.highest - 11.0 / 12) < 1e-12)
        #expect(row.weight > row.lowest && row.weight < row.highest)
        #expect(row.terms.map(\.term) == ["+H", "+VH"])
        let circle = try map.circle()
        #expect(circle.edges.count == 1 && circle.edges[0].provenance.evidence == .inferred)
        #expect(circle.edges[0].provenance.reason?.contains("+H ×1, +VH ×1") == true)
    }
}

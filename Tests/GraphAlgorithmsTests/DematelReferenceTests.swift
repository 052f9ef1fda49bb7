import Foundation
import GraphAlgorithms
import TestSupport
import Testing

/// DEMATEL against pyDEMATEL (Scripts/reference/fcm_dematel_reference.py): its documented
/// example, random rating matrices, and its fuzzy solver on its own fuzzy example.
@Suite("DEMATEL against pyDEMATEL")
struct DematelReferenceTests {
    static func check(_ reference: DematelFixture.Crisp, _ label: String) throws {
        let n = reference.direct.count
        let result = try Dematel(direct: DenseMatrix(size: n, values: reference.direct.flatMap { $0 }))
        expectClose(result.normalized.values, reference.normalized.flatMap { $0 }, 1e-12, "\(label) N")
        expectClose(result.total.values, reference.total.flatMap { $0 }, 1e-12, "\(label) T")
        expectClose(result.given, reference.given, 1e-12, "\(label) D")
        expectClose(result.received, reference.received, 1e-12, "\(label) R")
    }

    @Test func documentedExample() throws {
        try Self.check(Fixtures.dematel.documented, "pyDEMATEL's example")
    }

    @Test func randomMatrices() throws {
        for (index, reference) in Fixtures.dematel.random.enumerated() {
            try Self.check(reference, "random \(index)")
        }
    }

    @Test func averagingExperts() throws {
        // Two experts whose mean is the documented matrix give the documented result.
        let reference = Fixtures.dematel.documented
        let n = reference.direct.count
        let flat = reference.direct.flatMap { $0 }
        let low = DenseMatrix(size: n, values: flat.map { $0 * 0.5 })
        let high = DenseMatrix(size: n, values: flat.map { $0 * 1.5 })
        let result = try Dematel(experts: [low, high])
        expectClose(result.total.values, reference.total.flatMap { $0 }, 1e-12, "T of the mean")
    }

    @Test func fuzzyComponentwiseMatchesPyDEMATEL() throws {
        let reference = Fixtures.dematel.fuzzy
        let ratings = reference.ratings.map { row in row.map { TriangularFuzzyNumber($0[0], $0[1], $0[2]) } }
        let result = try FuzzyDematel(ratings: [ratings], method: .componentwise)
        expectClose(result.given, reference.given, 1e-12, "D")
        expectClose(result.received, reference.received, 1e-12, "R")
        expectClose(result.prominence, reference.prominence, 1e-12, "D+R")
        expectClose(result.relation, reference.relation, 1e-12, "D−R")
    }

    @Test func aMatrixWithoutLoopsHasRadiusZero() throws {
        // a → b → c: nilpotent, radius exactly 0 (power iteration alone would only near it);
        // with c → a added, the 3-loop of weights 1 has radius 1.
        var chain = DenseMatrix(size: 3)
        chain[0, 1] = 1
        chain[1, 2] = 2
        #expect(chain.spectralRadius() == 0)
        chain[1, 2] = 1
        chain[2, 0] = 1
        #expect(abs(chain.spectralRadius() - 1) < 1e-9)
    }

    @Test func thresholdAndInfluentialRelations() throws {
        let reference = Fixtures.dematel.documented
        let n = reference.direct.count
        let result = try Dematel(direct: DenseMatrix(size: n, values: reference.direct.flatMap { $0 }))
        let total = reference.total.flatMap { $0 }
        let alpha = total.reduce(0, +) / Double(total.count)
        #expect(abs(result.alpha(.mean) - alpha) < 1e-12)
        let above = result.relations(above: alpha)
        let expected = (0..<n).flatMap { i in (0..<n).compactMap { j in i != j && reference.total[i][j] > alpha ? [i, j] : nil } }
        #expect(Set(above.map { [$0.from, $0.to] }) == Set(expected))
        #expect(zip(above, above.dropFirst()).allSatisfy { $0.total >= $1.total })
    }
}

@Suite("CFCS defuzzification")
struct CFCSTests {
    /// By hand from Opricovic & Tzeng's formulas, one expert: (0, 0, 0.25) has Δ = 0.25,
    /// xl = xm = 0, xu = 1, xls = 0, xrs = 1/2, x = (1/4) / (3/2) = 1/6, z = 0.25 / 6 = 1/24;
    /// (0.75, 1, 1) has xl = 0, xm = xu = 1, xls = 1/2, xrs = 1, x = (5/4) / (3/2) = 5/6,
    /// z = 0.75 + 0.25 · 5/6 = 23/24.
    @Test func singleRatings() {
        let none = TriangularFuzzyNumber(0, 0, 0.25)
        let veryHigh = TriangularFuzzyNumber(0.75, 1, 1)
        #expect(abs(FuzzyDematel.cfcs(none, among: [none]) - 1.0 / 24) < 1e-15)
        #expect(abs(FuzzyDematel.cfcs(veryHigh, among: [veryHigh]) - 23.0 / 24) < 1e-15)
        #expect(FuzzyDematel.cfcs(.init(2, 2, 2), among: [.init(2, 2, 2)]) == 2)
    }

    @Test(arguments: [FuzzyDematel.Method.cfcs, .componentwise])
    func crispRatingsGiveCrispDEMATEL(method: FuzzyDematel.Method) throws {
        let reference = Fixtures.dematel.documented
        let ratings = reference.direct.map { row in row.map { TriangularFuzzyNumber($0, $0, $0) } }
        let result = try FuzzyDematel(ratings: [ratings], method: method)
        expectClose(result.given, reference.given, 1e-12, "D")
        expectClose(result.received, reference.received, 1e-12, "R")
    }
}

/// A triangular fuzzy number (l, m, u) with l ≤ m ≤ u: the membership rises from l to 1 at
/// m and falls to u.
public struct TriangularFuzzyNumber: Sendable, Hashable, Codable {
    public var lower: Double
    public var middle: Double
    public var upper: Double

    public init(_ lower: Double, _ middle: Double, _ upper: Double) {
        self.lower = lower
        self.middle = middle
        self.upper = upper
    }

    /// The centroid (l + m + u) / 3 (pyDEMATEL's defuzzification of D and R).
    public var centroid: Double { (lower + middle + upper) / 3 }

    public static func + (a: Self, b: Self) -> Self { Self(a.lower + b.lower, a.middle + b.middle, a.upper + b.upper) }
    public func scaled(by f: Double) -> Self { Self(lower * f, middle * f, upper * f) }
}

/// Fuzzy DEMATEL: DEMATEL on experts' linguistic ratings, each a triangular fuzzy number.
///
/// Two procedures, both in the literature and both offered:
/// - `.cfcs` (Wu & Lee 2007): every pair's ratings by the K experts are defuzzified by CFCS
///   (Opricovic & Tzeng 2003) and averaged, and crisp DEMATEL runs on the result. CFCS, per
///   pair: Δ = maxₖ uₖ − minₖ lₖ; xl, xm, xu = (l, m, u − min l) / Δ; xls = xm / (1 + xm − xl),
///   xrs = xu / (1 + xu − xm); x = (xls (1 − xls) + xrs²) / (1 − xls + xrs); z = min l + x Δ.
///   (Δ = 0, a crisp rating, gives z = l.)
/// - `.componentwise` (Lin & Wu 2008; pyDEMATEL's FuzzyDEMATELSolver): the ratings are
///   averaged per component, every component divided by the largest row or column sum of
///   the upper values, T computed per component, and D and R defuzzified by the centroid.
///
/// The crisp method is the special case of ratings with l = m = u.
///
/// [Opricovic & Tzeng 2003]: "Defuzzification within a multicriteria decision model",
/// Int. J. Uncertain. Fuzziness Knowl.-Based Syst. 11(5):635–652.
/// https://doi.org/10.1142/S0218488503002387
/// [Wu & Lee 2007]: "Developing global managers' competencies using the fuzzy DEMATEL
/// method", Expert Syst. Appl. 32(2):499–507. https://doi.org/10.1016/j.eswa.2005.12.005
/// [Lin & Wu 2008]: "A causal analytical method for group decision-making under fuzzy
/// environment", Expert Syst. Appl. 34(1):205–213. https://doi.org/10.1016/j.eswa.2006.08.012
public struct FuzzyDematel: Sendable, Codable {
    public enum Method: String, Sendable, Codable, CaseIterable {
        case cfcs
        case componentwise
    }

    /// The linguistic scale of Li (1999) used by Wu & Lee (2007) and Lin & Wu (2008): the
    /// term's names (full, then abbreviation), its code and its triangular fuzzy number.
    public static let linguisticScale: [(names: [String], code: Int, value: TriangularFuzzyNumber)] = [
        (["no influence", "No"], 0, TriangularFuzzyNumber(0, 0, 0.25)),
        (["very low", "VL"], 1, TriangularFuzzyNumber(0, 0.25, 0.5)),
        (["low", "L"], 2, TriangularFuzzyNumber(0.25, 0.5, 0.75)),
        (["high", "H"], 3, TriangularFuzzyNumber(0.5, 0.75, 1)),
        (["very high", "VH"], 4, TriangularFuzzyNumber(0.75, 1, 1)),
    ]

    public var method: Method
    /// The crisp DEMATEL run on the CFCS-defuzzified mean (`.cfcs`); nil for `.componentwise`.
    public var crisp: Dematel?
    /// D and R per node, fuzzy (`.componentwise`; nil for `.cfcs`).
    public var fuzzyGiven: [TriangularFuzzyNumber]?
    public var fuzzyReceived: [TriangularFuzzyNumber]?
    /// The total-relation matrix, crisp: the crisp run's T (`.cfcs`) or the centroid of the
    /// three component matrices (`.componentwise`), for the threshold and the relation map.
    public var total: DenseMatrix
    /// D and R per node, crisp.
    public var given: [Double]
    public var received: [Double]
    public var prominence: [Double] { zip(given, received).map(+) }
    public var relation: [Double] { zip(given, received).map(-) }

    /// - Parameter ratings: ratings[k][i][j] is expert k's rating of i's influence on j; every
    ///   expert's matrix is n × n.
    /// - Throws: `Dematel.Failure` when there is no influence or a series does not converge.
    /// - Complexity: O(K n² + n³).
    public init(ratings: [[[TriangularFuzzyNumber]]], method: Method) throws(Dematel.Failure) {
        guard let n = ratings.first?.count, n > 0 else { throw .noInfluence }
        self.method = method
        switch method {
        case .cfcs:
            var direct = DenseMatrix(size: n)
            for i in 0..<n {
                for j in 0..<n {
                    let pair = ratings.map { $0[i][j] }
                    direct[i, j] = pair.reduce(0) { $0 + Self.cfcs($1, among: pair) } / Double(pair.count)
                }
            }
            let dematel = try Dematel(direct: direct)
            crisp = dematel
            total = dematel.total
            given = dematel.given
            received = dematel.received
        case .componentwise:
            var mean = [[TriangularFuzzyNumber]](repeating: [TriangularFuzzyNumber](repeating: .init(0, 0, 0), count: n), count: n)
            for expert in ratings {
                for i in 0..<n { for j in 0..<n { mean[i][j] = mean[i][j] + expert[i][j] } }
            }
            let component: [KeyPath<TriangularFuzzyNumber, Double>] = [\.lower, \.middle, \.upper]
            let matrices = component.map { path in
                DenseMatrix(size: n, values: mean.flatMap { $0.map { $0[keyPath: path] / Double(ratings.count) } })
            }
            let upper = matrices[2]
            let s = max(upper.rowSums.max() ?? 0, upper.columnSums.max() ?? 0)
            guard s > 0 else { throw .noInfluence }
            let totals = try matrices.map { (m) throws(Dematel.Failure) in
                // A component without influence (every lower value 0, say) has T = 0.
                m.values.allSatisfy { $0 == 0 } ? nil : try Dematel(direct: m, dividingBy: s)
            }
            func fuzzy(_ sums: KeyPath<Dematel, [Double]>) -> [TriangularFuzzyNumber] {
                (0..<n).map { i in
                    TriangularFuzzyNumber(totals[0]?[keyPath: sums][i] ?? 0, totals[1]?[keyPath: sums][i] ?? 0,
                                          totals[2]?[keyPath: sums][i] ?? 0)
                }
            }
            crisp = nil
            let parts = totals.map { $0?.total.values ?? [Double](repeating: 0, count: n * n) }
            total = DenseMatrix(size: n, values: (0..<(n * n)).map { (parts[0][$0] + parts[1][$0] + parts[2][$0]) / 3 })
            fuzzyGiven = fuzzy(\.given)
            fuzzyReceived = fuzzy(\.received)
            given = fuzzyGiven!.map(\.centroid)
            received = fuzzyReceived!.map(\.centroid)
        }
    }

    /// One expert's rating defuzzified by CFCS, against all experts' ratings of the pair (which
    /// fix min l and Δ).
    public static func cfcs(_ rating: TriangularFuzzyNumber, among pair: [TriangularFuzzyNumber]) -> Double {
        let low = pair.map(\.lower).min() ?? rating.lower
        let delta = (pair.map(\.upper).max() ?? rating.upper) - low
        guard delta > 0 else { return rating.lower }
        let xl = (rating.lower - low) / delta, xm = (rating.middle - low) / delta, xu = (rating.upper - low) / delta
        let left = xm / (1 + xm - xl)
        let right = xu / (1 + xu - xm)
        let x = (left * (1 - left) + right * right) / (1 - left + right)
        return low + x * delta
    }
}

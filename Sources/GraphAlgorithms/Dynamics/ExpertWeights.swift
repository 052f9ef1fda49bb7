/// Edge weights of a fuzzy cognitive map from experts' linguistic ratings, as FCMpy's
/// `ExpertFcm.build` makes them (Mkhitaryan et al. 2022, after Stach et al. 2010):
/// for one edge, every term's membership function (a triangle on the universe [−1, 1]) is
/// cut at the share of experts who chose it (Mamdani: min), the cut functions are joined
/// (maximum), and the result is defuzzified by its centroid, the membership taken as linear
/// between the universe's grid points (scikit-fuzzy's `centroid`). The sign of the weight is
/// the sign of the centroid.
///
/// Each expert's own rating, defuzzified alone the same way, gives the spread: the least and
/// the greatest weight any single expert implies.
///
/// [Mkhitaryan et al. 2022]: "FCMpy: a Python module for constructing and analyzing fuzzy
/// cognitive maps", PeerJ Comput. Sci. 8:e1078. https://doi.org/10.7717/peerj-cs.1078
public struct ExpertWeights: Sendable {
    /// A linguistic term: its name and its triangular membership function (a ≤ b ≤ c).
    public struct Term: Sendable, Hashable {
        public var name: String
        public var a: Double, b: Double, c: Double

        public init(_ name: String, _ a: Double, _ b: Double, _ c: Double) {
            self.name = name
            self.a = a
            self.b = b
            self.c = c
        }

        /// scikit-fuzzy's `trimf`: rising on (a, b), falling on (b, c), 1 at b, 0 elsewhere.
        func membership(_ x: Double) -> Double {
            if x == b { return 1 }
            if a != b, a < x, x < b { return (x - a) / (b - a) }
            if b != c, b < x, x < c { return (c - x) / (c - b) }
            return 0
        }
    }

    /// FCMpy's documented eleven-term signed scale: very high, high, medium, low and very low
    /// effects of either sign, and no causality.
    public static let signedScale: [Term] = [
        Term("-VH", -1, -1, -0.75), Term("-H", -1, -0.75, -0.5), Term("-M", -0.75, -0.5, -0.25),
        Term("-L", -0.5, -0.25, 0), Term("-VL", -0.25, 0, 0), Term("No", -0.001, 0, 0.001),
        Term("+VL", 0, 0, 0.25), Term("+L", 0, 0.25, 0.5), Term("+M", 0.25, 0.5, 0.75),
        Term("+H", 0.5, 0.75, 1), Term("+VH", 0.75, 1, 1),
    ]

    /// The universe's grid points, −1 to 1 in steps of 1 / `resolution`.
    public let universe: [Double]

    /// - Parameter resolution: grid points per unit (100: steps of 0.01, FCMpy's effective
    ///   grid, which rounds its universe to two decimals).
    public init(resolution: Int = 100) {
        let r = max(resolution, 1)
        universe = (-r...r).map { Double($0) / Double(r) }
    }

    /// The weight of one edge: `shares[t]` is the share of experts who chose term t (the
    /// number choosing it ÷ all experts). Nil when no share is positive (no edge).
    public func weight(terms: [Term], shares: [Double]) -> Double? {
        guard shares.contains(where: { $0 > 0 }) else { return nil }
        let joined = universe.map { x in
            zip(terms, shares).reduce(0.0) { best, pair in max(best, min(pair.1, pair.0.membership(x))) }
        }
        return Self.centroid(universe, joined)
    }

    /// scikit-fuzzy's `centroid`: the centroid of the piecewise-linear function through the
    /// points, segment by segment (rectangles, triangles and trapezoids).
    static func centroid(_ x: [Double], _ y: [Double]) -> Double {
        var moments = 0.0, area = 0.0
        for i in 1..<x.count {
            let x1 = x[i - 1], x2 = x[i], y1 = y[i - 1], y2 = y[i]
            if (y1 == 0 && y2 == 0) || x1 == x2 { continue }
            let moment: Double, piece: Double
            if y1 == y2 {
                moment = 0.5 * (x1 + x2); piece = (x2 - x1) * y1
            } else if y1 == 0 {
                moment = 2.0 / 3.0 * (x2 - x1) + x1; piece = 0.5 * (x2 - x1) * y2
            } else if y2 == 0 {
                moment = 1.0 / 3.0 * (x2 - x1) + x1; piece = 0.5 * (x2 - x1) * y1
            } else {
                moment = (2.0 / 3.0 * (x2 - x1) * (y2 + 0.5 * y1)) / (y1 + y2) + x1; piece = 0.5 * (x2 - x1) * (y1 + y2)
            }
            moments += moment * piece
            area += piece
        }
        return moments / max(area, Double.ulpOfOne)
    }
}

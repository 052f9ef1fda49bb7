import GraphAlgorithms
import StrategyModel

/// A fuzzy cognitive map built from experts' linguistic ratings of its edges, as FCMpy's
/// expert module builds one (`ExpertWeights`): one weight per rated pair, with how many
/// experts chose each term and the spread of the weights single experts imply.
public struct ExpertMap: Sendable, Codable {
    public struct EdgeRow: Sendable, Codable, Hashable {
        public var from: String
        public var to: String
        /// The aggregated weight with its sign; 0 when the ratings cancel to no causality
        /// (no edge then).
        public var weight: Double
        /// How many experts rated the pair.
        public var raters: Int
        /// Term name → how many experts chose it, in the scale's order.
        public var terms: [TermCount]
        /// The least and greatest weight one expert's rating implies alone.
        public var lowest: Double
        public var highest: Double
    }

    public struct TermCount: Sendable, Codable, Hashable {
        public var term: String
        public var count: Int
    }

    public var experts: [String]
    public var resolution: Int
    public var edges: [EdgeRow]

    /// - Parameters:
    ///   - ratings: each rating's (lower, middle, upper) is its term's triangle (a, b, c);
    ///     triangles not in `terms` count as terms of their own, named `a;b;c`.
    ///   - terms: the scale, for names and order.
    public init(ratings: [EdgeRating], terms: [ExpertWeights.Term] = ExpertWeights.signedScale, resolution: Int = 100) {
        var experts: [String] = []
        for rating in ratings where !experts.contains(rating.expert) { experts.append(rating.expert) }
        var scale = terms
        for rating in ratings {
            let term = ExpertWeights.Term("\(rating.lower);\(rating.middle);\(rating.upper)", rating.lower, rating.middle, rating.upper)
            if !scale.contains(where: { ($0.a, $0.b, $0.c) == (term.a, term.b, term.c) }) { scale.append(term) }
        }
        var pairs: [[String]] = []
        var byPair: [[String]: [Int]] = [:]
        for rating in ratings {
            let key = [rating.from, rating.to]
            let term = scale.firstIndex { ($0.a, $0.b, $0.c) == (rating.lower, rating.middle, rating.upper) } ?? 0
            if byPair[key] == nil { pairs.append(key) }
            byPair[key, default: []].append(term)
        }
        let weighting = ExpertWeights(resolution: resolution)
        func alone(_ term: Int) -> Double {
            var shares = [Double](repeating: 0, count: scale.count)
            shares[term] = 1
            return weighting.weight(terms: scale, shares: shares) ?? 0
        }
        self.experts = experts
        self.resolution = resolution
        edges = pairs.map { key in
            let chosen = byPair[key] ?? []
            var counts = [Int](repeating: 0, count: scale.count)
            for term in chosen { counts[term] += 1 }
            let shares = counts.map { Double($0) / Double(experts.count) }
            let singles = chosen.map(alone)
            return EdgeRow(from: key[0], to: key[1], weight: weighting.weight(terms: scale, shares: shares) ?? 0,
                           raters: chosen.count,
                           terms: scale.indices.filter { counts[$0] > 0 }.map { TermCount(term: scale[$0].name, count: counts[$0]) },
                           lowest: singles.min() ?? 0, highest: singles.max() ?? 0)
        }
    }

    /// The map as a circle: one node per id (in order of first mention), one edge per pair
    /// with a non-zero weight, its evidence the aggregation (inferred, with the counts).
    public func circle(title: String? = nil) throws(ModelValidationError) -> StrategyCircle {
        var ids: [String] = []
        for row in edges { for id in [row.from, row.to] where !ids.contains(id) { ids.append(id) } }
        let nodes = ids.map { Node(id: $0, provenance: Provenance(evidence: .inferred, reason: "named in the experts' ratings")) }
        let edges = self.edges.filter { $0.weight != 0 }.map { row in
            let terms = row.terms.map { "\($0.term) ×\($0.count)" }.joined(separator: ", ")
            let reason = "aggregated from \(row.raters) of \(experts.count) experts' ratings (\(terms)) by FCMpy's method; "
                + "single experts imply \(EvidenceText.number(row.lowest)) to \(EvidenceText.number(row.highest))"
            let (weight, sign) = Sign.split(signedWeight: row.weight)
            return Edge(from: row.from, to: row.to, weight: weight, sign: sign,
                        provenance: Provenance(evidence: .inferred, reason: reason))
        }
        return try StrategyCircle(metadata: .init(title: title, notes: "weights in [-1, 1] from experts' linguistic ratings; "
                                      + "simulate with --scale none"), nodes: nodes, edges: edges)
    }
}

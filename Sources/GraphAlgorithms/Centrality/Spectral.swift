import StrategyModel

/// Why an iterative centrality has no answer.
public enum CentralityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The iteration did not settle within its budget.
    case noConvergence(measure: String, iterations: Int)
    /// Katz's attenuation factor is at or above 1/λ, so the series diverges.
    case katzAlphaTooLarge(alpha: Double, limit: Double)
    case invalidParameter(String)

    public var description: String {
        switch self {
        case let .noConvergence(measure, iterations):
            return "\(measure) did not converge in \(iterations) iterations"
        case let .katzAlphaTooLarge(alpha, limit):
            return "Katz alpha \(alpha) is too large: it must be below 1/λmax = \(limit)"
        case let .invalidParameter(text):
            return text
        }
    }
}

/// Eigenvector, PageRank and Katz centrality: influence that flows along edges, so a node
/// is central when central nodes point to it (in-edges, the left eigenvector, as NetworkX).
/// A weight is a strength and multiplies what flows; signs are ignored.
public enum Spectral {
    /// Eigenvector centrality: x ∝ Aᵀx, normalised to Euclidean length 1 and positive.
    /// Power iteration on (A + I)ᵀ (the shift keeps periodic graphs converging, as NetworkX),
    /// until the L1 change is below n·tolerance.
    ///
    /// [Bonacich 1987]: "Power and centrality: a family of measures", Am. J. Sociol. 92(5).
    /// https://doi.org/10.1086/228631
    public static func eigenvector(_ graph: GraphView, weighted: Bool = true, tolerance: Double = 1e-14,
                                   maxIterations: Int = 100_000) throws(CentralityError) -> [Double] {
        let g = graph.adjacency
        let n = g.nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            for v in 0..<n {
                var sum = x[v]
                for e in g.inRange(v) { sum += (weighted ? g.inWeights[e] : 1) * x[Int(g.inSources[e])] }
                next[v] = sum
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { throw .noConvergence(measure: "eigenvector centrality", iterations: 0) }
            var change = 0.0
            for v in 0..<n {
                next[v] /= norm
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw .noConvergence(measure: "eigenvector centrality", iterations: maxIterations)
    }

    /// PageRank with damping `alpha`: x = α(xW + dangling·p') + (1 − α)p, W the row-normalised
    /// weights; `personalization` p (uniform when nil, normalised to sum 1); the rank of
    /// dangling nodes (no out-weight) goes to `dangling` (p when nil) — NetworkX's conventions.
    /// Iterates until the L1 change is below n·tolerance.
    ///
    /// [Page, Brin, Motwani & Winograd 1999]: "The PageRank citation ranking", Stanford
    /// InfoLab TR 1999-66. http://ilpubs.stanford.edu:8090/422/
    public static func pageRank(_ graph: GraphView, alpha: Double = 0.85, weighted: Bool = true,
                                personalization: [Double]? = nil, dangling: [Double]? = nil,
                                tolerance: Double = 1e-15, maxIterations: Int = 100_000)
        throws(CentralityError) -> [Double]
    {
        let g = graph.adjacency
        let n = g.nodeCount
        guard n > 0 else { return [] }
        guard alpha >= 0, alpha < 1 else { throw .invalidParameter("PageRank alpha must be in [0, 1)") }
        func distribution(_ values: [Double]?, _ name: String) throws(CentralityError) -> [Double] {
            guard let values else { return [Double](repeating: 1 / Double(n), count: n) }
            guard values.count == n, values.allSatisfy({ $0 >= 0 && $0.isFinite }) else {
                throw .invalidParameter("\(name) needs one non-negative value per node")
            }
            let total = values.reduce(0, +)
            guard total > 0 else { throw .invalidParameter("\(name) must not be all zero") }
            return values.map { $0 / total }
        }
        let p = try distribution(personalization, "personalization")
        let danglingWeights = dangling == nil ? p : try distribution(dangling, "dangling")
        var outWeight = [Double](repeating: 0, count: n)
        for v in 0..<n { outWeight[v] = g.outRange(v).reduce(0) { $0 + (weighted ? g.outWeights[$1] : 1) } }
        let danglingNodes = (0..<n).filter { outWeight[$0] == 0 }

        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = x
        for _ in 0..<maxIterations {
            let danglingSum = danglingNodes.reduce(0) { $0 + x[$1] }
            for v in 0..<n {
                var sum = 0.0
                for e in g.inRange(v) {
                    let u = Int(g.inSources[e])
                    sum += x[u] * (weighted ? g.inWeights[e] : 1) / outWeight[u]
                }
                next[v] = alpha * (sum + danglingSum * danglingWeights[v]) + (1 - alpha) * p[v]
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - x[v]) }
            swap(&x, &next)
            if change < Double(n) * tolerance { return x }
        }
        throw .noConvergence(measure: "PageRank", iterations: maxIterations)
    }

    /// Katz centrality: x = α Aᵀx + β, normalised to Euclidean length 1 (NetworkX
    /// `katz_centrality(normalized=True)`). Requires α < 1/λmax; checks it first.
    ///
    /// [Katz 1953]: "A new status index derived from sociometric analysis",
    /// Psychometrika 18:39–43. https://doi.org/10.1007/BF02289026
    public static func katz(_ graph: GraphView, alpha: Double? = nil, beta: Double = 1, weighted: Bool = true,
                            tolerance: Double = 1e-15, maxIterations: Int = 100_000) throws(CentralityError) -> [Double] {
        let g = graph.adjacency
        let n = g.nodeCount
        guard n > 0 else { return [] }
        let lambda = try spectralRadius(graph, weighted: weighted)
        let limit = lambda > 0 ? 1 / lambda : .infinity
        let a = alpha ?? (lambda > 0 ? 0.5 / lambda : 0.1)
        guard a > 0 else { throw .invalidParameter("Katz alpha must be positive") }
        if a >= limit * (1 - 1e-9) { throw .katzAlphaTooLarge(alpha: a, limit: limit) }
        var x = [Double](repeating: 0, count: n)
        var next = x
        for _ in 0..<maxIterations {
            var change = 0.0
            for v in 0..<n {
                var sum = 0.0
                for e in g.inRange(v) { sum += (weighted ? g.inWeights[e] : 1) * x[Int(g.inSources[e])] }
                next[v] = a * sum + beta
                change += abs(next[v] - x[v])
            }
            swap(&x, &next)
            let scale = x.reduce(0) { max($0, abs($1)) }
            if change <= Double(n) * tolerance * max(1, scale) {
                let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
                let sign: Double = x.reduce(0, +) < 0 ? -1 : 1
                return x.map { $0 / (sign * norm) }
            }
        }
        throw .noConvergence(measure: "Katz centrality", iterations: maxIterations)
    }

    /// The largest eigenvalue modulus of the (weighted) adjacency matrix, by power iteration
    /// on A + I (λ(A) = λ(A + I) − 1 for the Perron root of a non-negative matrix).
    public static func spectralRadius(_ graph: GraphView, weighted: Bool = true) throws(CentralityError) -> Double {
        let g = graph.adjacency
        let n = g.nodeCount
        guard n > 0, g.edgeCount > 0 else { return 0 }
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var next = x
        var estimate = 0.0
        for _ in 0..<100_000 {
            for v in 0..<n {
                var sum = x[v]
                for e in g.inRange(v) { sum += (weighted ? g.inWeights[e] : 1) * x[Int(g.inSources[e])] }
                next[v] = sum
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return 0 }
            for v in 0..<n { next[v] /= norm }
            swap(&x, &next)
            if abs(norm - estimate) <= 1e-13 * norm { return max(0, norm - 1) }
            estimate = norm
        }
        return max(0, estimate - 1)
    }
}

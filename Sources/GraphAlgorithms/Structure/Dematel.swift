import StrategyModel

/// DEMATEL: the total (direct and indirect) influence between nodes, and which are
/// causes and which effects.
///
/// Conventions: A[i][j] is the direct influence of i on j (edge weight, sign ignored).
/// N = A / s with s the largest row or column sum; total relation T = N (I − N)⁻¹ (the sum
/// N + N² + N³ + …, which converges only when N's spectral radius is below 1 — checked, and
/// refused otherwise). D = row sums of T (influence given), R = column sums (received);
/// prominence D + R says how central a node is, relation D − R whether it is a net cause
/// (> 0) or a net effect (< 0).
///
/// [Fontela & Gabus 1976]: "The DEMATEL Observer", Battelle Geneva Research Centre.
/// [Si et al. 2018]: "DEMATEL technique: a systematic review of the state-of-the-art
/// literature on methodologies and applications", Math. Probl. Eng. 3696457.
/// https://doi.org/10.1155/2018/3696457
public struct Dematel: Sendable, Codable {
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case noInfluence
        case notConvergent(spectralRadius: Double)

        public var description: String {
            switch self {
            case .noInfluence: return "DEMATEL needs at least one edge"
            case let .notConvergent(radius):
                return "DEMATEL's series does not converge: the normalised matrix has spectral radius \(radius) ≥ 1 "
                    + "(every row and column sum equal); I − N cannot be inverted"
            }
        }
    }

    public var scale: Double
    public var spectralRadius: Double
    public var normalized: DenseMatrix
    public var total: DenseMatrix
    public var given: [Double]
    public var received: [Double]
    public var prominence: [Double] { zip(given, received).map(+) }
    public var relation: [Double] { zip(given, received).map(-) }

    /// DEMATEL of a circle's weight matrix (signs ignored).
    /// - Throws: `Failure` when the series does not converge (spectral radius of N ≥ 1).
    /// - Complexity: O(n³) (one matrix inversion).
    public init(_ graph: Adjacency) throws(Failure) {
        try self.init(direct: DenseMatrix(graph))
    }

    /// DEMATEL of several experts' direct-relation matrices: their entry-by-entry mean, as the
    /// method's literature prescribes (Si et al. 2018, step 1). All must have one size.
    public init(experts: [DenseMatrix]) throws(Failure) {
        guard let first = experts.first else { throw .noInfluence }
        var sum = DenseMatrix(size: first.size)
        for matrix in experts { sum = sum + matrix }
        try self.init(direct: sum.scaled(by: 1 / Double(experts.count)))
    }

    /// - Parameter divisor: the s of N = A / s; nil for the largest row or column sum.
    public init(direct a: DenseMatrix, dividingBy divisor: Double? = nil) throws(Failure) {
        let s = divisor ?? max(a.rowSums.max() ?? 0, a.columnSums.max() ?? 0)
        guard s > 0, a.values.contains(where: { $0 != 0 }) else { throw .noInfluence }
        let n = a.scaled(by: 1 / s)
        let radius = n.spectralRadius()
        guard radius < 1 - 1e-9, let inverse = (DenseMatrix.identity(a.size) - n).inverse() else {
            throw .notConvergent(spectralRadius: radius)
        }
        scale = s
        spectralRadius = radius
        normalized = n
        total = n * inverse
        given = total.rowSums
        received = total.columnSums
    }

    /// The threshold α of the influential relation map: the mean of T's entries (the common
    /// choice, Ou Yang et al. 2008) or a value given.
    public enum Threshold: Sendable, Hashable, Codable {
        case mean
        case value(Double)
    }

    /// α for a threshold choice.
    public func alpha(_ threshold: Threshold) -> Double { Self.alpha(threshold, of: total) }

    /// The relations of the influential relation map: every (i, j), i ≠ j, with T[i][j] > α,
    /// strongest first (ties by i, then j).
    public func relations(above alpha: Double) -> [(from: Int, to: Int, total: Double)] {
        Self.relations(of: total, above: alpha)
    }

    /// α of a total-relation matrix (crisp or defuzzified).
    public static func alpha(_ threshold: Threshold, of total: DenseMatrix) -> Double {
        switch threshold {
        case .mean: return total.values.reduce(0, +) / Double(max(total.values.count, 1))
        case let .value(v): return v
        }
    }

    /// The entries of a total-relation matrix above α, off the diagonal, strongest first.
    public static func relations(of total: DenseMatrix, above alpha: Double) -> [(from: Int, to: Int, total: Double)] {
        var result: [(from: Int, to: Int, total: Double)] = []
        for i in 0..<total.size {
            for j in 0..<total.size where i != j && total[i, j] > alpha { result.append((i, j, total[i, j])) }
        }
        return result.sorted { ($0.total, -$0.from, -$0.to) > ($1.total, -$1.from, -$1.to) }
    }
}

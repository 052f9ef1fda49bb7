import StrategyModel

/// A small dense square matrix (row-major), for the structural methods that work on the
/// whole influence matrix (MICMAC, DEMATEL). Meant for circles of up to a few thousand
/// nodes: memory is n².
public struct DenseMatrix: Sendable, Equatable, Codable {
    public let size: Int
    public private(set) var values: [Double]

    public init(size: Int, values: [Double]? = nil) {
        self.size = size
        self.values = values ?? [Double](repeating: 0, count: size * size)
    }

    /// M[i][j] = weight of i → j (strength, sign ignored, or signed when `signed`).
    public init(_ graph: Adjacency, signed: Bool = false) {
        self.init(size: graph.nodeCount)
        for e in 0..<graph.edgeCount {
            let w = graph.edgeWeights[e]
            self[Int(graph.edgeSources[e]), Int(graph.edgeTargets[e])] += signed && graph.edgeSigns[e] < 0 ? -w : w
        }
    }

    public subscript(row: Int, column: Int) -> Double {
        get { values[row * size + column] }
        set { values[row * size + column] = newValue }
    }

    public static func identity(_ size: Int) -> DenseMatrix {
        var m = DenseMatrix(size: size)
        for i in 0..<size { m[i, i] = 1 }
        return m
    }

    public var rowSums: [Double] { (0..<size).map { i in (0..<size).reduce(0) { $0 + self[i, $1] } } }
    public var columnSums: [Double] { (0..<size).map { j in (0..<size).reduce(0) { $0 + self[$1, j] } } }

    public static func * (lhs: DenseMatrix, rhs: DenseMatrix) -> DenseMatrix {
        let n = lhs.size
        var result = DenseMatrix(size: n)
        for i in 0..<n {
            for k in 0..<n {
                let a = lhs[i, k]
                if a == 0 { continue }
                for j in 0..<n { result.values[i * n + j] += a * rhs.values[k * n + j] }
            }
        }
        return result
    }

    public static func + (lhs: DenseMatrix, rhs: DenseMatrix) -> DenseMatrix {
        DenseMatrix(size: lhs.size, values: zip(lhs.values, rhs.values).map(+))
    }

    public static func - (lhs: DenseMatrix, rhs: DenseMatrix) -> DenseMatrix {
        DenseMatrix(size: lhs.size, values: zip(lhs.values, rhs.values).map(-))
    }

    public func scaled(by factor: Double) -> DenseMatrix {
        DenseMatrix(size: size, values: values.map { $0 * factor })
    }

    /// The inverse, by Gauss–Jordan elimination with partial pivoting; nil when singular.
    public func inverse() -> DenseMatrix? {
        let n = size
        var a = self
        var inverse = DenseMatrix.identity(n)
        for column in 0..<n {
            var pivot = column
            for row in (column + 1)..<max(column + 1, n) where abs(a[row, column]) > abs(a[pivot, column]) { pivot = row }
            guard abs(a[pivot, column]) > 1e-14 else { return nil }
            if pivot != column {
                for j in 0..<n {
                    a.values.swapAt(pivot * n + j, column * n + j)
                    inverse.values.swapAt(pivot * n + j, column * n + j)
                }
            }
            let scale = 1 / a[column, column]
            for j in 0..<n {
                a[column, j] *= scale
                inverse[column, j] *= scale
            }
            for row in 0..<n where row != column {
                let factor = a[row, column]
                if factor == 0 { continue }
                for j in 0..<n {
                    a.values[row * n + j] -= factor * a.values[column * n + j]
                    inverse.values[row * n + j] -= factor * inverse.values[column * n + j]
                }
            }
        }
        return inverse
    }

    /// Largest eigenvalue modulus of a non-negative matrix, by power iteration on M + I.
    /// A matrix whose non-zero entries form no loop is nilpotent, with radius exactly 0; it is
    /// recognised first (Kahn's topological sort), since power iteration nears 0 only slowly.
    public func spectralRadius(iterations: Int = 100_000, tolerance: Double = 1e-13) -> Double {
        let n = size
        guard n > 0 else { return 0 }
        if isNilpotentPattern { return 0 }
        var x = [Double](repeating: 1 / Double(n).squareRoot(), count: n)
        var estimate = 0.0
        for _ in 0..<iterations {
            var next = x
            for i in 0..<n {
                var sum = 0.0
                for j in 0..<n { sum += abs(self[j, i]) * x[j] }
                next[i] += sum
            }
            let norm = next.reduce(0) { $0 + $1 * $1 }.squareRoot()
            guard norm > 0 else { return 0 }
            x = next.map { $0 / norm }
            if abs(norm - estimate) <= tolerance * norm { return max(0, norm - 1) }
            estimate = norm
        }
        return max(0, estimate - 1)
    }

    /// Whether the non-zero entries, read as edges i → j, form no loop (self-loops included).
    var isNilpotentPattern: Bool {
        var indegree = [Int](repeating: 0, count: size)
        for i in 0..<size { for j in 0..<size where self[i, j] != 0 { indegree[j] += 1 } }
        var ready = (0..<size).filter { indegree[$0] == 0 }
        var removed = 0
        while let i = ready.popLast() {
            removed += 1
            for j in 0..<size where self[i, j] != 0 {
                indegree[j] -= 1
                if indegree[j] == 0 { ready.append(j) }
            }
        }
        return removed == size
    }
}

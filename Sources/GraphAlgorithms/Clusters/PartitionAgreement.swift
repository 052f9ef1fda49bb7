import Foundation

/// How far two partitions of the same nodes agree.
public enum PartitionAgreement {
    /// The nodes (positions) that left their cluster: each cluster of `before` is matched to
    /// the cluster of `after` most of its members went to (ties: the smaller label), and a node
    /// outside its cluster's match has moved.
    public static func moved(from before: [Int], to after: [Int]) -> [Int] {
        var votes: [Int: [Int: Int]] = [:]
        for (b, a) in zip(before, after) { votes[b, default: [:]][a, default: 0] += 1 }
        let match = votes.mapValues { $0.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0 }
        return before.indices.filter { $0 < after.count && match[before[$0]] != after[$0] }
    }

    /// Normalised mutual information, 2·I(A;B) / (H(A) + H(B)) (1 when both are one cluster).
    ///
    /// [Danon, Díaz-Guilera, Duch & Arenas 2005]: "Comparing cluster structure
    /// identification", J. Stat. Mech. P09008. https://doi.org/10.1088/1742-5468/2005/09/P09008
    public static func normalizedMutualInformation(_ a: Partition, _ b: Partition) -> Double {
        let n = Double(a.labels.count)
        guard n > 0 else { return 1 }
        let (table, rows, columns) = contingency(a, b)
        func entropy(_ counts: [Double]) -> Double {
            counts.reduce(0) { $1 > 0 ? $0 - $1 / n * log($1 / n) : $0 }
        }
        let hA = entropy(rows)
        let hB = entropy(columns)
        guard hA + hB > 0 else { return 1 }
        var mutual = 0.0
        for key in table.keys.sorted() {  // a fixed order: sums must not depend on hashing
            let count = table[key] ?? 0
            let (i, j) = (key / b.count, key % b.count)
            mutual += count / n * log(count * n / (rows[i] * columns[j]))
        }
        return 2 * mutual / (hA + hB)
    }

    /// Adjusted Rand index: pair agreement corrected for chance (1 identical, ≈ 0 random).
    ///
    /// [Hubert & Arabie 1985]: "Comparing partitions", J. Classif. 2:193–218.
    /// https://doi.org/10.1007/BF01908075
    public static func adjustedRandIndex(_ a: Partition, _ b: Partition) -> Double {
        func pairs(_ x: Double) -> Double { x * (x - 1) / 2 }
        let n = Double(a.labels.count)
        let (table, rows, columns) = contingency(a, b)
        let index = table.keys.sorted().reduce(0) { $0 + pairs(table[$1] ?? 0) }
        let rowPairs = rows.reduce(0) { $0 + pairs($1) }
        let columnPairs = columns.reduce(0) { $0 + pairs($1) }
        let expected = rowPairs * columnPairs / pairs(n)
        let maximum = (rowPairs + columnPairs) / 2
        guard maximum != expected else { return 1 }
        return (index - expected) / (maximum - expected)
    }

    private static func contingency(_ a: Partition, _ b: Partition) -> (table: [Int: Double], rows: [Double], columns: [Double]) {
        var table: [Int: Double] = [:]
        var rows = [Double](repeating: 0, count: a.count)
        var columns = [Double](repeating: 0, count: b.count)
        for (x, y) in zip(a.labels, b.labels) {
            table[x * b.count + y, default: 0] += 1
            rows[x] += 1
            columns[y] += 1
        }
        return (table, rows, columns)
    }
}

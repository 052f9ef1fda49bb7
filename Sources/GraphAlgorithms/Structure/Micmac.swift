import StrategyModel

/// MICMAC structural analysis: direct and indirect influence and dependence of every
/// node, the influence–dependence quadrants, and the rank shifts between direct and
/// indirect readings.
///
/// Conventions: M[i][j] is the influence of row i on column j (the edge weight i → j, its
/// sign ignored). Influence (motricity) of i is row i's sum, dependence of j column j's sum.
/// Indirect influence and dependence are the row and column sums of Mᵏ for the first power
/// k ≥ 2 at which both rankings stop changing (Godet's stability rule), at most `maxPower`.
/// A map without loops is nilpotent (Mᵏ = 0 past its longest path): then the indirect
/// values are read at the last non-zero power, `nilpotentFrom` says where the powers vanish,
/// and the rankings are never called stable;
/// powers are rescaled to their largest entry (rankings are scale-free), and the reported
/// indirect values are shares of the total so they compare across circles.
///
/// Quadrants, split at the mean or median of each axis: influential (high influence, low
/// dependence), relay (high, high), dependent (low, high), autonomous (low, low).
///
/// [Godet 1986]: "Introduction to la prospective: seven key ideas and one scenario
/// method", Futures 18(2):134–157. https://doi.org/10.1016/0016-3287(86)90094-7
public struct Micmac: Sendable, Codable {
    public enum Split: String, Sendable, Codable, CaseIterable { case mean, median }

    public enum Quadrant: String, Sendable, Codable, CaseIterable {
        case influential, relay, dependent, autonomous
    }

    public var directInfluence: [Double]
    public var directDependence: [Double]
    public var indirectInfluence: [Double]
    public var indirectDependence: [Double]
    /// The power at which the indirect rankings became stable.
    public var power: Int
    public var stable: Bool
    /// The first power that is zero, when the map has no loop (nil otherwise).
    public var nilpotentFrom: Int?
    public var directQuadrant: [Quadrant]
    public var indirectQuadrant: [Quadrant]
    /// Rank by influence (1 = most), direct and indirect; a positive shift means the node
    /// gains importance through indirect paths.
    public var directInfluenceRank: [Int]
    public var indirectInfluenceRank: [Int]
    public var directDependenceRank: [Int]
    public var indirectDependenceRank: [Int]

    /// - Parameters:
    ///   - graph: edge weights are the influence strengths; signs are ignored.
    ///   - split: where the quadrants divide each axis.
    ///   - maxPower: the highest matrix power tried for stable rankings.
    /// - Complexity: O(k·n³) for k matrix powers (dense n × n matrices).
    public init(_ graph: Adjacency, split: Split = .mean, maxPower: Int = 20) {
        let m = DenseMatrix(graph)
        directInfluence = m.rowSums
        directDependence = m.columnSums
        var power = m
        var previous = (Self.ranks(directInfluence), Self.ranks(directDependence))
        var k = 1
        var stable = false
        var nilpotentFrom: Int?
        var rows = directInfluence
        var columns = directDependence
        while k < maxPower {
            let next = power * m
            let largest = next.values.max() ?? 0
            guard largest > 0 else {
                nilpotentFrom = k + 1
                break
            }
            power = next.scaled(by: 1 / largest)
            k += 1
            rows = power.rowSums
            columns = power.columnSums
            let current = (Self.ranks(rows), Self.ranks(columns))
            if current.0 == previous.0, current.1 == previous.1 { stable = true; break }
            previous = current
        }
        let total = rows.reduce(0, +)
        indirectInfluence = total > 0 ? rows.map { $0 / total } : rows
        let totalColumns = columns.reduce(0, +)
        indirectDependence = totalColumns > 0 ? columns.map { $0 / totalColumns } : columns
        self.power = k
        self.stable = stable
        self.nilpotentFrom = nilpotentFrom
        directQuadrant = Self.quadrants(directInfluence, directDependence, split: split)
        indirectQuadrant = Self.quadrants(indirectInfluence, indirectDependence, split: split)
        directInfluenceRank = Self.ranks(directInfluence)
        indirectInfluenceRank = Self.ranks(indirectInfluence)
        directDependenceRank = Self.ranks(directDependence)
        indirectDependenceRank = Self.ranks(indirectDependence)
    }

    /// 1 = largest; ties share the better rank; near-equal values (relative 1e-12) tie.
    static func ranks(_ values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        var ranks = [Int](repeating: 0, count: values.count)
        for (position, node) in order.enumerated() {
            if position > 0 {
                let previous = order[position - 1]
                if abs(values[previous] - values[node]) <= 1e-12 * max(abs(values[previous]), 1) {
                    ranks[node] = ranks[previous]
                    continue
                }
            }
            ranks[node] = position + 1
        }
        return ranks
    }

    static func threshold(_ values: [Double], _ split: Split) -> Double {
        guard !values.isEmpty else { return 0 }
        switch split {
        case .mean: return values.reduce(0, +) / Double(values.count)
        case .median:
            let sorted = values.sorted()
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
    }

    static func quadrants(_ influence: [Double], _ dependence: [Double], split: Split) -> [Quadrant] {
        let i0 = threshold(influence, split)
        let d0 = threshold(dependence, split)
        return zip(influence, dependence).map { influence, dependence in
            switch (influence > i0, dependence > d0) {
            case (true, false): return .influential
            case (true, true): return .relay
            case (false, true): return .dependent
            case (false, false): return .autonomous
            }
        }
    }
}

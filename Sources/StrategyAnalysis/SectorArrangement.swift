import StrategyModel

/// The order of sectors around the circle that puts the strongest synergies side by side.
///
/// Objective: the summed synergy between cyclically adjacent sectors (a travelling-salesman
/// tour that maximises weight). Exact for up to 10 sectors: the first sector is fixed and
/// every order of the rest is tried ((k − 1)! tours). Beyond, a heuristic: the best
/// greedy tour from every start, improved by 2-opt moves until none helps; it is stated in
/// `method` and need not be optimal.
public struct SectorArrangement: Sendable, Codable {
    public var method: String
    /// Sector ids in the suggested order.
    public var order: [String]
    public var adjacentSynergy: Double
    /// The same objective for the file's order.
    public var fileOrderSynergy: Double
    public var gain: Double { adjacentSynergy - fileOrderSynergy }

    public static let exactLimit = 10

    /// Arranges the sectors that hold nodes (empty ones have no synergy to place).
    public init(density: SynergyDensity) {
        let kept = density.groups.indices.filter { density.groups[$0].nodes > 0 }
        let w = kept.map { a in kept.map { b in density.synergyBetween[a][b] } }
        let k = w.count
        func score(_ tour: [Int]) -> Double {
            guard tour.count > 1 else { return 0 }
            if tour.count == 2 { return w[tour[0]][tour[1]] }
            var total = 0.0
            for i in tour.indices { total += w[tour[i]][tour[(i + 1) % tour.count]] }
            return total
        }
        let fileOrder = Array(0..<k)
        var best = fileOrder
        var bestScore = score(fileOrder)
        if k <= Self.exactLimit {
            method = "exact (all \(max(1, (1..<max(k, 1)).reduce(1, *))) orders with the first sector fixed)"
            var rest = Array(1..<max(k, 1))
            // Heap's algorithm over the sectors after the first.
            var c = [Int](repeating: 0, count: rest.count)
            var i = 0
            while i < rest.count {
                if c[i] < i {
                    if i % 2 == 0 { rest.swapAt(0, i) } else { rest.swapAt(c[i], i) }
                    let tour = [0] + rest
                    let s = score(tour)
                    if s > bestScore + 1e-12 { bestScore = s; best = tour }
                    c[i] += 1
                    i = 0
                } else {
                    c[i] = 0
                    i += 1
                }
            }
        } else {
            method = "heuristic (greedy tours from every start, then 2-opt)"
            for start in 0..<k {
                var tour = [start]
                var used = Set([start])
                while tour.count < k {
                    let last = tour[tour.count - 1]
                    let next = (0..<k).filter { !used.contains($0) }.max { w[last][$0] < w[last][$1] } ?? 0
                    tour.append(next)
                    used.insert(next)
                }
                var improved = true
                while improved {
                    improved = false
                    for i in 1..<(k - 1) {
                        for j in (i + 1)..<k {
                            var candidate = tour
                            candidate[i...j].reverse()
                            if score(candidate) > score(tour) + 1e-12 { tour = candidate; improved = true }
                        }
                    }
                }
                let s = score(tour)
                if s > bestScore + 1e-12 { bestScore = s; best = tour }
            }
        }
        order = best.map { density.groups[kept[$0]].id }
        adjacentSynergy = bestScore
        fileOrderSynergy = score(fileOrder)
    }
}

import Foundation

/// The smallest set of nodes that hits (intersects) every given set: here, the fewest
/// nodes or edges whose removal breaks every loop of a kind.
///
/// Exact branch and bound (Karp's hitting-set problem is NP-hard, but circles are small):
/// sets that contain another set are dropped (hitting the smaller one hits them); the
/// search branches on the nodes of the unhit set with the fewest nodes, most frequent
/// first; a bound prunes branches that cannot beat the best answer: the number of pairwise
/// disjoint unhit sets (each needs its own node). The first answer is the greedy one
/// (repeatedly take the node in most unhit sets), so a time-out still returns a valid
/// hitting set, reported as not proven minimal.
///
/// [Karp 1972]: "Reducibility among combinatorial problems", in Complexity of Computer
/// Computations, 85–103. https://doi.org/10.1007/978-1-4684-2001-2_9
public enum HittingSet {
    public struct Result: Sendable, Equatable {
        public var members: [Int]
        /// True when the search finished, so no smaller hitting set exists.
        public var provenMinimal: Bool
        public var method: String
    }

    /// The smallest hitting set of `sets` over the members `0..<universe`, within `timeBudget`.
    /// - Returns: the set found and whether it is proven minimal.
    /// - Complexity: exponential in the worst case (the problem is NP-hard), bounded by the
    ///   budget; the greedy start is O(k·u) for k sets over u members.
    public static func minimum(_ sets: [[Int]], universe: Int, timeBudget: Duration = .seconds(10)) -> Result {
        minimum(sets, universe: universe, deadline: ContinuousClock.now + timeBudget)
    }

    /// The same, with every step (superset pruning included) stopping at `deadline`.
    public static func minimum(_ sets: [[Int]], universe: Int, deadline: ContinuousClock.Instant) -> Result {
        let words = (universe + 63) / 64
        // Bitsets, deduplicated, in a fixed order (size, then bits), without supersets.
        var bitsets = Set<[UInt64]>()
        for set in sets where !set.isEmpty {
            var bits = [UInt64](repeating: 0, count: words)
            for e in set { bits[e >> 6] |= 1 << UInt64(e & 63) }
            bitsets.insert(bits)
        }
        let sorted = bitsets.sorted { a, b in
            let (sizeA, sizeB) = (popcount(a), popcount(b))
            return sizeA != sizeB ? sizeA < sizeB : a.lexicographicallyPrecedes(b)
        }
        var minimal: [[UInt64]] = []
        // Pruning is quadratic; past the deadline the remaining sets are kept as they are
        // (hitting them is still required, so the answer stays valid).
        var pruning = true
        for (index, candidate) in sorted.enumerated() {
            if pruning, index & 0xFF == 0, ContinuousClock.now >= deadline { pruning = false }
            if pruning, minimal.contains(where: { subset($0, of: candidate) }) { continue }
            minimal.append(candidate)
        }
        guard !minimal.isEmpty else { return Result(members: [], provenMinimal: true, method: "exact (nothing to hit)") }

        var search = Search(sets: minimal, universe: universe, words: words, deadline: deadline)
        search.best = search.greedy()
        var chosen = [UInt64](repeating: 0, count: words)
        var picked: [Int] = []
        if ContinuousClock.now < deadline { search.branch(&chosen, &picked) } else { search.timedOut = true }
        let members = search.best.sorted()
        return search.timedOut
            ? Result(members: members, provenMinimal: false,
                     method: "greedy, improved by branch and bound until the time budget ran out")
            : Result(members: members, provenMinimal: true, method: "exact (branch and bound)")
    }

    private static func popcount(_ bits: [UInt64]) -> Int { bits.reduce(0) { $0 + $1.nonzeroBitCount } }
    private static func subset(_ a: [UInt64], of b: [UInt64]) -> Bool { zip(a, b).allSatisfy { $0 & ~$1 == 0 } }

    private struct Search {
        let sets: [[UInt64]]
        let universe: Int
        let words: Int
        let deadline: ContinuousClock.Instant
        var best: [Int] = []
        var timedOut = false
        var nodesVisited = 0

        func hits(_ set: [UInt64], _ chosen: [UInt64]) -> Bool {
            for w in 0..<words where set[w] & chosen[w] != 0 { return true }
            return false
        }

        func members(_ set: [UInt64]) -> [Int] {
            var result: [Int] = []
            for w in 0..<words {
                var bits = set[w]
                while bits != 0 {
                    let b = bits.trailingZeroBitCount
                    result.append(w * 64 + b)
                    bits &= bits - 1
                }
            }
            return result
        }

        func greedy() -> [Int] {
            var chosen = [UInt64](repeating: 0, count: words)
            var picked: [Int] = []
            while true {
                let open = sets.filter { !hits($0, chosen) }
                if open.isEmpty { return picked }
                var frequency = [Int](repeating: 0, count: universe)
                for set in open { for e in members(set) { frequency[e] += 1 } }
                let e = frequency.indices.max { frequency[$0] < frequency[$1] } ?? 0
                chosen[e >> 6] |= 1 << UInt64(e & 63)
                picked.append(e)
            }
        }

        mutating func branch(_ chosen: inout [UInt64], _ picked: inout [Int]) {
            nodesVisited += 1
            if nodesVisited & 0x3FF == 0, ContinuousClock.now >= deadline { timedOut = true }
            if timedOut { return }
            let open = sets.filter { !hits($0, chosen) }
            if open.isEmpty {
                if picked.count < best.count { best = picked }
                return
            }
            // Lower bound: pairwise-disjoint open sets each need their own node.
            var packed = [UInt64](repeating: 0, count: words)
            var disjoint = 0
            for set in open where !hits(set, packed) {
                disjoint += 1
                for w in 0..<words { packed[w] |= set[w] }
            }
            if picked.count + disjoint >= best.count { return }
            var frequency = [Int](repeating: 0, count: universe)
            for set in open { for e in members(set) { frequency[e] += 1 } }
            let smallest = open.min { HittingSet.popcount($0) < HittingSet.popcount($1) } ?? open[0]
            for e in members(smallest).sorted(by: { frequency[$0] > frequency[$1] }) {
                chosen[e >> 6] |= 1 << UInt64(e & 63)
                picked.append(e)
                branch(&chosen, &picked)
                picked.removeLast()
                chosen[e >> 6] &= ~(1 << UInt64(e & 63))
                if timedOut { return }
            }
        }
    }
}

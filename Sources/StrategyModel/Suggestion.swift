/// "Did you mean …?" for misspelt ids and keys.
package enum Suggestion {
    /// The candidate closest to `word` by edit distance (case-insensitive), if it is close
    /// enough to be a likely typo: at most a third of the word's length, and at least 1.
    /// Words under three letters get no suggestion (any one-letter id is one edit from another).
    package static func closest<C: Sequence<String>>(to word: String, among candidates: C) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard target.count >= 3 else { return nil }
        let limit = max(1, target.count / 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars), limit: limit)
            // Ties go to the alphabetically first, so the hint never depends on the candidates' order.
            if distance <= limit, (distance, candidate) < (best?.distance ?? .max, best?.candidate ?? "") || best == nil {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute,
    /// swap two neighbours), stopping early once every path exceeds `limit`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}

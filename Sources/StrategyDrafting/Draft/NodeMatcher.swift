import StrategyModel

/// Matches a drafted span to a node of an existing circle by the overlap of word stems
/// (Snowball): the node's label words against the span's label words.
///
/// Conventions: a node qualifies when the span holds at least half of the node's stems
/// (and at least one; a stem also counts when it ends a compound of the span's or the other
/// way round, `sameWord`); among those the highest Jaccard similarity of the two stem sets
/// wins, then the earlier node, so ties resolve the same way on every run. Function words
/// are not stems.
struct NodeMatcher {
    private struct Candidate {
        var id: String
        var stems: Set<String>
    }

    private let candidates: [Candidate]
    private let stemmer: Stemmer
    private let lexicon: Lexicon

    init(circle: StrategyCircle?, stemmer: Stemmer, lexicon: Lexicon) {
        self.stemmer = stemmer
        self.lexicon = lexicon
        candidates = (circle?.nodes ?? []).map { node in
            // The label names the node (it is the id when the file gives none); an id is a key,
            // often with umlauts spelled out, and would only add stems no text uses.
            let words = node.label.lowercased()
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .map(String.init)
                .filter { !lexicon.functionWords.contains($0) }
            return Candidate(id: node.id, stems: Set(words.map(stemmer.stem)))
        }
    }

    /// The id of the best node for these content words, or nil (a new node).
    func node(for words: [String]) -> String? {
        let stems = Set(words.flatMap { $0.split(separator: "-").map(String.init) }.map(stemmer.stem)
            + words.map(stemmer.stem))
        var best: (id: String, similarity: Double)?
        for candidate in candidates where !candidate.stems.isEmpty {
            let overlap = candidate.stems.filter { stem in stems.contains { Self.sameWord(stem, $0) } }.count
            guard overlap > 0, 2 * overlap >= candidate.stems.count else { continue }
            // Jaccard similarity of the two stem sets (a compound pair counts as one stem).
            let similarity = Double(overlap) / Double(candidate.stems.count + stems.count - overlap)
            if best == nil || similarity > best!.similarity { best = (candidate.id, similarity) }
        }
        return best?.id
    }

    /// Two stems name the same thing when equal, or when one ends a compound of the other
    /// ("kultur" and "unternehmenskultur": German puts the head of a compound last); the
    /// shorter must have five letters, so endings are not taken for words.
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        return short.count >= 5 && long.hasSuffix(short)
    }
}

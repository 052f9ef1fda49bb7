/// What a cause or effect span says as a node: its label and its content words.
///
/// Conventions: the label is the span's first quoted phrase when it has one (the text names
/// the thing), else its words from the first to the last content word (function words,
/// the writer's pronouns, cue, direction, negation, hedge and tag words removed at both
/// ends), at most six words; in German up to the last noun. `labelWords` (the label's content words, lowercased) are what a node is
/// matched by: the text's own name for the thing, not the whole clause around it.
struct SpanReading {
    var label: String
    var labelWords: [String]
    /// The span names only the writer ("ich", "wir"; "I", "we"): not a node.
    var isFirstPersonOnly: Bool

    static let maxLabelWords = 6

    init?(tokens: [Token], range: Range<Int>, sentence: String, skipping skipped: Set<Int>, lexicon: Lexicon) {
        let scalars = Array(sentence.unicodeScalars)
        func text(_ first: Token, _ last: Token) -> String {
            String(String.UnicodeScalarView(scalars[first.characters.lowerBound..<last.characters.upperBound]))
        }
        let words = range.filter { tokens[$0].isWord && !skipped.contains($0) }
        func isContent(_ index: Int) -> Bool {
            let folded = tokens[index].folded.trimmingHyphens
            return !lexicon.functionWords.contains(folded) && !lexicon.firstPerson.contains(folded)
                && !lexicon.negations.contains(folded) && !lexicon.hedges.contains(folded)
                && !lexicon.up.contains(folded) && !lexicon.down.contains(folded)
                && !lexicon.tags.values.contains { $0.contains(folded) }
        }
        let content = words.filter(isContent)
        isFirstPersonOnly = content.isEmpty && words.contains { lexicon.firstPerson.contains(tokens[$0].folded) }
        guard !content.isEmpty else { return nil }
        let quoted = range.filter { tokens[$0].quoted && tokens[$0].isWord }
        if let first = quoted.first {
            var last = first
            while last + 1 < range.upperBound, tokens[last + 1].quoted || (tokens[last + 1].isWord && tokens[last + 1].quoted) {
                last += 1
            }
            label = text(tokens[first], tokens[last])
            labelWords = (first...last).filter { tokens[$0].isWord && isContent($0) }.map { tokens[$0].folded.trimmingHyphens }
            if labelWords.isEmpty { labelWords = [tokens[first].folded.trimmingHyphens] }
        } else {
            var kept = Array(content.prefix(Self.maxLabelWords))
            // German names things with nouns, and puts a subordinate clause's verb last: the
            // label ends at the last capitalised word ("Unternehmenskultur kümmere" →
            // "Unternehmenskultur"), and a long span keeps its capitalised words only.
            if lexicon.language == .de, let lastNoun = content.lastIndex(where: { tokens[$0].isCapitalised }) {
                kept = Array(content[...lastNoun].prefix(Self.maxLabelWords))
                if content.count > 3 {
                    kept = Array(content.filter { tokens[$0].isCapitalised }.prefix(Self.maxLabelWords))
                }
            }
            // The text's own words from the first kept word to the last, when nothing between
            // them was left out for being a verb ("Befassung mit Social Media"); else the kept
            // words alone.
            guard let firstKept = kept.first, let lastKept = kept.last else { return nil }
            let keptSet = Set(kept)
            let whole = (firstKept...lastKept).allSatisfy { !tokens[$0].isWord || keptSet.contains($0) || !isContent($0) }
            label = whole ? text(tokens[firstKept], tokens[lastKept]) : kept.map { tokens[$0].text }.joined(separator: " ")
            labelWords = kept.map { tokens[$0].folded.trimmingHyphens }
        }
    }
}

extension String {
    /// The word without a hyphen at either end ("Kompetenz-" → "kompetenz").
    var trimmingHyphens: String {
        var text = Substring(self)
        while text.hasPrefix("-") { text = text.dropFirst() }
        while text.hasSuffix("-") { text = text.dropLast() }
        return String(text)
    }
}

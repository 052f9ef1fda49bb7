/// Where a pattern matched in a sentence: the token positions of its cause, its effect and
/// its literal words.
struct PatternMatch: Hashable {
    var rule: PatternRule
    var cause: Range<Int>
    var effect: Range<Int>
    var literals: [Int]
}

/// Finds a family's patterns in a sentence's tokens, leftmost first.
///
/// Conventions: a slot between two literal words takes the tokens between them (1 to 12;
/// commas inside, as in "eine bestehende, übergreifende Strategie", but never another clause
/// mark: dash, semicolon, colon, bracket, full stop); a leading slot runs back from
/// the first literal to the clause's start (a clause mark or a word of `Lexicon.clauseStarts`);
/// a trailing slot runs on to the clause's end. `*` takes 0 to 4 tokens of any kind.
enum PatternMatcher {
    static let clauseMarks: Set<String> = [",", "–", "—", ";", ":", "(", ")", ".", "!", "?", "-", "…"]
    static let maxSlot = 12
    static let maxGap = 4

    static func matches(of rule: PatternRule, in tokens: [Token], lexicon: Lexicon) -> [PatternMatch] {
        guard let firstLiteral = rule.parts.firstIndex(where: { if case .words = $0 { true } else { false } }),
              case let .words(firstWords) = rule.parts[firstLiteral]
        else { return [] }
        var found: [PatternMatch] = []
        for start in tokens.indices where firstWords.contains(tokens[start].folded) {
            if startsNotClaim(at: start, in: tokens, lexicon: lexicon) { continue }
            if let match = match(rule, firstLiteral: firstLiteral, at: start, in: tokens, lexicon: lexicon) {
                found.append(match)
            }
        }
        return found
    }

    /// True when the words at `start` begin one of the lexicon's "not a claim" phrases.
    static func startsNotClaim(at start: Int, in tokens: [Token], lexicon: Lexicon) -> Bool {
        let words = tokens[start...].lazy.filter(\.isWord).map(\.folded)
        return lexicon.notClaims.contains { phrase in
            Array(words.prefix(phrase.count)) == phrase
        }
    }

    private static func match(_ rule: PatternRule, firstLiteral: Int, at start: Int, in tokens: [Token],
                              lexicon: Lexicon) -> PatternMatch? {
        var slots: [PatternRule.Part: Range<Int>] = [:]
        var literals = [start]
        // Parts before the first literal: at most one slot, reaching back to the clause start.
        if firstLiteral > 0 {
            guard firstLiteral == 1 else { return nil }
            var lower = start
            while lower > 0, !isClauseStart(tokens[lower - 1], lexicon: lexicon) { lower -= 1 }
            guard lower < start else { return nil }
            slots[rule.parts[0]] = lower..<start
        }
        var position = start + 1
        var pendingSlot: PatternRule.Part?
        var pendingGap = false
        for part in rule.parts[(firstLiteral + 1)...] {
            switch part {
            case .cause, .effect:
                pendingSlot = part
            case .gap:
                pendingGap = true
            case let .words(words):
                var next: Int?
                if let slot = pendingSlot {
                    var q = position + 1
                    while q < tokens.count, q - position <= maxSlot {
                        if words.contains(tokens[q].folded) { next = q; break }
                        if tokens[q].folded != ",", clauseMarks.contains(tokens[q].folded) { break }
                        q += 1
                    }
                    guard let next, !tokens[position..<next].contains(where: { $0.folded != "," && clauseMarks.contains($0.folded) })
                    else { return nil }
                    slots[slot] = position..<next
                } else if pendingGap {
                    var q = position
                    while q < tokens.count, q - position <= maxGap {
                        if words.contains(tokens[q].folded) { next = q; break }
                        q += 1
                    }
                } else if position < tokens.count, words.contains(tokens[position].folded) {
                    next = position
                }
                guard let next else { return nil }
                literals.append(next)
                position = next + 1
                pendingSlot = nil
                pendingGap = false
            }
        }
        if let slot = pendingSlot {
            var upper = position
            while upper < tokens.count, !clauseMarks.contains(tokens[upper].folded) { upper += 1 }
            guard upper > position else { return nil }
            slots[slot] = position..<upper
        }
        guard let cause = slots[.cause], let effect = slots[.effect] else { return nil }
        return PatternMatch(rule: rule, cause: cause, effect: effect, literals: literals)
    }

    private static func isClauseStart(_ token: Token, lexicon: Lexicon) -> Bool {
        clauseMarks.contains(token.folded) || lexicon.clauseStarts.contains(token.folded)
    }
}

import StrategyModel

/// Drafts a circle from a text: splits it into sentences, runs every pattern family of the
/// lexicon over each, reads each match's cause and effect as nodes, and matches them to an
/// existing circle's nodes when one is given.
///
/// Rule-based and within one sentence (Khoo et al. 1998, "Automatic extraction of cause-effect
/// information from newspaper text without knowledge-based inferencing", Literary and
/// Linguistic Computing 13(4)): nothing is inferred across sentences, and every proposal
/// quotes its sentence.
public enum Drafter {
    /// Proposals in sentence order, then family order; the same text gives the same draft.
    public static func draft(_ text: String, document: String, lexicon: Lexicon, into circle: StrategyCircle? = nil,
                             intoName: String? = nil) -> Draft {
        let sentences = SentenceSplitter.split(text, language: lexicon.language, abbreviations: lexicon.abbreviations)
        let stemmer = Stemmer(lexicon.language)
        let matcher = NodeMatcher(circle: circle, stemmer: stemmer, lexicon: lexicon)
        var proposals: [Proposal] = []
        // Families in their fixed order, each family's patterns in the lexicon's order.
        let rules = lexicon.rules.enumerated().sorted { ($0.element.family, $0.offset) < ($1.element.family, $1.offset) }
            .map(\.element)
        for sentence in sentences {
            let tokens = Tokenizer.tokens(of: sentence.text)
            var seen: Set<[String]> = []
            for rule in rules {
                for whole in PatternMatcher.matches(of: rule, in: tokens, lexicon: lexicon) {
                    for match in coordinated(whole, tokens: tokens, lexicon: lexicon) {
                        guard var proposal = proposal(for: match, of: whole, tokens: tokens, sentence: sentence,
                                                      lexicon: lexicon, matcher: matcher)
                        else { continue }
                        // One claim per pair of spans, and per pair of matched nodes: the first
                        // family (the most explicit) keeps it.
                        let keys = [[proposal.from.label, proposal.to.label]]
                            + (proposal.from.node.flatMap { from in proposal.to.node.map { ["#" + from, "#" + $0] } }
                                .map { [$0] } ?? [])
                        guard keys.allSatisfy({ !seen.contains($0) }) else { continue }
                        seen.formUnion(keys)
                        proposal.id = "p\(proposals.count + 1)"
                        proposals.append(proposal)
                    }
                }
            }
        }
        return Draft(document: document, language: lexicon.language, into: intoName, sentenceCount: sentences.count,
                     proposals: proposals)
    }

    /// The proposal for one coordinated part (`match`) of a whole match.
    private static func proposal(for match: PatternMatch, of whole: PatternMatch, tokens: [Token], sentence: Sentence,
                                 lexicon: Lexicon, matcher: NodeMatcher) -> Proposal? {
        let rule = match.rule
        var cueIndices = Set(match.literals)
        // The correlative's sign comes from the direction word opening each clause.
        var sign = rule.sign ?? 1
        var confidence = rule.confidence
        if rule.family == .correlative {
            let causeDirection = direction(in: whole.cause, tokens: tokens, lexicon: lexicon)
            let effectDirection = direction(in: whole.effect, tokens: tokens, lexicon: lexicon)
            if let cause = causeDirection { cueIndices.insert(cause.index) }
            if let effect = effectDirection { cueIndices.insert(effect.index) }
            if let cause = causeDirection, let effect = effectDirection {
                sign = cause.sign * effect.sign
            } else if lexicon.language == .en {
                return nil  // "the … , the …" without "more" or "less" is no correlative
            } else {
                confidence *= 0.7  // "je … desto" without a direction word: the sign is a guess
            }
        }
        guard let cause = SpanReading(tokens: tokens, range: match.cause, sentence: sentence.text, skipping: cueIndices,
                                      lexicon: lexicon),
              let effect = SpanReading(tokens: tokens, range: match.effect, sentence: sentence.text, skipping: cueIndices,
                                       lexicon: lexicon),
              !cause.isFirstPersonOnly, !effect.isFirstPersonOnly
        else { return nil }

        // Modifiers: negations and hedges in the claim's own stretch of the sentence (cause,
        // effect and cue words); tags anywhere in the sentence, as a condition or a concession
        // may stand in a clause of its own ("…, wenn X", "Despite X, …"). A conditional word
        // after an "even" word ("auch wenn", "even if") concedes instead.
        let stretch = min(whole.cause.lowerBound, whole.effect.lowerBound, whole.literals.min()!)
            ..< max(whole.cause.upperBound, whole.effect.upperBound, whole.literals.max()! + 1)
        let literalWords = Set(match.literals.map { tokens[$0].folded })
        var tags: [ClaimTag] = []
        func has(_ tag: ClaimTag, where condition: (Int) -> Bool = { _ in true }) -> Bool {
            let words = (lexicon.tags[tag] ?? []).subtracting(literalWords)
            return tokens.indices.contains { words.contains(tokens[$0].folded) && condition($0) }
        }
        let conceding = { (index: Int) in index > 0 && lexicon.even.contains(tokens[index - 1].folded) }
        if has(.conditional, where: { !conceding($0) }) { tags.append(.conditional) }
        if has(.mutual) { tags.append(.mutual) }
        if has(.concessive) || has(.conditional, where: conceding) { tags.append(.concessive) }
        let negations = stretch.filter { lexicon.negations.contains(tokens[$0].folded) && !cueIndices.contains($0) }
        if !negations.isEmpty { tags.append(.negated) }
        let hedges = tokens.indices.filter { lexicon.hedges.contains(tokens[$0].folded) && stretch.contains($0) }
        if !hedges.isEmpty { confidence *= 0.6 }
        let cues = cueIndices.union(negations).union(hedges).sorted().map { tokens[$0].text }

        let relation: Proposal.Relation = rule.family == .structural
            ? (rule.relation == "member" ? .member : .neighbour) : .influence
        return Proposal(
            id: "", relation: relation, tags: tags,
            from: Proposal.Endpoint(label: cause.label, node: matcher.node(for: cause.labelWords)),
            to: Proposal.Endpoint(label: effect.label, node: matcher.node(for: effect.labelWords)),
            sign: relation == .influence ? sign : 1, confidence: (confidence * 100).rounded() / 100,
            hedged: !hedges.isEmpty, family: rule.family, rule: rule.text, cues: cues, sentence: sentence)
    }

    /// The match once per coordinated part: "A und B führen zu C" is A → C and B → C. A
    /// coordinator after a hyphen ("Experten- und Know-how-Aufbau") joins parts of one word
    /// and does not split.
    private static func coordinated(_ match: PatternMatch, tokens: [Token], lexicon: Lexicon) -> [PatternMatch] {
        func parts(_ range: Range<Int>) -> [Range<Int>] {
            var parts: [Range<Int>] = []
            var start = range.lowerBound
            for index in range where lexicon.coordinators.contains(tokens[index].folded)
                && index > start && !tokens[index - 1].text.hasSuffix("-")
            {
                parts.append(start..<index)
                start = index + 1
            }
            if start < range.upperBound { parts.append(start..<range.upperBound) }
            return parts.isEmpty ? [range] : parts
        }
        var result: [PatternMatch] = []
        for cause in parts(match.cause) {
            for effect in parts(match.effect) {
                var part = match
                part.cause = cause
                part.effect = effect
                result.append(part)
            }
        }
        return result
    }

    /// The first up or down word of a correlative clause, with its sign.
    private static func direction(in range: Range<Int>, tokens: [Token], lexicon: Lexicon) -> (index: Int, sign: Int)? {
        for index in range {
            if lexicon.up.contains(tokens[index].folded) { return (index, 1) }
            if lexicon.down.contains(tokens[index].folded) { return (index, -1) }
        }
        return nil
    }
}

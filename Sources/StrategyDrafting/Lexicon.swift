import Yams

/// The languages drafting reads.
public enum DraftLanguage: String, Sendable, CaseIterable {
    case de
    case en
}

extension DraftLanguage {
    /// The language of a text, by its commonest function words (German unless English ones
    /// outnumber them).
    public static func guess(_ text: String) -> DraftLanguage {
        let german: Set<Substring> = ["der", "die", "das", "und", "ist", "nicht", "mit", "ich", "sich", "dass"]
        let english: Set<Substring> = ["the", "and", "is", "not", "with", "of", "that", "to", "we", "it"]
        var score = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            if german.contains(word) { score += 1 }
            if english.contains(word) { score -= 1 }
        }
        return score >= 0 ? .de : .en
    }
}

/// The pattern families, each a rule set of its own (docs/DRAFTING.md).
public enum PatternFamily: String, Sendable, CaseIterable, Comparable {
    /// "je mehr X, desto mehr Y", "the more X, the more Y": signed by the direction words.
    case correlative
    /// "ohne X … nicht Y", "X ist Voraussetzung für Y", "X ermöglicht Y"; "without", "requires".
    case necessity
    /// "X führt zu Y", "X stärkt Y", "X trägt zu Y bei"; "leads to", "reduces": signed by the lexicon.
    case causalVerb = "causal-verb"
    /// "Y, weil X", "X, deshalb Y", "Y dank X"; "because", "therefore": lower confidence.
    case connective
    /// "X grenzt an Y", "X gehört zu Y", "X ist Teil von Y": placement, never an influence.
    case structural

    public static func < (lhs: PatternFamily, rhs: PatternFamily) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A claim's construction that keeps it from being an edge by itself: the reviewer decides.
public enum ClaimTag: String, Sendable, CaseIterable {
    /// "wenn", "falls"; "if", "unless": the claim holds under a condition.
    case conditional
    /// "gegenseitig"; "mutually", "each other": both directions at once.
    case mutual
    /// "trotz", "obwohl"; "despite", "although": the claim is conceded, not asserted.
    case concessive
    /// A negation in the claim's clause ("nicht", "kein"; "not", "no"): the text denies it.
    case negated
}

/// One pattern of a family: literal words in order, with the cause (X) and the effect (Y)
/// between or around them.
///
/// Written as text in the lexicon: words separated by spaces; `a|b` for alternatives; `X` the
/// cause and `Y` the effect; `*` up to four words of any kind (separable verbs: "trägt * bei");
/// `,` a comma. Words match case-insensitively and whole.
public struct PatternRule: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case words(Set<String>)
        case cause
        case effect
        case gap
    }

    public var family: PatternFamily
    public var text: String
    public var parts: [Part]
    /// The sign the pattern states (+ or −); nil for the correlative, whose direction words decide.
    public var sign: Int?
    /// For structural patterns: "neighbour" or "member".
    public var relation: String?
    public var confidence: Double

    init(family: PatternFamily, text: String, sign: Int?, relation: String?, confidence: Double) throws(LexiconError) {
        self.family = family
        self.text = text
        self.sign = sign
        self.relation = relation
        self.confidence = confidence
        parts = text.split(separator: " ").map { part -> Part in
            switch part {
            case "X": return .cause
            case "Y": return .effect
            case "*": return .gap
            default: return .words(Set(part.lowercased().split(separator: "|").map(String.init)))
            }
        }
        guard parts.contains(.cause), parts.contains(.effect) else {
            throw LexiconError("pattern '\(text)' needs both X (the cause) and Y (the effect)")
        }
        guard parts.contains(where: { if case .words = $0 { true } else { false } }) else {
            throw LexiconError("pattern '\(text)' needs at least one word")
        }
        func isSlot(_ part: Part) -> Bool { part == .cause || part == .effect }
        if zip(parts, parts.dropFirst()).contains(where: { isSlot($0) && (isSlot($1) || $1 == .gap) })
            || zip(parts, parts.dropFirst()).contains(where: { $0 == .gap && isSlot($1) })
        {
            throw LexiconError("pattern '\(text)': X and Y need a word between them and between them and '*'")
        }
    }
}

/// Why a lexicon file was refused.
public struct LexiconError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// The words drafting knows for one language: function words it strips from labels, the
/// modifiers (negation, hedges, tags), phrases that look like claims but are not, and the
/// families' patterns. A data file (Datasets/lexicons/LANG.yaml); a user's file adds to it.
public struct Lexicon: Sendable {
    public var language: DraftLanguage
    /// Articles, pronouns and other words a label never starts or ends with.
    public var functionWords: Set<String>
    /// Pronouns of the writer: a span made of them is not a label ("ich", "wir"; "I", "we").
    public var firstPerson: Set<String>
    public var negations: Set<String>
    public var hedges: Set<String>
    public var tags: [ClaimTag: Set<String>]
    /// Phrases that begin like a cue but state no claim ("je nachdem", "ohne Frage").
    public var notClaims: [[String]]
    /// Words that make a correlative clause go up or down.
    public var up: Set<String>
    public var down: Set<String>
    /// Words that start a new clause (a leading X stops there): "dass", "weil"; "that".
    public var clauseStarts: Set<String>
    /// Words that join two causes or effects into one span ("A und B"): each becomes its own.
    public var coordinators: Set<String>
    /// Abbreviations a sentence does not end at, beyond ICU's own ("z. B.", "d. h."; "e.g.").
    public var abbreviations: [String]
    /// Words that turn a following conditional word into a concession ("auch wenn"; "even if").
    public var even: Set<String>
    public var rules: [PatternRule]

    /// Reads a lexicon file's YAML text; `base` is extended (sets united, patterns appended).
    public static func read(_ text: String, extending base: Lexicon? = nil) throws(LexiconError) -> Lexicon {
        let root: [String: Any]
        do {
            guard let parsed = try Yams.load(yaml: text) as? [String: Any] else {
                throw LexiconError("a lexicon is a mapping of keys to values")
            }
            root = parsed
        } catch let error as LexiconError {
            throw error
        } catch {
            throw LexiconError("not YAML: \(error)")
        }
        func words(_ key: String) throws(LexiconError) -> Set<String> {
            guard let value = root[key] else { return [] }
            guard let list = value as? [Any] else { throw LexiconError("'\(key)' must be a list of words") }
            return Set(list.map { "\($0)".lowercased() })
        }
        guard let languageName = (root["language"] as? String) ?? base?.language.rawValue,
              let language = DraftLanguage(rawValue: languageName)
        else { throw LexiconError("'language' must be 'de' or 'en'") }
        if let base, base.language != language {
            throw LexiconError("this lexicon is for '\(language.rawValue)' and cannot extend the '\(base.language.rawValue)' one; "
                + "give --lang \(language.rawValue), or a lexicon for '\(base.language.rawValue)'")
        }
        var lexicon = base ?? Lexicon(language: language, functionWords: [], firstPerson: [], negations: [], hedges: [],
                                      tags: [:], notClaims: [], up: [], down: [], clauseStarts: [], coordinators: [],
                                      abbreviations: [], even: [], rules: [])
        lexicon.functionWords.formUnion(try words("function_words"))
        lexicon.firstPerson.formUnion(try words("first_person"))
        lexicon.negations.formUnion(try words("negations"))
        lexicon.hedges.formUnion(try words("hedges"))
        lexicon.up.formUnion(try words("up"))
        lexicon.down.formUnion(try words("down"))
        lexicon.clauseStarts.formUnion(try words("clause_starts"))
        lexicon.coordinators.formUnion(try words("coordinators"))
        lexicon.even.formUnion(try words("even"))
        lexicon.abbreviations = Array(Set(lexicon.abbreviations).union(try words("abbreviations"))).sorted()
        for tag in ClaimTag.allCases where tag != .negated {
            lexicon.tags[tag, default: []].formUnion(try words(tag.rawValue))
        }
        lexicon.notClaims += try words("not_claims").map { $0.split(separator: " ").map(String.init) }.sorted { $0.joined() < $1.joined() }
        if let families = root["patterns"] {
            guard let families = families as? [String: Any] else { throw LexiconError("'patterns' must map family names to lists") }
            for (name, list) in families.sorted(by: { $0.key < $1.key }) {
                guard let family = PatternFamily(rawValue: name) else {
                    throw LexiconError("unknown pattern family '\(name)'; expected "
                        + PatternFamily.allCases.map(\.rawValue).joined(separator: ", "))
                }
                guard let entries = list as? [[String: Any]] else {
                    throw LexiconError("'patterns.\(name)' must be a list of {pattern, sign, …}")
                }
                for entry in entries {
                    guard let text = entry["pattern"] as? String else {
                        throw LexiconError("every entry of 'patterns.\(name)' needs 'pattern'")
                    }
                    let sign: Int?
                    switch entry["sign"].map({ "\($0)" }) {
                    case "+"?: sign = 1
                    case "-"?: sign = -1
                    case nil: sign = family == .correlative || family == .structural ? nil : 1
                    case let other?: throw LexiconError("pattern '\(text)': sign must be '+' or '-', got '\(other)'")
                    }
                    let confidence = (entry["confidence"] as? Double) ?? family.defaultConfidence
                    guard confidence > 0 && confidence <= 1 else {
                        throw LexiconError("pattern '\(text)': confidence must be in (0, 1]")
                    }
                    lexicon.rules.append(try PatternRule(family: family, text: text, sign: sign,
                                                         relation: entry["relation"] as? String, confidence: confidence))
                }
            }
        }
        return lexicon
    }
}

extension PatternFamily {
    /// How sure a match of the family is before hedges: the explicit constructions high,
    /// the connectives ("durch", "because") low, as their reading is often not causal.
    var defaultConfidence: Double {
        switch self {
        case .correlative: 0.9
        case .necessity: 0.8
        case .causalVerb: 0.75
        case .connective: 0.5
        case .structural: 0.7
        }
    }
}

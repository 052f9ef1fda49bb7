/// A word or punctuation mark of a sentence.
///
/// Conventions: `characters` is the token's range in the sentence in Unicode scalars;
/// `folded` is the lowercased text with typographic quotes and dashes kept as they are.
/// A quoted phrase (“…”, „…“, "…", »…«) is marked by `quoted` on each of its words.
struct Token: Hashable, Sendable {
    var text: String
    var folded: String
    var characters: Range<Int>
    var isWord: Bool
    var quoted: Bool
    /// Starts with an uppercase letter (in German: a noun, or the sentence's first word).
    var isCapitalised: Bool { text.first?.isUppercase ?? false }
}

enum Tokenizer {
    static let openingQuotes: Set<Character> = ["“", "„", "\"", "»", "‚", "«"]
    static let closingQuotes: Set<Character> = ["”", "“", "\"", "«", "‘", "»"]

    /// Words (letters, digits, inner hyphens and apostrophes) and single punctuation marks.
    static func tokens(of sentence: String) -> [Token] {
        var tokens: [Token] = []
        let scalars = Array(sentence.unicodeScalars)
        var index = 0
        var inQuote = false
        func isWordScalar(_ s: Unicode.Scalar) -> Bool {
            s.properties.isAlphabetic || s.properties.numericType != nil
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                continue
            }
            if isWordScalar(scalar) {
                var end = index + 1
                while end < scalars.count {
                    let next = scalars[end]
                    if isWordScalar(next) {
                        end += 1
                    } else if (next == "-" || next == "'" || next == "’"), end + 1 < scalars.count,
                              isWordScalar(scalars[end + 1]) {
                        end += 2
                    } else if next == "-", end + 1 < scalars.count, scalars[end + 1] == " " {
                        // "Kompetenz- und Qualitätsführerschaft": keep the hyphen on the word.
                        end += 1
                        break
                    } else {
                        break
                    }
                }
                let text = String(String.UnicodeScalarView(scalars[index..<end]))
                tokens.append(Token(text: text, folded: text.lowercased(), characters: index..<end, isWord: true,
                                    quoted: inQuote))
                index = end
                continue
            }
            let character = Character(scalar)
            if inQuote, closingQuotes.contains(character) {
                inQuote = false
            } else if !inQuote, openingQuotes.contains(character) {
                inQuote = true
            }
            tokens.append(Token(text: String(character), folded: String(character), characters: index..<(index + 1),
                                isWord: false, quoted: false))
            index += 1
        }
        return tokens
    }
}

import StrategyModel
import Testing

/// Trimming ids and parsing signs: the ASCII fast path and Unicode's whitespace agree.
@Suite("Trimming and sign spellings")
struct TextTrimmingTests {
    @Test func trimsUnicodeWhitespaceAndLeavesPlainTextAlone() {
        #expect("n12345".trimmedWhitespace == "n12345")
        #expect("a b".trimmedWhitespace == "a b")
        #expect(" a ".trimmedWhitespace == "a")
        #expect("\t\r\nid\n".trimmedWhitespace == "id")
        #expect("\u{00A0}Kultur\u{3000}".trimmedWhitespace == "Kultur")  // no-break and ideographic spaces
        #expect("Größe".trimmedWhitespace == "Größe" && "é ".trimmedWhitespace == "é")
        #expect("".trimmedWhitespace == "" && "   ".trimmedWhitespace == "")
        #expect("x y"[...].dropFirst().trimmedWhitespace == "y")
    }

    @Test func signSpellings() {
        for text in ["+", " + ", "+1", "1", "Positive", "pos"] { #expect(Sign(parsing: text) == .positive, "\(text)") }
        for text in ["-", "−", " -1", "negative", "NEG"] { #expect(Sign(parsing: text) == .negative, "\(text)") }
        for text in ["", "++", "plus"] { #expect(Sign(parsing: text) == nil, "\(text)") }
    }
}

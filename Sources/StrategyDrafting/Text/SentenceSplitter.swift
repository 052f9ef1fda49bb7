internal import CTextTools

/// A sentence of a document: its text and where it stands.
///
/// Conventions: `index` counts sentences from 0 in document order; `characters` is the
/// sentence's range in the document counted in Unicode scalars from 0 (what Python's
/// `str` slicing counts, so a range can be checked against the text by any tool).
public struct Sentence: Hashable, Sendable {
    public var index: Int
    public var text: String
    public var characters: Range<Int>
}

/// Splits a document into sentences with ICU's sentence break rules (UAX #29) for the
/// document's language, with ICU's abbreviation suppressions (`@ss=standard`: "z. B.",
/// "Dr.", "e.g." do not end a sentence). A blank line, a Markdown heading and a list item
/// always end a sentence, so a title without a full stop does not run into the next line.
public enum SentenceSplitter {
    /// - Parameter abbreviations: lowercased, beyond ICU's own (`Lexicon.abbreviations`).
    public static func split(_ document: String, language: DraftLanguage, abbreviations: [String] = []) -> [Sentence] {
        var sentences: [Sentence] = []
        for block in blocks(of: document) {
            let units = Array(block.text.utf16)
            guard !units.isEmpty else { continue }
            var boundaries = [Int32](repeating: 0, count: 64)
            var count = Int(ctt_sentence_boundaries("\(language.rawValue)@ss=standard", units, Int32(units.count),
                                                    &boundaries, Int32(boundaries.count)))
            if count > boundaries.count {
                boundaries = [Int32](repeating: 0, count: count)
                count = Int(ctt_sentence_boundaries("\(language.rawValue)@ss=standard", units, Int32(units.count),
                                                    &boundaries, Int32(boundaries.count)))
            }
            // Without ICU's rules (it failed), the block is one sentence.
            var cuts = count >= 2 ? boundaries[0..<count].map(Int.init) : [0, units.count]
            cuts = keepingAbbreviations(cuts, in: units, abbreviations: abbreviations)
            var pieceStart = block.start  // in scalars: the pieces run back to back from the block's start
            for (start, end) in zip(cuts, cuts.dropFirst()) {
                let piece = String(decoding: units[start..<end], as: UTF16.self)
                let scalars = Array(piece.unicodeScalars)
                defer { pieceStart += scalars.count }
                let leading = scalars.prefix(while: \.properties.isWhitespace).count
                let trailing = scalars.reversed().prefix(while: \.properties.isWhitespace).count
                let trimmed = leading + trailing >= scalars.count ? ""
                    : String(String.UnicodeScalarView(scalars[leading..<(scalars.count - trailing)]))
                if trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                    let first = pieceStart + leading
                    sentences.append(Sentence(index: sentences.count, text: trimmed,
                                              characters: first..<(first + trimmed.unicodeScalars.count)))
                }
            }
        }
        return sentences
    }

    /// The cuts without those ICU made after or inside a listed abbreviation: inside one
    /// ("z. | B."), after one with more than one full stop ("z. B.", "e.g."), and after any
    /// when the next word starts lowercase ("Blogs usw. für").
    static func keepingAbbreviations(_ cuts: [Int], in units: [UInt16], abbreviations: [String]) -> [Int] {
        guard !abbreviations.isEmpty, cuts.count > 2 else { return cuts }
        let folded = Array(String(decoding: units, as: UTF16.self).lowercased().utf16)
        guard folded.count == units.count else { return cuts }  // lowercasing changed lengths: leave ICU's cuts
        var occurrences: [(range: Range<Int>, inner: Bool)] = []
        for abbreviation in abbreviations {
            let pattern = Array(abbreviation.utf16)
            guard !pattern.isEmpty, pattern.count <= folded.count else { continue }
            for start in 0...(folded.count - pattern.count) where folded[start..<(start + pattern.count)].elementsEqual(pattern) {
                let atWordStart = start == 0 || !Character(Unicode.Scalar(folded[start - 1]) ?? " ").isLetter
                if atWordStart {
                    occurrences.append((start..<(start + pattern.count), abbreviation.filter { $0 == "." }.count > 1))
                }
            }
        }
        func nextWordIsLowercase(after cut: Int) -> Bool {
            var index = cut
            while index < units.count, units[index] == 0x20 || units[index] == 0x0A { index += 1 }
            guard index < units.count, let scalar = Unicode.Scalar(units[index]) else { return false }
            return Character(scalar).isLowercase || Character(scalar).isNumber
        }
        return cuts.enumerated().filter { position, cut in
            guard position > 0, position < cuts.count - 1 else { return true }
            return !occurrences.contains { occurrence in
                if occurrence.range.contains(cut) && occurrence.range.lowerBound < cut { return true }
                // ICU cuts after the space that follows the full stop.
                let end = occurrence.range.upperBound
                let blankToCut = end <= cut && units[end..<cut].allSatisfy { $0 == 0x20 || $0 == 0x0A }
                return blankToCut && (occurrence.inner || nextWordIsLowercase(after: cut))
            }
        }.map(\.element)
    }

    /// The document cut at blank lines, Markdown headings and list items, with each
    /// block's start in scalars; Markdown markers (`#`, `-`, `*`, `>`) are left out.
    static func blocks(of document: String) -> [(text: String, start: Int)] {
        var blocks: [(text: String, start: Int)] = []
        var current = ""
        var currentStart = 0
        var position = 0
        func flush() {
            if current.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
                blocks.append((current, currentStart))
            }
            current = ""
        }
        for line in document.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            let body = line.drop(while: { $0 == " " || $0 == "\t" })
            let marker = markerLength(body)
            let isBreak = body.isEmpty || marker > 0
            if isBreak { flush() }
            if !body.isEmpty {
                if current.isEmpty {
                    currentStart = position + (length - body.unicodeScalars.count) + marker
                    current = String(body.unicodeScalars.dropFirst(marker))
                } else {
                    // A line break inside a paragraph is a space; the offsets stay exact
                    // because the newline is one scalar too.
                    current += " " + String(line)
                }
            }
            position += length + 1
        }
        flush()
        return blocks
    }

    /// Length in scalars of a Markdown heading, list or quote marker at the line's start.
    private static func markerLength(_ line: Substring) -> Int {
        let scalars = Array(line.unicodeScalars.prefix(8))
        var index = 0
        if scalars.first == "#" {
            while index < scalars.count, scalars[index] == "#" { index += 1 }
        } else if let first = scalars.first, ["-", "*", "+", ">"].contains(first) {
            index = 1
        } else {
            return 0
        }
        guard index < scalars.count, scalars[index] == " " else { return 0 }
        return index + 1
    }
}

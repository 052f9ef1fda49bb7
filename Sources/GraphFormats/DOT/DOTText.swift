import Foundation
import StrategyModel

/// How model labels are written as Graphviz label strings and read back.
///
/// Graphviz labels are escString: `\n` (backslash, n) is a centred line break and a
/// backslash must be doubled. Labels are wrapped at spaces only, so reading replaces each
/// `\n` break by a space and recovers the label exactly.
package enum DOTLabel {
    /// `label` wrapped at spaces into lines of about `width` characters, escaped for Graphviz.
    package static func encode(_ label: String, wrapAt width: Int) -> String {
        let escaped = label.replacingOccurrences(of: "\\", with: "\\\\")
        guard width > 0, escaped.count > width else { return escaped }
        var lines: [String] = []
        var current: String?
        for word in escaped.split(separator: " ", omittingEmptySubsequences: false) {
            if let line = current, !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                current = String(word)
            } else {
                current = current.map { $0 + " " + word } ?? String(word)
            }
        }
        if let current { lines.append(current) }
        return lines.joined(separator: "\\n")
    }

    /// The model label from a Graphviz label string.
    package static func decode(_ text: String) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "n"?, "l"?, "r"?: result.append(" ")
            case let other?: result.append(other)
            case nil: result.append("\\")
            }
        }
        return result
    }
}

/// A list of strings in one DOT attribute (e.g. an inference's `basis`): a JSON array, so
/// any text round-trips.
package enum DOTList {
    package static func encode(_ items: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return (try? encoder.encode(items)).map { DOTJSON.safe(String(decoding: $0, as: UTF8.self)) } ?? "[]"
    }

    /// The list, or the whole text as one item when it is not a JSON array of strings.
    package static func decode(_ text: String) -> [String] {
        (try? JSONDecoder().decode([String].self, from: Data(text.utf8))) ?? [text]
    }
}

/// JSON carried in a DOT attribute. Graphviz 2.42's scanner reads `\\` inside a quoted
/// string as a pair, so a backslash right before a quote (JSON's `\"`) would end the DOT
/// string; writing that escape as `\u0022` keeps the JSON equal and the DOT readable.
package enum DOTJSON {
    package static func safe(_ json: String) -> String {
        var result = ""
        var iterator = json.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            switch iterator.next() {
            case "\""?: result += "\\u0022"
            case let other?: result.append("\\"); result.append(other)
            case nil: result.append("\\")
            }
        }
        return result
    }
}

/// The circle's metadata, rings and sectors as JSON, carried in the DOT graph attribute
/// `strategycircle` so a DOT file keeps what a plain graph cannot say.
package struct CircleHeader: Codable {
    package struct Division: Codable {
        package var id: String
        package var label: String
        package var label_en: String?
    }

    package var title: String?
    package var title_en: String?
    package var source: String?
    package var notes: String?
    package var rings: [Division]
    package var sectors: [Division]

    package init(_ circle: StrategyCircle) {
        title = circle.metadata.title
        title_en = circle.metadata.titleEN
        source = circle.metadata.source
        notes = circle.metadata.notes
        rings = circle.rings.map { Division(id: $0.id, label: $0.label, label_en: $0.labelEN) }
        sectors = circle.sectors.map { Division(id: $0.id, label: $0.label, label_en: $0.labelEN) }
    }

    /// A header with a title only (formats that hold no rings or sectors).
    package init(title: String) {
        self.title = title
        rings = []
        sectors = []
    }

    package var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { DOTJSON.safe(String(decoding: $0, as: UTF8.self)) } ?? "{}"
    }
}

/// What Graphviz 2.42's DOT scanner cannot read back exactly from a quoted string: it reads
/// `\"` as a quote, a backslash before a line break as a line continuation, and a final
/// backslash as escaping the closing quote.
package enum DOTQuoting {
    /// Why `text` cannot be written as a DOT quoted string and read back equal, or nil.
    package static func problem(_ text: String) -> String? {
        if text.contains("\u{0}") { return "it holds a NUL character" }
        if text.hasSuffix("\\") { return "it ends with a backslash" }
        if text.contains("\\\"") { return "it holds a backslash before a double quote" }
        if text.contains("\\\n") || text.contains("\\\r") { return "it holds a backslash before a line break" }
        return nil
    }
}

/// Finds where a node, an edge or an attribute stands in DOT text, so that problems the
/// model finds after Graphviz parsed the file (which keeps no positions) still name a line
/// and column: the first place the node's id stands as a token, the first line that joins
/// the two ids with `->` or `--`, the first `key=` at or after a place.
struct DOTLocator: AttributeLocating {
    let file: String
    private let lines: [Substring]

    init(_ text: String, file: String) {
        self.file = file
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// Where `id` first stands as a token (quoted, or bare between non-word characters).
    func node(_ id: String) -> SourceLocation {
        for (index, line) in lines.enumerated() {
            if let column = column(of: id, in: line) { return SourceLocation(file: file, line: index + 1, column: column) }
        }
        return .wholeFile(file)
    }

    /// Where the edge `from → to` is written, or failing that where `from` stands.
    func edge(_ from: String, _ to: String) -> SourceLocation {
        for (index, line) in lines.enumerated() where line.contains("->") || line.contains("--") {
            if let start = column(of: from, in: line), let end = column(of: to, in: line), start < end {
                let between = line.dropFirst(start).prefix(end - start)
                if between.contains("->") || between.contains("--") {
                    return SourceLocation(file: file, line: index + 1, column: start)
                }
            }
        }
        return node(from)
    }

    /// Where `key=` first stands at or after `place` (same or later lines), else `place`.
    func attribute(_ key: String, after place: SourceLocation) -> SourceLocation {
        guard place.line > 0 else { return place }
        for index in (place.line - 1)..<lines.count {
            let line = lines[index]
            for pattern in ["\"\(key)\"", key] {
                var search = line.startIndex
                while let range = line[search...].range(of: pattern) {
                    let rest = line[range.upperBound...].drop { $0 == " " }
                    let before = range.lowerBound == line.startIndex ? " " : line[line.index(before: range.lowerBound)]
                    if rest.first == "=", !(before.isLetter || before.isNumber || before == "_") {
                        return SourceLocation(file: file, line: index + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                    }
                    search = range.upperBound
                }
            }
        }
        return place
    }

    private func column(of id: String, in line: Substring) -> Int? {
        let quoted = "\"" + id.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        if let range = line.range(of: quoted) { return line.distance(from: line.startIndex, to: range.lowerBound) + 1 }
        var search = line.startIndex
        while let range = line[search...].range(of: id) {
            let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
            let after = range.upperBound == line.endIndex ? nil : line[range.upperBound]
            func isWord(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." } ?? false }
            if !isWord(before), !isWord(after), before != "\"" {
                return line.distance(from: line.startIndex, to: range.lowerBound) + 1
            }
            search = range.upperBound
        }
        return nil
    }
}

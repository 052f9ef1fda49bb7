/// How model labels are written as Graphviz label strings and read back.
///
/// Graphviz labels are escString: `\n` (backslash, n) is a centred line break and a
/// backslash must be doubled. Labels are wrapped at spaces only, so reading replaces each
/// `\n` break by a space and recovers the label exactly.
enum DOTLabel {
    /// `label` wrapped at spaces into lines of about `width` characters, escaped for Graphviz.
    static func encode(_ label: String, wrapAt width: Int) -> String {
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
    static func decode(_ text: String) -> String {
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

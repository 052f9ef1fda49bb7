extension StringProtocol {
    /// The text without leading and trailing whitespace (Unicode's definition). Text that
    /// starts and ends with a visible ASCII character (every id of a large edge list) is
    /// returned as it is without asking Unicode's tables.
    package var trimmedWhitespace: String {
        let text = String(self)
        if let head = text.utf8.first, let tail = text.utf8.last, head > 0x20, head < 0x7F, tail > 0x20, tail < 0x7F {
            return text
        }
        guard let first = text.first, let last = text.last, first.isWhitespace || last.isWhitespace else { return text }
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace (Unicode's definition).
    package var trimmedWhitespace: String {
        guard let first, let last, first.isWhitespace || last.isWhitespace else { return String(self) }
        return String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

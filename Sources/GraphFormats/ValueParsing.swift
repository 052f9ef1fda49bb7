import StrategyModel

/// Parsing of the values every reader shares.
enum ValueParsing {
    /// A decimal number, also YAML's `.inf`/`.nan` spellings (so the model can reject them
    /// with a precise message). Nil when the text is not a number.
    static func number(_ text: String) -> Double? {
        if let value = Double(text) { return value }
        let trimmed = text.trimmedWhitespace
        switch trimmed.lowercased() {
        case ".inf", "+.inf": return .infinity
        case "-.inf": return -.infinity
        case ".nan": return .nan
        default: return Double(trimmed)
        }
    }

    /// Exact powers of ten a double holds: 10⁰ … 10²².
    private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// The common plain decimals (`[+-]digits[.digits]`, at most 19 digits) read straight
    /// from UTF-8 bytes, correctly rounded; nil for anything else, which the caller reads
    /// with `number(_:)`.
    ///
    /// Clinger's fast path (W. D. Clinger, "How to read floating point numbers accurately",
    /// PLDI 1990): when the digits as an integer m are at most 2⁵³ and the fraction has
    /// k ≤ 22 digits, m and 10ᵏ are exact doubles and one IEEE division m / 10ᵏ is the
    /// correctly rounded value, the same bits `Double(String)` gives.
    static func plainDecimal(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var offset = bytes.startIndex
        let end = bytes.endIndex
        guard offset < end else { return nil }
        var negative = false
        if bytes[offset] == UInt8(ascii: "-") || bytes[offset] == UInt8(ascii: "+") {
            negative = bytes[offset] == UInt8(ascii: "-")
            offset += 1
        }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var seenPoint = false
        var digitsBeforePoint = 0
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
                digitsBeforePoint = digits
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                guard digits < 19 else { return nil }
                mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                digits += 1
                if seenPoint { fractionDigits += 1 }
            } else {
                return nil
            }
            offset += 1
        }
        guard digits > 0, !seenPoint || (digitsBeforePoint > 0 && fractionDigits > 0),
              mantissa <= 1 << 53, fractionDigits <= 22 else { return nil }
        let magnitude = Double(mantissa) / exactPowersOfTen[fractionDigits]
        return negative ? -magnitude : magnitude
    }
}

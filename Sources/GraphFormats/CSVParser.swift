import StrategyModel

/// An RFC 4180 record splitter over UTF-8 bytes (comma separator, `"` quoting with `""` as an
/// escaped quote, CRLF, LF or lone CR line ends) that remembers where each field starts.
///
/// Fields are byte ranges into the one buffer the parser holds (`RawField`); text is made
/// only when asked for (`text(of:)`, `nextRecord()`), so a large edge list is split without
/// a String per field. Positions are byte offsets, turned into line and column only for a
/// message.
struct CSVParser {
    /// A field's start: its line and byte offsets (of the field and of its line).
    struct Position {
        var line: Int32
        var offset: Int32
        var lineStart: Int32
    }

    /// A field as bytes: `content` excludes the enclosing quotes; `escaped` says the content
    /// holds `""` pairs that stand for one quote each.
    struct RawField {
        var content: Range<Int>
        var escaped: Bool
        var position: Position
    }

    /// A field with its text made.
    struct Field {
        var text: String
        var position: Position
    }

    let bytes: [UInt8]
    let file: String
    private var index: Int
    private var line = 1
    private var lineStart: Int

    /// A parser over `bytes` from `start` (past a byte-order mark, say); the bytes must be
    /// valid UTF-8 (`TextDecoding`).
    init(utf8 bytes: [UInt8], from start: Int = 0, file: String) {
        self.bytes = bytes
        self.file = file
        self.index = start
        self.lineStart = start
    }

    init(text: String, file: String) { self.init(utf8: Array(text.utf8), file: file) }

    /// The fields of the row that starts at `position` (a record's first field), split
    /// again; nil when that row no longer splits.
    func fields(ofRowAt position: Position) -> [RawField]? {
        var again = self
        again.index = Int(position.offset)
        again.line = Int(position.line)
        again.lineStart = Int(position.lineStart)
        var fields: [RawField] = []
        do {
            guard try again.nextRecord(into: &fields) else { return nil }
        } catch {
            return nil
        }
        return fields
    }

    /// Line and column (counting Unicode scalars) of a position.
    func location(of position: Position) -> SourceLocation {
        var column = 1
        var offset = Int(position.lineStart)
        while offset < Int(position.offset) && offset < bytes.count {
            if bytes[offset] & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
        return SourceLocation(file: file, line: Int(position.line), column: column)
    }

    func location(of field: Field) -> SourceLocation { location(of: field.position) }
    func location(of field: RawField) -> SourceLocation { location(of: field.position) }

    /// The text of a field, with `""` pairs read as one quote.
    func text(of field: RawField) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            let content = buffer[field.content]
            guard field.escaped else { return String(decoding: content, as: UTF8.self) }
            var value: [UInt8] = []
            value.reserveCapacity(content.count)
            var offset = content.startIndex
            while offset < content.endIndex {
                value.append(content[offset])
                offset += content[offset] == UInt8(ascii: "\"") ? 2 : 1
            }
            return String(decoding: value, as: UTF8.self)
        }
    }

    /// True when the field holds no bytes.
    func isEmpty(_ field: RawField) -> Bool { field.content.isEmpty }

    /// True when the field holds only whitespace (or nothing).
    func isBlank(_ field: RawField) -> Bool { field.content.isEmpty || text(of: field).trimmedWhitespace.isEmpty }

    private var here: Position { Position(line: Int32(truncatingIfNeeded: line), offset: Int32(truncatingIfNeeded: index),
                                          lineStart: Int32(truncatingIfNeeded: lineStart)) }

    /// The next record with each field's text, or nil at the end of the input.
    mutating func nextRecord() throws(CircleLoadError) -> [Field]? {
        var raw: [RawField] = []
        guard try nextRecord(into: &raw) else { return nil }
        return raw.map { Field(text: text(of: $0), position: $0.position) }
    }

    /// Reads the next record's fields into `fields` (emptied first, its storage reused);
    /// false at the end of the input.
    mutating func nextRecord(into fields: inout [RawField]) throws(CircleLoadError) -> Bool {
        fields.removeAll(keepingCapacity: true)
        guard index < bytes.count else { return false }
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        while true {
            let startPosition = here
            if index < bytes.count, bytes[index] == quote {
                index += 1
                let start = index
                var escaped = false
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
                            escaped = true
                            index += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    if byte == 0x0A {
                        line += 1
                        lineStart = index + 1
                    }
                    index += 1
                }
                guard closed else {
                    throw CircleLoadError(.invalidData, "unterminated quoted field", at: location(of: startPosition))
                }
                fields.append(RawField(content: start..<index, escaped: escaped, position: startPosition))
                index += 1
                if index < bytes.count, bytes[index] != comma, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    throw CircleLoadError(.invalidData, "unexpected text after a closing quote", at: location(of: here))
                }
            } else {
                let start = index
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == comma || byte == 0x0A || byte == 0x0D { break }
                    if byte == quote {
                        throw CircleLoadError(.invalidData, "a quote inside an unquoted field (quote the whole field)",
                                              at: location(of: here))
                    }
                    index += 1
                }
                fields.append(RawField(content: start..<index, escaped: false, position: startPosition))
            }
            if index < bytes.count, bytes[index] == comma {
                index += 1
                continue
            }
            // End of record: CRLF, LF, lone CR, or end of input.
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            line += 1
            lineStart = index
            return true
        }
    }
}

extension CSVParser {
    /// A side file's header row: the position of each required column, each given as the
    /// names it may go by (case and surrounding spaces ignored). Throws when the file is empty
    /// or a column is missing, naming `what` needs and what the header holds.
    mutating func header(of what: String, requiring required: [[String]]) throws(CircleLoadError)
        -> (width: Int, columns: [Int])
    {
        let start = SourceLocation(file: file, line: 1, column: 1)
        guard let header = try nextRecord() else { throw CircleLoadError(.invalidData, "the file is empty", at: start) }
        let names = header.map { $0.text.trimmedWhitespace.lowercased() }
        let columns = required.compactMap { accepted in names.firstIndex(where: accepted.contains) }
        guard columns.count == required.count else {
            let wanted = required.map { "'\($0[0])'" }
            let list = wanted.dropLast().joined(separator: ", ") + " and " + (wanted.last ?? "")
            throw CircleLoadError(.invalidData, "\(what) needs a header with \(list) columns; found '"
                + header.map(\.text).joined(separator: ",") + "'", at: start)
        }
        return (header.count, columns)
    }

    /// The next record that is not blank; one too short to reach every column in `columns`
    /// is reported in `diagnostics` and skipped.
    mutating func nextRow(reaching columns: [Int], width: Int,
                          diagnostics: inout [Diagnostic]) throws(CircleLoadError) -> [Field]? {
        while let record = try nextRecord() {
            if record.count == 1 && record[0].text.trimmedWhitespace.isEmpty { continue }
            guard columns.allSatisfy(record.indices.contains) else {
                diagnostics.append(Diagnostic("expected \(width) fields, found \(record.count)", at: location(of: record[0])))
                continue
            }
            return record
        }
        return nil
    }
}

import StrategyModel

/// Reads a plain CSV edge list (RFC 4180: comma separator, `"` quoting with `""` as an
/// escaped quote, CRLF or LF line ends, UTF-8) into a circle without rings or sectors.
///
/// The header row names the columns, case-insensitively: `source` and `target` (or `from`
/// and `to`) are required; `weight` (default 1), `sign` (`+`/`-`, default +) and `kind` are
/// optional; other columns (Gephi's `Id`, `Type`, `Label`, …) are ignored. Nodes are
/// created in the order they first appear. A blank line is skipped.
///
/// - Complexity: one pass over the bytes; O(n + m) memory.
public enum CSVEdgeListReader {
    public static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        var parser = CSVParser(text: text, file: file)
        var diagnostics: [Diagnostic] = []

        guard let header = try parser.nextRecord() else {
            throw CircleLoadError(.invalidData, "the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let names = header.map { $0.text.trimmingWhitespace().lowercased() }
        func column(_ candidates: String...) -> Int? { names.firstIndex(where: candidates.contains) }
        guard let sourceColumn = column("source", "from"), let targetColumn = column("target", "to") else {
            let found = header.map(\.text).joined(separator: ",")
            throw CircleLoadError(.invalidData,
                                  "a CSV edge list needs a header naming 'source' and 'target' columns; found '\(found)'",
                                  at: SourceLocation(file: file, line: 1, column: 1))
        }
        let weightColumn = column("weight")
        let signColumn = column("sign")
        let kindColumn = column("kind")

        var nodes: [Node] = []
        var nodeIndex: [String: Int] = [:]
        var edges: [Edge] = []
        var locations = ElementLocations(file: file)

        func nodeID(_ field: CSVParser.Field, role: String) -> String? {
            let id = field.text.trimmingWhitespace()
            if id.isEmpty {
                diagnostics.append(Diagnostic("empty \(role) id", at: field.location))
                return nil
            }
            if nodeIndex[id] == nil {
                nodeIndex[id] = nodes.count
                nodes.append(Node(id: id))
                locations.nodes.append([.id: field.location])
                locations.nodeStarts.append(field.location)
            }
            return id
        }

        while true {
            let record: [CSVParser.Field]
            do throws(CircleLoadError) {
                guard let next = try parser.nextRecord() else { break }
                record = next
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
                break
            }
            if record.count == 1, record[0].text.allSatisfy(\.isWhitespace) { continue }
            guard record.count == header.count else {
                diagnostics.append(Diagnostic(
                    "expected \(header.count) fields as in the header, found \(record.count)",
                    at: record[0].location))
                continue
            }
            let from = nodeID(record[sourceColumn], role: "source")
            let to = nodeID(record[targetColumn], role: "target")
            var weight = 1.0
            if let weightColumn {
                let field = record[weightColumn]
                if let parsed = ValueParsing.number(field.text) {
                    weight = parsed
                } else {
                    diagnostics.append(Diagnostic("weight must be a number, got '\(field.text)'", at: field.location))
                    continue
                }
            }
            var sign = Sign.positive
            if let signColumn, !record[signColumn].text.isEmpty {
                let field = record[signColumn]
                if let parsed = ValueParsing.sign(field.text) {
                    sign = parsed
                } else {
                    diagnostics.append(Diagnostic(
                        "unknown sign '\(field.text)'; expected '+', '-', 'positive' or 'negative'", at: field.location))
                    continue
                }
            }
            let kind = kindColumn.map { EdgeKind(rawValue: record[$0].text) }
            guard let from, let to else { continue }
            edges.append(Edge(from: from, to: to, weight: weight, sign: sign,
                              kind: kind.flatMap { $0.rawValue.isEmpty ? nil : $0 } ?? .influences))
            var fieldLocations: [ModelIssue.EdgeField: SourceLocation] = [
                .whole: record[0].location, .from: record[sourceColumn].location, .to: record[targetColumn].location,
            ]
            if let weightColumn { fieldLocations[.weight] = record[weightColumn].location }
            locations.edges.append(fieldLocations)
        }

        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        do throws(ModelValidationError) {
            return try StrategyCircle(nodes: nodes, edges: edges)
        } catch {
            throw CircleLoadError(.invalidData, locations.diagnostics(for: error))
        }
    }
}

/// An RFC 4180 record splitter over UTF-8 bytes that remembers where each field starts.
struct CSVParser {
    struct Field {
        var text: String
        var location: SourceLocation
    }

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
    }

    private func location(at offset: Int) -> SourceLocation {
        // Columns count Unicode scalars: count the bytes that start a scalar.
        var column = 1
        var position = lineStart
        while position < offset {
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    /// The next record, or nil at the end of the input.
    mutating func nextRecord() throws(CircleLoadError) -> [Field]? {
        guard index < bytes.count else { return nil }
        var fields: [Field] = []
        while true {
            let start = index
            let startLocation = location(at: start)
            var text: String
            if index < bytes.count, bytes[index] == UInt8(ascii: "\"") {
                index += 1
                var value: [UInt8] = []
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") {
                        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\"") {
                            value.append(byte)
                            index += 2
                            continue
                        }
                        index += 1
                        closed = true
                        break
                    }
                    if byte == 0x0A {
                        line += 1
                        lineStart = index + 1
                    }
                    value.append(byte)
                    index += 1
                }
                guard closed else {
                    throw CircleLoadError(.invalidData, "unterminated quoted field", at: startLocation)
                }
                text = String(decoding: value, as: UTF8.self)
                if index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0A, bytes[index] != 0x0D {
                    throw CircleLoadError(.invalidData, "unexpected text after a closing quote",
                                          at: location(at: index))
                }
            } else {
                while index < bytes.count, bytes[index] != UInt8(ascii: ","), bytes[index] != 0x0A,
                      bytes[index] != 0x0D
                {
                    if bytes[index] == UInt8(ascii: "\"") {
                        throw CircleLoadError(.invalidData, "a quote inside an unquoted field (quote the whole field)",
                                              at: location(at: index))
                    }
                    index += 1
                }
                text = String(decoding: bytes[start..<index], as: UTF8.self)
            }
            fields.append(Field(text: text, location: startLocation))
            if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            // End of record: CRLF, LF, lone CR, or end of input.
            if index < bytes.count, bytes[index] == 0x0D { index += 1 }
            if index < bytes.count, bytes[index] == 0x0A { index += 1 }
            line += 1
            lineStart = index
            return fields
        }
    }
}

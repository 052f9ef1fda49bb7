import StrategyModel

/// Reads a plain CSV edge list (RFC 4180: comma separator, `"` quoting with `""` as an
/// escaped quote, CRLF or LF line ends, UTF-8) into a circle without rings or sectors.
///
/// The header row names the columns, case-insensitively: `source` and `target` (or `from`
/// and `to`) are required; `weight` (default 1), `sign` (`+`/`-`, default +), `kind`,
/// `evidence` (`stated`/`inferred`), `quote` and `inferred` (a reason) are optional; other columns (Gephi's `Id`, `Type`, `Label`, …) are ignored. Nodes are
/// created in the order they first appear. A blank line is skipped.
///
/// Positions are kept as byte offsets and turned into line and column only for a message,
/// so large files load at the speed of the byte scan.
///
/// - Complexity: one pass over the bytes; O(n + m) memory.
public enum CSVEdgeListReader {
    public static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        var parser = CSVParser(text: text, file: file)
        var diagnostics: [Diagnostic] = []

        guard let header = try parser.nextRecord() else {
            throw CircleLoadError(.invalidData, "the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let names = header.map { $0.text.trimmedWhitespace.lowercased() }
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
        let evidenceColumn = column("evidence")
        let quoteColumn = column("quote")
        let reasonColumn = column("inferred")

        var nodes: [Node] = []
        var nodeIndex: [String: Int] = [:]
        var edges: [Edge] = []
        var locations = CSVLocations(parser: parser)

        func nodeID(_ field: CSVParser.Field, role: String) -> String? {
            let id = field.text.trimmedWhitespace
            if id.isEmpty {
                diagnostics.append(Diagnostic("empty \(role) id", at: parser.location(of: field)))
                return nil
            }
            if nodeIndex[id] == nil {
                nodeIndex[id] = nodes.count
                nodes.append(Node(id: id))
                locations.nodes.append(field.position)
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
                    at: parser.location(of: record[0])))
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
                    diagnostics.append(Diagnostic("weight must be a number, got '\(field.text)'", at: parser.location(of: field)))
                    continue
                }
            }
            var sign = Sign.positive
            // Without a sign column, a negative weight is a signed weight (as FCM tools and
            // NetworkX write them): its magnitude is the weight, its sign the sign.
            if signColumn == nil { (weight, sign) = Sign.split(signedWeight: weight) }
            if let signColumn, !record[signColumn].text.isEmpty {
                let field = record[signColumn]
                if let parsed = Sign(parsing: field.text) {
                    sign = parsed
                } else {
                    diagnostics.append(Diagnostic(
                        "unknown sign '\(field.text)'; expected \(Sign.spellings)",
                        at: parser.location(of: field)))
                    continue
                }
            }
            guard let from, let to else { continue }
            var kind = EdgeKind.influences
            if let kindColumn, !record[kindColumn].text.isEmpty { kind = EdgeKind(rawValue: record[kindColumn].text) }
            func text(_ column: Int?) -> String? {
                column.map { record[$0].text }.flatMap { $0.isEmpty ? nil : $0 }
            }
            let quote = text(quoteColumn)
            let reason = text(reasonColumn)
            var evidence: Evidence = quote != nil ? .stated : (reason != nil ? .inferred : .unspecified)
            if let evidenceColumn, let declared = text(evidenceColumn) {
                let field = record[evidenceColumn]
                if let parsed = Evidence(rawValue: declared.lowercased()), parsed != .unspecified {
                    if evidence == .unspecified || evidence == parsed {
                        evidence = parsed
                    } else {
                        diagnostics.append(Diagnostic(
                            "evidence '\(declared)' contradicts the \(evidence == .stated ? "quote" : "inferred reason") "
                                + "in this row; drop one of them", at: parser.location(of: field)))
                    }
                } else {
                    diagnostics.append(Diagnostic("unknown evidence '\(declared)'; expected 'stated' or 'inferred'",
                                                  at: parser.location(of: field)))
                }
            }
            if quote != nil && reason != nil, let reasonColumn {
                diagnostics.append(Diagnostic("give either a quote (stated) or an inferred reason, not both",
                                              at: parser.location(of: record[reasonColumn])))
            }
            edges.append(Edge(from: from, to: to, weight: weight, sign: sign, kind: kind,
                              provenance: Provenance(evidence: evidence, quote: quote, reason: reason)))
            locations.edges.append(CSVLocations.EdgePositions(
                row: record[0].position, from: record[sourceColumn].position, to: record[targetColumn].position,
                weight: weightColumn.map { record[$0].position }))
        }

        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        do throws(ModelValidationError) {
            return try StrategyCircle(nodes: nodes, edges: edges)
        } catch {
            throw CircleLoadError(.invalidData, locations.diagnostics(for: error))
        }
    }
}

/// Where the CSV reader met each node and edge, as compact positions.
struct CSVLocations: ElementLocating {
    struct EdgePositions {
        var row: CSVParser.Position
        var from: CSVParser.Position
        var to: CSVParser.Position
        var weight: CSVParser.Position?
    }

    let parser: CSVParser
    var file: String { parser.file }
    var nodes: [CSVParser.Position] = []
    var edges: [EdgePositions] = []

    init(parser: CSVParser) { self.parser = parser }

    func location(of subject: ModelIssue.Subject) -> SourceLocation {
        switch subject {
        case let .node(index, _) where nodes.indices.contains(index):
            return parser.location(of: nodes[index])
        case let .edge(index, field) where edges.indices.contains(index):
            let positions = edges[index]
            switch field {
            case .whole: return parser.location(of: positions.row)
            case .from: return parser.location(of: positions.from)
            case .to: return parser.location(of: positions.to)
            case .weight: return parser.location(of: positions.weight ?? positions.row)
            case .doubt, .drawnBy: return parser.location(of: positions.row)
            }
        default:
            return .wholeFile(file)
        }
    }
}

/// An RFC 4180 record splitter over UTF-8 bytes that remembers where each field starts.
struct CSVParser {
    /// A field's start: its line and byte offsets (of the field and of its line).
    struct Position {
        var line: Int32
        var offset: Int32
        var lineStart: Int32
    }

    struct Field {
        var text: String
        var position: Position
    }

    private let bytes: [UInt8]
    let file: String
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(text: String, file: String) {
        self.bytes = Array(text.utf8)
        self.file = file
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

    private var here: Position { Position(line: Int32(truncatingIfNeeded: line), offset: Int32(truncatingIfNeeded: index),
                                          lineStart: Int32(truncatingIfNeeded: lineStart)) }

    /// The next record, or nil at the end of the input.
    mutating func nextRecord() throws(CircleLoadError) -> [Field]? {
        guard index < bytes.count else { return nil }
        var fields: [Field] = []
        fields.reserveCapacity(4)
        let quote = UInt8(ascii: "\"")
        let comma = UInt8(ascii: ",")
        while true {
            let start = index
            let startPosition = here
            let text: String
            if index < bytes.count, bytes[index] == quote {
                index += 1
                var value: [UInt8] = []
                var closed = false
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == quote {
                        if index + 1 < bytes.count, bytes[index + 1] == quote {
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
                    throw CircleLoadError(.invalidData, "unterminated quoted field", at: location(of: startPosition))
                }
                text = String(decoding: value, as: UTF8.self)
                if index < bytes.count, bytes[index] != comma, bytes[index] != 0x0A, bytes[index] != 0x0D {
                    throw CircleLoadError(.invalidData, "unexpected text after a closing quote", at: location(of: here))
                }
            } else {
                while index < bytes.count {
                    let byte = bytes[index]
                    if byte == comma || byte == 0x0A || byte == 0x0D { break }
                    if byte == quote {
                        throw CircleLoadError(.invalidData, "a quote inside an unquoted field (quote the whole field)",
                                              at: location(of: here))
                    }
                    index += 1
                }
                text = bytes.withUnsafeBufferPointer { String(decoding: $0[start..<index], as: UTF8.self) }
            }
            fields.append(Field(text: text, position: startPosition))
            if index < bytes.count, bytes[index] == comma {
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

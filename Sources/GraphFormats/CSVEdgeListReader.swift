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
        try read(utf8: Array(text.utf8), from: 0, file: file)
    }

    /// Reads the edge list from UTF-8 bytes that `TextDecoding` has checked, starting at
    /// `start` (past a byte-order mark).
    static func read(utf8 bytes: [UInt8], from start: Int, file: String) throws(CircleLoadError) -> StrategyCircle {
        var parser = CSVParser(utf8: bytes, from: start, file: file)
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

        // The line count bounds the rows and sizes the edge arrays once.
        let expectedRows = bytes[start...].reduce(into: 0) { count, byte in if byte == 0x0A { count += 1 } }
        var nodes: [Node] = []
        var nodeIDs: [String] = []
        var ids = ByteInterner()
        var edges: [Edge] = []
        edges.reserveCapacity(expectedRows)
        var sources: [Int32] = []
        var targets: [Int32] = []
        sources.reserveCapacity(expectedRows)
        targets.reserveCapacity(expectedRows)
        var locations = CSVLocations(parser: parser, columns: (sourceColumn, targetColumn, weightColumn))
        locations.edgeRows.reserveCapacity(expectedRows)

        /// The node a field names, made on first sight; nil (and a diagnostic) when empty.
        func node(_ field: CSVParser.RawField, role: String) -> Int? {
            let found: (index: Int, isNew: Bool)
            var id: String?
            if let key = asciiTrimmed(field, in: bytes) {
                if key.isEmpty {
                    diagnostics.append(Diagnostic("empty \(role) id", at: parser.location(of: field)))
                    return nil
                }
                found = bytes.withUnsafeBufferPointer { ids.intern(UnsafeBufferPointer(rebasing: $0[key])) }
                if found.isNew { id = bytes.withUnsafeBufferPointer { String(decoding: $0[key], as: UTF8.self) } }
            } else {
                let text = parser.text(of: field).trimmedWhitespace
                if text.isEmpty {
                    diagnostics.append(Diagnostic("empty \(role) id", at: parser.location(of: field)))
                    return nil
                }
                found = ids.intern(text)
                id = text
            }
            if found.isNew, let id {
                nodes.append(Node(id: id))
                nodeIDs.append(id)
                locations.nodes.append(field.position)
            }
            return found.index
        }

        var record: [CSVParser.RawField] = []
        while true {
            do throws(CircleLoadError) {
                guard try parser.nextRecord(into: &record) else { break }
            } catch {
                diagnostics.append(contentsOf: error.diagnostics)
                break
            }
            if record.count == 1, parser.isBlank(record[0]) { continue }
            guard record.count == header.count else {
                diagnostics.append(Diagnostic(
                    "expected \(header.count) fields as in the header, found \(record.count)",
                    at: parser.location(of: record[0])))
                continue
            }
            let from = node(record[sourceColumn], role: "source")
            let to = node(record[targetColumn], role: "target")
            var weight = 1.0
            if let weightColumn {
                let field = record[weightColumn]
                if let parsed = bytes.withUnsafeBufferPointer({ ValueParsing.plainDecimal($0[field.content]) })
                    ?? ValueParsing.number(parser.text(of: field))
                {
                    weight = parsed
                } else {
                    diagnostics.append(Diagnostic("weight must be a number, got '\(parser.text(of: field))'",
                                                  at: parser.location(of: field)))
                    continue
                }
            }
            var sign = Sign.positive
            // Without a sign column, a negative weight is a signed weight (as FCM tools and
            // NetworkX write them): its magnitude is the weight, its sign the sign.
            if signColumn == nil { (weight, sign) = Sign.split(signedWeight: weight) }
            if let signColumn, !parser.isEmpty(record[signColumn]) {
                let field = record[signColumn]
                if let parsed = oneByteSign(field, in: bytes) ?? Sign(parsing: parser.text(of: field)) {
                    sign = parsed
                } else {
                    diagnostics.append(Diagnostic(
                        "unknown sign '\(parser.text(of: field))'; expected \(Sign.spellings)",
                        at: parser.location(of: field)))
                    continue
                }
            }
            guard let from, let to else { continue }
            func text(_ column: Int?) -> String? {
                guard let column, !parser.isEmpty(record[column]) else { return nil }
                return parser.text(of: record[column])
            }
            let kind = text(kindColumn).map(EdgeKind.init(rawValue:)) ?? .influences
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
            let provenance = evidence == .unspecified ? Provenance.unspecified
                : Provenance(evidence: evidence, quote: quote, reason: reason)
            edges.append(Edge(from: nodeIDs[from], to: nodeIDs[to], weight: weight, sign: sign, kind: kind,
                              provenance: provenance))
            sources.append(Int32(from))
            targets.append(Int32(to))
            locations.edgeRows.append(record[0].position)
        }

        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        do throws(ModelValidationError) {
            return try StrategyCircle(nodes: nodes, edges: edges, endpoints: (sources, targets))
        } catch {
            throw CircleLoadError(.invalidData, locations.diagnostics(for: error))
        }
    }

    /// The field's bytes without surrounding ASCII whitespace, or nil when the field needs
    /// the text path: it holds escaped quotes, or starts or ends with a non-ASCII byte that
    /// may be Unicode whitespace.
    private static func asciiTrimmed(_ field: CSVParser.RawField, in bytes: [UInt8]) -> Range<Int>? {
        guard !field.escaped else { return nil }
        var lower = field.content.lowerBound
        var upper = field.content.upperBound
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        if lower < upper, bytes[lower] >= 0x80 || bytes[upper - 1] >= 0x80 { return nil }
        return lower..<upper
    }

    /// `+` or `-` written as one byte; nil for any other spelling.
    private static func oneByteSign(_ field: CSVParser.RawField, in bytes: [UInt8]) -> Sign? {
        guard field.content.count == 1 else { return nil }
        switch bytes[field.content.lowerBound] {
        case UInt8(ascii: "+"): return .positive
        case UInt8(ascii: "-"): return .negative
        default: return nil
        }
    }
}

/// Where the CSV reader met each node and edge: a node's first field, and the start of each
/// edge's row (its fields are found again by splitting that row when a message needs them,
/// so a large file keeps 12 bytes an edge for its messages).
struct CSVLocations: ElementLocating {
    let parser: CSVParser
    /// The source, target and weight columns.
    let columns: (source: Int, target: Int, weight: Int?)
    var file: String { parser.file }
    var nodes: [CSVParser.Position] = []
    var edgeRows: [CSVParser.Position] = []

    init(parser: CSVParser, columns: (source: Int, target: Int, weight: Int?)) {
        self.parser = parser
        self.columns = columns
    }

    func location(of subject: ModelIssue.Subject) -> SourceLocation {
        switch subject {
        case let .node(index, _) where nodes.indices.contains(index):
            return parser.location(of: nodes[index])
        case let .edge(index, field) where edgeRows.indices.contains(index):
            let row = edgeRows[index]
            let column: Int?
            switch field {
            case .whole, .doubt, .drawnBy: column = nil
            case .from: column = columns.source
            case .to: column = columns.target
            case .weight: column = columns.weight
            }
            guard let column, let fields = parser.fields(ofRowAt: row), fields.indices.contains(column) else {
                return parser.location(of: row)
            }
            return parser.location(of: fields[column])
        default:
            return .wholeFile(file)
        }
    }
}

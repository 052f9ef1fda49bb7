/// The file formats a circle is read from and written to (docs/FILE-FORMAT.md,
/// docs/INTEROPERABILITY.md).
public enum CircleFormat: String, Sendable, CaseIterable {
    /// The circle file: rings, sectors, nodes, edges (the primary, hand-edited format).
    case yaml
    /// The circle file's structure written as JSON.
    case json
    /// A plain edge list: header `source,target` with optional `weight`, `sign`, `kind`.
    case csv
    /// Graphviz DOT, read through Graphviz's own parser (`GraphvizBridge.DOTParser`).
    case dot
    /// GraphML (NetworkX, igraph, Gephi, yEd, Cytoscape).
    case graphml
    /// GEXF (Gephi).
    case gexf
    /// Node-link JSON (NetworkX `node_link_data`, d3).
    case nodelink
    /// A square adjacency matrix as CSV (MICMAC, DEMATEL, FCM tools, Mental Modeler).
    case matrix
    /// Kumu's JSON (elements and connections).
    case kumu

    /// The format a file name's extension names, if any (`.json` and `.csv` are the circle
    /// JSON and the edge list; their content can say otherwise, see `load`).
    public init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        switch path[path.index(after: dot)...].lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        case "dot", "gv": self = .dot
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        default: return nil
        }
    }

    /// Guesses the format of a text: XML by its root tag (GraphML or GEXF); JSON by
    /// its keys (Kumu's `connections`, node-link's `target`, else the circle's); DOT by
    /// `digraph`, `graph` or `strict`; CSV by a first line with commas that names `source` or
    /// `from` (an edge list) or starts with an empty cell (a matrix); anything else is YAML.
    public static func sniff(_ text: Substring) -> CircleFormat {
        let trimmed = text.drop(while: { $0.isWhitespace })
        if trimmed.first == "<" {
            let head = trimmed.prefix(4096)
            return head.contains("<gexf") ? .gexf : .graphml
        }
        if trimmed.first == "{" || trimmed.first == "[" { return refineJSON(trimmed) }
        let firstWord = trimmed.prefix(while: { $0.isLetter }).lowercased()
        if ["digraph", "graph", "strict"].contains(firstWord) { return .dot }
        let firstLine = trimmed.prefix(while: { $0 != "\n" && $0 != "\r" }).lowercased()
        if firstLine.contains(",") {
            if AdjacencyMatrixCSV.looksLikeMatrix(String(firstLine)) { return .matrix }
            if firstLine.contains("source") || firstLine.contains("from") { return .csv }
        }
        return .yaml
    }

    /// Which JSON a `.json` text is.
    static func refineJSON(_ text: Substring) -> CircleFormat {
        if text.contains("\"connections\"") && text.contains("\"elements\"") { return .kumu }
        if text.contains("\"target\"") || text.contains("\"links\"") { return .nodelink }
        return .json
    }

    /// What the format can hold, beyond ids, weights and signs, which every format holds.
    public var holds: Set<CircleFeature> {
        let all = Set(CircleFeature.allCases)
        let circleFileOnly: Set<CircleFeature> = [.weightDoubt, .workshop]
        switch self {
        case .yaml, .json: return all
        case .dot, .graphml, .nodelink: return all.subtracting(circleFileOnly)
        case .gexf: return all.subtracting([.divisionLabels, .furtherMetadata]).subtracting(circleFileOnly)
        case .kumu: return all.subtracting([.divisionLabels, .title, .furtherMetadata, .direction]).subtracting(circleFileOnly)
        case .csv: return [.edgeEvidence, .kinds, .edgeOrder]
        case .matrix: return [.nodesWithoutEdges]
        }
    }

    /// The format's name in messages.
    public var displayName: String {
        switch self {
        case .yaml: "the circle file (YAML)"
        case .json: "the circle file as JSON"
        case .csv: "a CSV edge list"
        case .dot: "DOT"
        case .graphml: "GraphML"
        case .gexf: "GEXF"
        case .nodelink: "node-link JSON"
        case .matrix: "an adjacency-matrix CSV"
        case .kumu: "Kumu JSON"
        }
    }
}

/// What a circle may carry beyond ids, weights and signs; formats hold some of it.
public enum CircleFeature: String, Sendable, CaseIterable {
    /// Node labels (without them a node's label is its id).
    case labels
    /// English labels of nodes.
    case englishLabels
    /// Which ring and sector a node is on (and the ids of rings and sectors).
    case ringsAndSectors
    /// The labels of rings and sectors and their declared order.
    case divisionLabels
    /// Excluded nodes (without it every node is active).
    case status
    /// Nodes' evidence: stated with a quote, or inferred with a reason.
    case nodeEvidence
    /// Edges' evidence: stated with a quote, or inferred with a reason.
    case edgeEvidence
    /// The sentences an inference rests on, the claim's wording, placement reasons.
    case evidenceDetails
    /// Edge kinds (supports, enables, …).
    case kinds
    /// The circle's title.
    case title
    /// The English title, the source and the notes.
    case furtherMetadata
    /// Nodes without any edge.
    case nodesWithoutEdges
    /// Whether the circle is undirected.
    case direction
    /// The order of the edges (a matrix holds them row by row).
    case edgeOrder
    /// Weight ranges and confidences (`WeightDoubt`).
    case weightDoubt
    /// A merged circle's participants and who drew each edge.
    case workshop
}

/// Turns the bytes of an input file into text, or says why they are not a text file.
enum TextDecoding {
    /// Decodes UTF-8 (dropping a byte-order mark). Rejects empty input, NUL bytes and
    /// invalid UTF-8, naming the line and column of the first bad byte.
    static func decode(_ bytes: [UInt8], file: String) throws(CircleLoadError) -> String {
        let body = try validatedBody(bytes, file: file)
        // Validated: the standard decoder makes the String without replacing anything.
        return String(decoding: bytes[body], as: UTF8.self)
    }

    /// The range of `bytes` past a byte-order mark, once checked to be UTF-8 without NUL
    /// bytes and not blank; otherwise throws naming the line and column of the first bad byte.
    static func validatedBody(_ bytes: [UInt8], file: String) throws(CircleLoadError) -> Range<Int> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw CircleLoadError(.invalidData, "the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        // Fast paths: ASCII without NUL, eight bytes at a time; else the standard library's
        // validation, and no NUL byte.
        if isASCIIWithoutNUL(body) { return body.indices }
        if !body.contains(0), String(validating: body, as: UTF8.self) != nil { return body.indices }
        try reportFirstBadByte(body, file: file)
        return body.indices
    }

    /// True when every byte is in 1...127.
    private static func isASCIIWithoutNUL(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            let high: UInt64 = 0x8080_8080_8080_8080
            let low: UInt64 = 0x0101_0101_0101_0101
            var bad: UInt64 = 0
            for word in 0..<words {
                let value = raw.loadUnaligned(fromByteOffset: word * 8, as: UInt64.self)
                // A zero byte makes (value - low) & ~value set that byte's high bit.
                bad |= value | ((value &- low) & ~value)
            }
            guard bad & high == 0 else { return false }
            return raw[(words * 8)...].allSatisfy { $0 != 0 && $0 < 0x80 }
        }
    }

    /// Throws naming the first NUL or non-UTF-8 byte, or the whole file when the standard
    /// decoder alone rejects it (overlong and surrogate forms).
    private static func reportFirstBadByte(_ body: ArraySlice<UInt8>, file: String) throws(CircleLoadError) {
        // Slow path: find the first bad byte to name its line and column.
        var line = 1
        var column = 1
        var index = body.startIndex
        while index < body.endIndex {
            let byte = body[index]
            let length: Int
            switch byte {
            case 0x00:
                length = 0
            case 0x01...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: length = 0
            }
            var valid = length > 0 && index + length <= body.endIndex
            if valid, length > 1 {
                valid = body[(index + 1)..<(index + length)].allSatisfy { $0 & 0xC0 == 0x80 }
            }
            guard valid else {
                let what = byte == 0 ? "a NUL byte" : "a byte that is not UTF-8"
                throw CircleLoadError(.invalidData,
                                      "not a text file: \(what) (expected UTF-8 YAML, JSON or CSV)",
                                      at: SourceLocation(file: file, line: line, column: column))
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        // Validated above; the standard decoder also rejects overlong and surrogate forms.
        throw CircleLoadError(.invalidData, "not a text file: invalid UTF-8", at: .wholeFile(file))
    }
}

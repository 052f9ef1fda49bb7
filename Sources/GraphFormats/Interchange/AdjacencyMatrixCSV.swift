import Foundation
import StrategyModel

/// The square adjacency matrix MICMAC, DEMATEL and FCM tools (Mental Modeler, FCMpy)
/// exchange as CSV: a header row of node ids (its first cell empty), then one
/// row per node, its id first; M[i][j] is the edge i → j. An empty cell or 0 is no edge; a
/// number is a signed weight: its magnitude is the weight, its sign the sign (so FCM weights
/// in [−1, 1] and MICMAC's 0–3 both read as written). Rows may come in another order than
/// the columns, but every id must head one row and one column.
enum AdjacencyMatrixCSV {
    /// Whether a CSV header row is a matrix's: its first cell is empty (as pandas, Mental
    /// Modeler and spreadsheets write a labelled matrix).
    static func looksLikeMatrix(_ header: String) -> Bool {
        header.split(separator: ",", omittingEmptySubsequences: false).first?.trimmedWhitespace.isEmpty ?? false
    }

    static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        var parser = CSVParser(text: text, file: file)
        guard let header = try parser.nextRecord(), header.count >= 2 else {
            throw CircleLoadError(.invalidData, "a matrix needs a header row of node ids", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let ids = header.dropFirst().map { $0.text.trimmedWhitespace }
        var diagnostics: [Diagnostic] = []
        var column: [String: Int] = [:]
        for (position, field) in zip(ids.indices, header.dropFirst()) {
            if ids[position].isEmpty {
                diagnostics.append(Diagnostic("an empty node id in the header", at: parser.location(of: field)))
            } else if column[ids[position]] != nil {
                diagnostics.append(Diagnostic("duplicate node id '\(ids[position])' in the header", at: parser.location(of: field)))
            } else {
                column[ids[position]] = position
            }
        }
        var rows: [String: [CSVParser.Field]] = [:]
        var rowPlaces: [String: SourceLocation] = [:]
        while let record = try parser.nextRecord() {
            if record.count == 1 && record[0].text.trimmedWhitespace.isEmpty { continue }
            let id = record[0].text.trimmedWhitespace
            guard record.count == header.count else {
                diagnostics.append(Diagnostic("expected \(header.count) fields as in the header, found \(record.count)",
                                              at: parser.location(of: record[0])))
                continue
            }
            guard column[id] != nil else {
                diagnostics.append(Diagnostic("row '\(id)' names no column; a matrix is square, with the same ids in the "
                    + "header and the first column", at: parser.location(of: record[0])))
                continue
            }
            if rows[id] != nil {
                diagnostics.append(Diagnostic("a second row for '\(id)'", at: parser.location(of: record[0])))
                continue
            }
            rows[id] = Array(record.dropFirst())
            rowPlaces[id] = parser.location(of: record[0])
        }
        for id in ids where !id.isEmpty && rows[id] == nil {
            diagnostics.append(Diagnostic("no row for '\(id)'", at: parser.location(of: header[(column[id] ?? 0) + 1])))
        }
        var edges: [Edge] = []
        for from in ids {
            guard let row = rows[from] else { continue }
            for (position, field) in row.enumerated() {
                let text = field.text.trimmedWhitespace
                if text.isEmpty { continue }
                guard let value = ValueParsing.number(text), value.isFinite else {
                    diagnostics.append(Diagnostic("'\(from)' → '\(ids[position])': a weight must be a number, got '\(text)'",
                                                  at: parser.location(of: field)))
                    continue
                }
                if value == 0 { continue }
                let (weight, sign) = Sign.split(signedWeight: value)
                edges.append(Edge(from: from, to: ids[position], weight: weight, sign: sign))
            }
        }
        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        do throws(ModelValidationError) {
            return try StrategyCircle(nodes: ids.map { Node(id: $0) }, edges: edges)
        } catch {
            throw CircleLoadError(.invalidData, error.issues.map { Diagnostic($0.description, at: .wholeFile(file)) })
        }
    }

    /// The signed weight matrix, ids in the circle's order.
    static func text(_ circle: StrategyCircle) -> String {
        var index: [String: Int] = [:]
        for (i, node) in circle.nodes.enumerated() { index[node.id] = i }
        let n = circle.nodes.count
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for edge in circle.edges {
            guard let i = index[edge.from], let j = index[edge.to] else { continue }
            matrix[i][j] = edge.sign == .negative ? -edge.weight : edge.weight
        }
        var out = CSVWriting.row([""] + circle.nodes.map(\.id)) + "\n"
        for (i, node) in circle.nodes.enumerated() {
            out += CSVWriting.row([node.id] + matrix[i].map { JSONText.number("\($0)") }) + "\n"
        }
        return out
    }
}

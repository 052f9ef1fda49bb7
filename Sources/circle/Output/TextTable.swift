/// A plain-text table for terminal output: a header, rows, columns padded to fit. On a
/// terminal the header is bold and the table fits the terminal's width (the widest
/// left-aligned columns are cut, with "…"); piped, every cell is whole and plain.
struct TextTable {
    enum Alignment { case left, right }

    var columns: [(title: String, alignment: Alignment)]
    var rows: [[String]] = []

    init(_ columns: [(String, Alignment)]) {
        self.columns = columns.map { (title: $0.0, alignment: $0.1) }
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render(width available: Int? = Terminal.width) -> String {
        var widths = columns.map { $0.title.count }
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        if let available { widths = Self.fit(widths, alignments: columns.map(\.alignment), into: available) }
        func cut(_ cell: String, _ width: Int) -> String {
            cell.count <= width ? cell : String(cell.prefix(max(width - 1, 0))) + "…"
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                guard column < widths.count else { return cell }
                let shown = cut(cell, widths[column])
                let padding = String(repeating: " ", count: max(0, widths[column] - shown.count))
                return columns[column].alignment == .left ? shown + padding : padding + shown
            }
            .joined(separator: "  ")
            .trimmingTrailingSpaces()
        }
        var lines = [Terminal.bold(line(columns.map(\.title)))]
        lines.append(Terminal.dim(line(widths.map { String(repeating: "-", count: $0) })))
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }

    /// Narrows the widest left-aligned columns, never below 8 characters, until the table
    /// fits `available` columns (or cannot shrink further).
    static func fit(_ widths: [Int], alignments: [Alignment], into available: Int) -> [Int] {
        var widths = widths
        let separators = 2 * max(widths.count - 1, 0)
        while widths.reduce(0, +) + separators > available {
            guard let widest = widths.indices.filter({ alignments[$0] == .left && widths[$0] > 8 })
                .max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return widths
    }
}

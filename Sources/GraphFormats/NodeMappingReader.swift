import Foundation
import StrategyModel

/// Reads a workshop's label mapping: a CSV file with `label` and `id` columns, one row per
/// way a participant may label a node, naming the id the merged circle gives it
/// (`circle merge --mapping`). Problems name file, line and column.
public enum NodeMappingReader {
    /// One row: a label as a participant writes it and the merged id it stands for.
    public struct Row: Sendable, Hashable {
        public var label: String
        public var id: String
    }

    public static func load(path: String) throws(CircleLoadError) -> [Row] {
        try read(try CircleLoader.readText(path: path), file: path)
    }

    public static func read(_ text: String, file: String) throws(CircleLoadError) -> [Row] {
        var parser = CSVParser(text: text, file: file)
        let (width, columns) = try parser.header(of: "a label mapping", requiring: [["label"], ["id"]])
        let (labelColumn, idColumn) = (columns[0], columns[1])
        var rows: [Row] = []
        var diagnostics: [Diagnostic] = []
        var seen: [String: String] = [:]
        while let record = try parser.nextRow(reaching: columns, width: width, diagnostics: &diagnostics) {
            let label = record[labelColumn].text.trimmedWhitespace
            let id = record[idColumn].text.trimmedWhitespace
            if label.isEmpty || id.isEmpty {
                diagnostics.append(Diagnostic("a row needs both a label and an id", at: parser.location(of: record[0])))
                continue
            }
            let key = LabelKey.of(label)
            if let earlier = seen[key], earlier != id {
                diagnostics.append(Diagnostic("the label '\(label)' is mapped to '\(earlier)' already, and here to '\(id)'",
                                              at: parser.location(of: record[labelColumn])))
                continue
            }
            seen[key] = id
            rows.append(Row(label: label, id: id))
        }
        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        return rows
    }
}

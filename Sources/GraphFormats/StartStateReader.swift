import Foundation
import StrategyModel
import Yams

/// Reads an FCM start state, node id → value: a CSV file with `id` and `value` columns, or
/// a JSON (or YAML) object `{"id": value, …}`. Problems name file, line and column.
public enum StartStateReader {
    public static func load(path: String) throws(CircleLoadError) -> [ScriptedIntervention.Setting] {
        let text = try CircleLoader.readText(path: path)
        return URL(fileURLWithPath: path).pathExtension.lowercased() == "csv"
            ? try readCSV(text, file: path) : try readMapping(text, file: path)
    }

    public static func readCSV(_ text: String, file: String) throws(CircleLoadError) -> [ScriptedIntervention.Setting] {
        var parser = CSVParser(text: text, file: file)
        guard let header = try parser.nextRecord() else {
            throw CircleLoadError(.invalidData, "the file is empty", at: SourceLocation(file: file, line: 1, column: 1))
        }
        let names = header.map { $0.text.trimmedWhitespace.lowercased() }
        guard let idColumn = names.firstIndex(of: "id"), let valueColumn = names.firstIndex(of: "value") else {
            throw CircleLoadError(.invalidData, "a start-state CSV needs a header with 'id' and 'value' columns; found '"
                + header.map(\.text).joined(separator: ",") + "'", at: SourceLocation(file: file, line: 1, column: 1))
        }
        var settings: [ScriptedIntervention.Setting] = []
        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        while let record = try parser.nextRecord() {
            if record.count == 1 && record[0].text.trimmedWhitespace.isEmpty { continue }
            guard record.indices.contains(idColumn), record.indices.contains(valueColumn) else {
                diagnostics.append(Diagnostic("expected \(header.count) fields, found \(record.count)",
                                              at: parser.location(of: record[0])))
                continue
            }
            let id = record[idColumn].text.trimmedWhitespace
            let text = record[valueColumn].text.trimmedWhitespace
            guard let value = Double(text), value.isFinite else {
                diagnostics.append(Diagnostic("the value for '\(id)' must be a number, got '\(text)'",
                                              at: parser.location(of: record[valueColumn])))
                continue
            }
            if !seen.insert(id).inserted {
                diagnostics.append(Diagnostic("'\(id)' is given a second time", at: parser.location(of: record[idColumn])))
            }
            settings.append(.init(id: id, value: value, location: parser.location(of: record[valueColumn])))
        }
        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        return settings
    }

    public static func readMapping(_ text: String, file: String) throws(CircleLoadError) -> [ScriptedIntervention.Setting] {
        let (_, mapping) = try CircleYAMLReader.rootMapping(
            of: text, file: file, expected: "a start state is an object of node ids to values, like {\"a\": 1}")
        var reader = CircleYAMLReader(file: file)
        var settings: [ScriptedIntervention.Setting] = []
        for (idNode, valueNode) in mapping {
            guard let id = reader.string(idNode, "id"), let text = reader.string(valueNode, id) else { continue }
            guard let value = Double(text), value.isFinite else {
                reader.report("the value for '\(id)' must be a number, got '\(text)'", at: valueNode)
                continue
            }
            settings.append(.init(id: id, value: value, location: reader.location(valueNode)))
        }
        guard reader.diagnostics.isEmpty else { throw CircleLoadError(.invalidData, reader.diagnostics) }
        return settings
    }
}

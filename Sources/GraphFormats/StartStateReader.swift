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
        let (width, columns) = try parser.header(of: "a start-state CSV", requiring: [["id"], ["value"]])
        let (idColumn, valueColumn) = (columns[0], columns[1])
        var settings: [ScriptedIntervention.Setting] = []
        var diagnostics: [Diagnostic] = []
        var seen = Set<String>()
        while let record = try parser.nextRow(reaching: columns, width: width, diagnostics: &diagnostics) {
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

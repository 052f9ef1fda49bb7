import Foundation
import StrategyAnalysis
import StrategyModel
import Yams

/// An FCM scenario read from a file, with where each value it sets is written.
public struct ScriptedIntervention: Sendable {
    public var scenario: InterventionScenario
    /// Every node id the scenario names with its value and place (for `check`).
    public var settings: [Setting] = []

    public struct Setting: Sendable {
        public var id: String
        public var value: Double
        public var location: SourceLocation
    }
}

/// Reads FCM intervention files (YAML), the scenarios `circle simulate --scenarios` runs
/// against one baseline:
///
/// ```yaml
/// scenarios:
///   - name: culture first
///     clamp: {unternehmenskultur: 1}       # held every step (the levers)
///     start: {social_werden: 1}            # start values; others start as the baseline does
/// ```
/// Problems are reported with file, line and column, like circle files.
public enum InterventionScriptReader {
    public static func load(path: String) throws(CircleLoadError) -> [ScriptedIntervention] {
        try read(try CircleLoader.readText(path: path), file: path)
    }

    public static func read(_ text: String, file: String) throws(CircleLoadError) -> [ScriptedIntervention] {
        let root = try CircleYAMLReader.root(of: text, file: file)
        var reader = CircleYAMLReader(file: file)
        guard let top = reader.mapping(root, "the top level", keys: ["scenarios"]) else {
            throw CircleLoadError(.invalidData, reader.diagnostics)
        }
        if top["scenarios"] == nil { reader.report("an intervention file needs a 'scenarios' list", at: root) }
        var result: [ScriptedIntervention] = []
        var names = Set<String>()
        for item in reader.sequence(top["scenarios"], "'scenarios'") {
            guard let fields = reader.mapping(item, "a scenario", keys: ["name", "clamp", "start"]),
                  let name = reader.required(fields, "name", in: "a scenario", at: item)
            else { continue }
            if !names.insert(name).inserted { reader.report("a second scenario named '\(name)'", at: fields["name"] ?? item) }
            var settings: [ScriptedIntervention.Setting] = []
            func values(_ key: String) -> [String: Double] {
                guard let node = fields[key] else { return [:] }
                guard let mapping = node.mapping else {
                    reader.report("expected '\(key)' to map node ids to values, found \(reader.describe(node))", at: node)
                    return [:]
                }
                var result: [String: Double] = [:]
                for (idNode, valueNode) in mapping {
                    guard let id = reader.string(idNode, key), let text = reader.string(valueNode, key) else { continue }
                    guard let value = Double(text), value.isFinite else {
                        reader.report("'\(key)' value for '\(id)' must be a number, got '\(text)'", at: valueNode)
                        continue
                    }
                    result[id] = value
                    settings.append(.init(id: id, value: value, location: reader.location(valueNode)))
                }
                return result
            }
            let clamps = values("clamp")
            let start = values("start")
            if clamps.isEmpty && start.isEmpty { reader.report("scenario '\(name)' sets nothing: give 'clamp' or 'start'", at: item) }
            result.append(ScriptedIntervention(scenario: InterventionScenario(name: name, start: start, clamps: clamps),
                                               settings: settings))
        }
        guard reader.diagnostics.isEmpty else { throw CircleLoadError(.invalidData, reader.diagnostics) }
        return result
    }

    /// Every id no node of `circle` has and every value outside what the squashing function
    /// admits (`admits`, described by `range`), at its place; empty when all fit.
    public static func check(_ scripted: [ScriptedIntervention], against circle: StrategyCircle,
                             admits: (Double) -> Bool, range: String) -> [Diagnostic] {
        scripted.flatMap { item in
            check(item.settings, context: "scenario '\(item.scenario.name)': ", against: circle, admits: admits, range: range)
        }
    }

    /// The same for a list of settings (a start-state file), each message prefixed by `context`.
    public static func check(_ settings: [ScriptedIntervention.Setting], context: String = "", against circle: StrategyCircle,
                             admits: (Double) -> Bool, range: String) -> [Diagnostic] {
        let ids = circle.nodes.map(\.id)
        return settings.compactMap { setting in
            if circle.index(ofNode: setting.id) == nil {
                let hint = Suggestion.closest(to: setting.id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
                return Diagnostic("\(context)no node '\(setting.id)' in the circle\(hint)", at: setting.location)
            }
            if !admits(setting.value) {
                return Diagnostic("\(context)'\(setting.id)' must be \(range), got \(setting.value)", at: setting.location)
            }
            return nil
        }
    }
}

import GraphvizBridge
import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyAnalysis
import StrategyModel

/// Splits a comma-separated id list and checks each id names a node (usage error otherwise).
func resolveIDs(_ list: String, in circle: StrategyCircle) throws -> [String] {
    let ids = list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    for id in ids where circle.node(id) == nil {
        let hint = Suggestion.closest(to: id, among: circle.nodes.map(\.id)).map { " (did you mean '\($0)'?)" } ?? ""
        throw ValidationError("no node '\(id)' in the circle\(hint)")
    }
    return ids
}

/// Reads `FROM>TO` and checks the circle has that influence (usage error otherwise).
func resolveEdge(_ text: String, in circle: StrategyCircle) throws -> EdgeReference {
    guard let reference = EdgeReference(parsing: text) else {
        throw ValidationError("an edge is written FROM>TO with two node ids, got '\(text)'")
    }
    _ = try resolveIDs("\(reference.from),\(reference.to)", in: circle)
    guard circle.edge(reference) != nil else { throw ValidationError("no edge \(reference) in the circle") }
    return reference
}

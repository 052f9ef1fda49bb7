import Foundation
import GraphvizBridge
import StrategyModel

/// Reads Graphviz DOT into a circle, through Graphviz's own parser (`GraphvizBridge`), so
/// any DOT file a user already has can be analysed.
///
/// Mapping: node names are ids; attributes as `AttributedGraph` maps them (Graphviz's `\n`
/// breaks in labels read as spaces). Edges keep the order in which the file creates them.
enum DOTReader {
    static func read(_ text: String, file: String) throws(CircleLoadError) -> StrategyCircle {
        let parsed: ParsedDOT
        do {
            parsed = try DOTParser.parse(text, graphKeys: ["strategycircle"], nodeKeys: nodeKeys, edgeKeys: edgeKeys)
        } catch {
            throw CircleLoadError(.invalidData, error.message,
                                  at: SourceLocation(file: file, line: error.line ?? 0, column: 0))
        }
        let graph = AttributedGraph(directed: parsed.directed, graphAttributes: parsed.graphAttributes,
                                    nodes: parsed.nodes, edges: parsed.edges)
        return try graph.circle(file: file, locator: DOTLocator(text, file: file))
    }

    static let nodeKeys = ["label", "label_en", "label_original", "ring", "sector", "status", "evidence", "quote",
                           "inferred", "basis", "placement_inferred"]
    static let edgeKeys = ["weight", "sign", "kind", "evidence", "quote", "inferred", "basis", "claim"]

}

internal import CGraphviz
import Foundation

/// A DOT graph as Graphviz's own parser reads it: whether it is directed, and the named
/// attributes of the graph, of every node (in file order) and of every edge (in the order
/// the file creates them). Plain Swift values: no C pointer leaves this module.
public struct ParsedDOT: Sendable {
    public var directed: Bool
    public var graphAttributes: [String: String] = [:]
    public var nodes: [(name: String, attributes: [String: String])] = []
    public var edges: [(tail: Int, head: Int, attributes: [String: String])] = []
}

/// Why a DOT text is not one graph Graphviz can read: its message and, where Graphviz gives
/// one, the line (Graphviz gives no column).
public struct DOTSyntaxError: Error, Sendable {
    public var message: String
    public var line: Int?
}

/// Reads DOT text through Graphviz's parser (cgraph's `agmemread`), under the one
/// Graphviz session lock. Only the attributes asked for are read; an attribute that is
/// undeclared or empty is absent.
public enum DOTParser {
    public static func parse(_ text: String, graphKeys: [String], nodeKeys: [String], edgeKeys: [String])
        throws(DOTSyntaxError) -> ParsedDOT
    {
        let result: Result<ParsedDOT, DOTSyntaxError>
        do {
            result = try Graphviz.withSession { _ throws(GraphvizError) in
                read(text, graphKeys: graphKeys, nodeKeys: nodeKeys, edgeKeys: edgeKeys)
            }
        } catch {
            throw DOTSyntaxError(message: error.message, line: nil)
        }
        return try result.get()
    }

    private static func read(_ text: String, graphKeys: [String], nodeKeys: [String], edgeKeys: [String])
        -> Result<ParsedDOT, DOTSyntaxError>
    {
        let graph = withMutableCString(text) { agmemread($0) }
        // Graphviz 2.42's lexer keeps input after the first graph for the next call: drain it.
        var extraGraphs = 0
        while let extra = withMutableCString("", { agmemread($0) }) {
            agclose(extra)
            extraGraphs += 1
        }
        let messages = Graphviz.takeMessages()
        let failed = Graphviz.errorRaised()
        Graphviz.clearErrors()
        guard let graph, !failed else {
            if let graph { agclose(graph) }
            return .failure(syntaxError(messages))
        }
        defer { agclose(graph) }
        if extraGraphs > 0 {
            return .failure(DOTSyntaxError(message: "the file holds more than one graph; give one per file", line: nil))
        }

        var result = ParsedDOT(directed: agisdirected(graph) != 0)
        for key in graphKeys { result.graphAttributes[key] = value(graph, key) }
        var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let current = node {
            index[current] = result.nodes.count
            let name = String(cString: agnameof(current))
            var attributes: [String: String] = [:]
            for key in nodeKeys { attributes[key] = value(current, key) }
            result.nodes.append((name, attributes))
            node = agnxtnode(graph, current)
        }
        var edges: [(sequence: UInt, tail: Int, head: Int, attributes: [String: String])] = []
        node = agfstnode(graph)
        while let current = node {
            var edge = agfstout(graph, current)
            while let e = edge {
                if let tail = index[gvx_tail(e)], let head = index[gvx_head(e)] {
                    var attributes: [String: String] = [:]
                    for key in edgeKeys { attributes[key] = value(e, key) }
                    edges.append((gvx_seq(e), tail, head, attributes))
                }
                edge = agnxtout(graph, e)
            }
            node = agnxtnode(graph, current)
        }
        result.edges = edges.sorted { $0.sequence < $1.sequence }.map { ($0.tail, $0.head, $0.attributes) }
        return .success(result)
    }

    /// An attribute's value, or nil when undeclared or empty.
    private static func value<T>(_ object: UnsafeMutablePointer<T>, _ key: String) -> String? {
        guard let raw = withMutableCString(key, { agget(UnsafeMutableRawPointer(object), $0) }) else { return nil }
        let text = String(cString: raw)
        return text.isEmpty ? nil : text
    }

    /// "Error: syntax error in line 3 near 'x'" → the message and line 3.
    private static func syntaxError(_ messages: String) -> DOTSyntaxError {
        var message = messages.isEmpty ? "not a DOT graph" : messages
        for prefix in ["Error: ", "Error:"] where message.hasPrefix(prefix) { message.removeFirst(prefix.count) }
        var line: Int?
        if let range = message.range(of: #"in line (\d+)"#, options: .regularExpression) {
            line = Int(message[range].split(separator: " ").last ?? "")
            message.removeSubrange(range)
            message = message.replacingOccurrences(of: "  ", with: " ")
        }
        return DOTSyntaxError(message: message.trimmingCharacters(in: .whitespaces), line: line)
    }
}

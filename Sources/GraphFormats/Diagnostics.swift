import StrategyModel

/// A position in an input file: 1-based line and column (columns count Unicode scalars).
/// Line 0 means the file as a whole (it could not be opened); column 0 means the line as a
/// whole (for parsers that report only lines, such as Graphviz's).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// The whole file, without a position.
    public static func wholeFile(_ file: String) -> SourceLocation {
        SourceLocation(file: file, line: 0, column: 0)
    }

    /// `file:line:column`, `file:line`, or `file` alone.
    public var description: String {
        line > 0 ? (column > 0 ? "\(file):\(line):\(column)" : "\(file):\(line)") : file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem in an input, with where it is.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ message: String, at location: SourceLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: error: message`, the form compilers and editors understand.
    public var description: String { "\(location): error: \(message)" }
}

/// Why a circle could not be loaded, with every problem found.
public struct CircleLoadError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable {
        /// The input could not be opened or read (missing file, permissions).
        case unreadable
        /// The input was read but is not a valid circle (syntax, schema, model).
        case invalidData
    }

    public var reason: Reason
    /// Sorted by position.
    public var diagnostics: [Diagnostic]

    public init(_ reason: Reason, _ diagnostics: [Diagnostic]) {
        self.reason = reason
        self.diagnostics = diagnostics.sorted { $0.location < $1.location }
    }

    public init(_ reason: Reason, _ message: String, at location: SourceLocation) {
        self.init(reason, [Diagnostic(message, at: location)])
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Finds where a reader read each node of a circle, so that the model's issues (which
/// name node indices) can be reported at file positions.
protocol ElementLocating {
    var file: String { get }
    func location(of subject: ModelIssue.Subject) -> SourceLocation
}

/// Node positions as the YAML/JSON reader records them.
struct ElementLocations: ElementLocating {
    var file: String
    var rings: [SourceLocation] = []
    var sectors: [SourceLocation] = []
    var nodes: [[ModelIssue.NodeField: SourceLocation]] = []
    var nodeStarts: [SourceLocation] = []
    var edges: [[ModelIssue.EdgeField: SourceLocation]] = []

    func location(of subject: ModelIssue.Subject) -> SourceLocation {
        switch subject {
        case let .ring(index):
            return rings.indices.contains(index) ? rings[index] : .wholeFile(file)
        case let .sector(index):
            return sectors.indices.contains(index) ? sectors[index] : .wholeFile(file)
        case let .node(index, field):
            guard nodes.indices.contains(index) else { return .wholeFile(file) }
            return nodes[index][field] ?? nodeStarts[index]
        case let .edge(index, field):
            guard edges.indices.contains(index) else { return .wholeFile(file) }
            return edges[index][field] ?? edges[index][.whole] ?? .wholeFile(file)
        }
    }

}

extension ElementLocating {
    /// The model's issues as diagnostics at the positions the reader recorded. Issues that
    /// point back at an earlier node ("duplicate id") say where that one is.
    func diagnostics(for error: ModelValidationError) -> [Diagnostic] {
        error.issues.map { issue in
            var message = issue.description
            switch issue.problem {
            case let .duplicateNode(_, first):
                message += " (first defined at \(location(of: .node(index: first, field: .id)).positionText))"
            case let .duplicateRing(_, first):
                message += " (first defined at \(location(of: .ring(index: first)).positionText))"
            case let .duplicateSector(_, first):
                message += " (first defined at \(location(of: .sector(index: first)).positionText))"
            case let .duplicateEdge(_, _, first):
                message += " (first defined at \(location(of: .edge(index: first, field: .whole)).positionText))"
            default:
                break
            }
            return Diagnostic(message, at: location(of: issue.subject))
        }
    }
}

extension SourceLocation {
    /// "line L, column C" for use inside a message.
    var positionText: String { line > 0 ? "line \(line), column \(column)" : file }
}

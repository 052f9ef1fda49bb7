/// One thing wrong with the parts of a circle, and which part it is about.
///
/// The model knows node indices, not file positions: a reader maps `subject` back to
/// the line and column it read that node from.
public struct ModelIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The node an issue is about.
    public enum Subject: Hashable, Sendable {
        case ring(index: Int)
        case sector(index: Int)
        case node(index: Int, field: NodeField)
        case edge(index: Int, field: EdgeField)
    }

    public enum NodeField: Hashable, Sendable { case id, ring, sector }
    public enum EdgeField: Hashable, Sendable { case whole, from, to, weight, doubt, drawnBy }

    public enum Problem: Hashable, Sendable {
        case emptyID
        case duplicateRing(id: String, firstIndex: Int)
        case duplicateSector(id: String, firstIndex: Int)
        case duplicateNode(id: String, firstIndex: Int)
        case unknownRing(id: String, suggestion: String?)
        case unknownSector(id: String, suggestion: String?)
        case unknownNode(id: String, suggestion: String?)
        case invalidWeight(Double)
        case duplicateEdge(from: String, to: String, firstIndex: Int)
        case invalidRange(lower: Double, upper: Double, signedWeight: Double)
        case invalidConfidence(Double)
        case unknownParticipant(name: String, suggestion: String?)
    }

    public var subject: Subject
    public var problem: Problem

    public init(_ problem: Problem, at subject: Subject) {
        self.problem = problem
        self.subject = subject
    }

    /// One sentence for a person, without position.
    public var description: String {
        switch problem {
        case .emptyID:
            return "id must not be empty"
        case let .duplicateRing(id, _):
            return "duplicate ring id '\(id)'"
        case let .duplicateSector(id, _):
            return "duplicate sector id '\(id)'"
        case let .duplicateNode(id, _):
            return "duplicate node id '\(id)'"
        case let .unknownRing(id, suggestion):
            return "unknown ring '\(id)'" + Self.didYouMean(suggestion)
        case let .unknownSector(id, suggestion):
            return "unknown sector '\(id)'" + Self.didYouMean(suggestion)
        case let .unknownNode(id, suggestion):
            return "edge refers to unknown node '\(id)'" + (suggestion.map { " (did you mean '\($0)'?)" }
                ?? "; declare it under 'nodes' or correct the id")
        case let .invalidWeight(weight):
            let hint = weight < 0 ? "; write the strength and put the direction in 'sign: \"-\"'"
                : (weight == 0 ? "; leave the edge out instead of weighing it 0" : "")
            return "weight must be a finite number greater than 0, got \(Self.format(weight))" + hint
        case let .duplicateEdge(from, to, _):
            return "duplicate edge \(from) -> \(to)"
        case let .invalidRange(lower, upper, weight):
            return "range [\(Self.format(lower)), \(Self.format(upper))] must be finite, low to high, and contain "
                + "the signed weight \(Self.format(weight)) (a negative edge's range is negative)"
        case let .invalidConfidence(value):
            return "confidence must be greater than 0 and at most 1, got \(Self.format(value))"
        case let .unknownParticipant(name, suggestion):
            return "drawn_by names '\(name)', who is not among the circle's participants" + Self.didYouMean(suggestion)
        }
    }

    /// A number as a person writes it: `2` rather than `2.0`.
    static func format(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
    }
}

/// All issues found while building a circle, in the order of the nodes.
public struct ModelValidationError: Error, Sendable, CustomStringConvertible {
    public var issues: [ModelIssue]
    public init(issues: [ModelIssue]) { self.issues = issues }
    public var description: String { issues.map(\.description).joined(separator: "\n") }
}

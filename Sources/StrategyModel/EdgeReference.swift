/// A reference to an edge by its two ends, written `FROM>TO` on command lines and in
/// what-if scripts.
public struct EdgeReference: Hashable, Sendable, Codable, CustomStringConvertible {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// Reads `FROM>TO`; whitespace around each id is dropped. Nil unless the text holds
    /// exactly one `>` with a non-empty id on each side.
    public init?(parsing text: some StringProtocol) {
        let ends = text.split(separator: ">", omittingEmptySubsequences: false)
            .map(\.trimmedWhitespace)
        guard ends.count == 2, !ends[0].isEmpty, !ends[1].isEmpty else { return nil }
        self.init(from: ends[0], to: ends[1])
    }

    public var description: String { "\(from)>\(to)" }
}

extension StrategyCircle {
    /// The edges leaving the node with id `id`, in file order.
    public func edges(from id: String) -> [Edge] {
        guard let v = index(ofNode: id) else { return [] }
        return adjacency.outRange(v).map { edges[Int(adjacency.outEdgeIDs[$0])] }
    }

    /// The influence `reference` names, with its position in `edges`, or nil.
    public func edge(_ reference: EdgeReference) -> (index: Int, edge: Edge)? {
        guard let from = index(ofNode: reference.from), let to = index(ofNode: reference.to) else { return nil }
        for slot in adjacency.outRange(from) where Int(adjacency.outTargets[slot]) == to {
            let position = Int(adjacency.outEdgeIDs[slot])
            return (position, edges[position])
        }
        return nil
    }
}

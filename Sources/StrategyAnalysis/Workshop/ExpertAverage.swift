import StrategyModel

/// Several experts' circles of the same nodes averaged entry by entry, as DEMATEL and MICMAC
/// prescribe for a panel (Si et al. 2018, step 1): each edge's weight is the mean strength
/// over all experts, an expert who did not draw it counting 0; its sign is the majority's
/// (a tie keeps +). Unlike `CircleMerge`, which averages over those who drew an edge, this is
/// the panel's mean matrix.
public enum ExpertAverage {
    public struct Mismatch: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// - Parameter circles: (expert name, circle); every circle must have the first one's nodes.
    /// - Throws: `Mismatch` naming the first expert whose nodes differ.
    public static func circle(_ circles: [(name: String, circle: StrategyCircle)]) throws -> StrategyCircle {
        guard let first = circles.first else { throw Mismatch(description: "no expert given") }
        let ids = Set(first.circle.nodes.map(\.id))
        for (name, circle) in circles.dropFirst() where Set(circle.nodes.map(\.id)) != ids {
            let missing = ids.subtracting(circle.nodes.map(\.id)).sorted().prefix(3)
            let extra = Set(circle.nodes.map(\.id)).subtracting(ids).sorted().prefix(3)
            throw Mismatch(description: "\(name) does not rate the same nodes as \(first.name)"
                + (missing.isEmpty ? "" : "; lacks \(missing.joined(separator: ", "))")
                + (extra.isEmpty ? "" : "; adds \(extra.joined(separator: ", "))"))
        }
        var order: [[String]] = []
        var sum: [[String]: Double] = [:]
        var signs: [[String]: (plus: Int, minus: Int)] = [:]
        for (_, circle) in circles {
            for edge in circle.edges {
                let key = [edge.from, edge.to]
                if sum[key] == nil { order.append(key) }
                sum[key, default: 0] += edge.weight
                var count = signs[key] ?? (0, 0)
                if edge.sign == .negative { count.minus += 1 } else { count.plus += 1 }
                signs[key] = count
            }
        }
        let experts = Double(circles.count)
        let edges = order.map { key -> Edge in
            let count = signs[key] ?? (0, 0)
            return Edge(from: key[0], to: key[1], weight: (sum[key] ?? 0) / experts,
                        sign: count.minus > count.plus ? .negative : .positive,
                        provenance: Provenance(evidence: .inferred, reason: "mean of \(circles.count) experts"))
        }
        return try StrategyCircle(metadata: first.circle.metadata, rings: first.circle.rings, sectors: first.circle.sectors,
                                  nodes: first.circle.nodes, edges: edges)
    }
}

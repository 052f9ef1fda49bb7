import StrategyModel

/// Several participants' circles of the same or overlapping nodes, merged: every edge any
/// participant drew, with the spread of their weights and whether they agree on its sign
/// (the workshop step of fuzzy-cognitive-map practice, which averages participants' maps).
///
/// Conventions: nodes and edges are matched by id; a node takes the first participant's
/// fields that name it. Per edge, over the participants who drew it: the mean, median,
/// minimum and maximum weight (weights are strengths; signs are counted apart), how many drew
/// it, and a sign conflict when some drew it + and others −. The merged edge's weight is the
/// mean or the median, its sign the majority's (a tie is a conflict and keeps +, the first
/// drawn sign being no better a reason). Edges drawn by fewer than `minAgreement`
/// participants are left out of the merged circle (and listed). Nodes only one participant
/// named are kept and marked. Each merged node and edge carries, as its inferred evidence,
/// who drew it and how; the merged circle names its participants and each edge who drew it
/// (`Edge.drawnBy`), and each edge's range (`WeightDoubt.range`) is the participants'
/// spread of signed weights: those who drew it with their weight, those who named both its
/// ends but drew no edge with 0 (absent edges count 0, as averaging FCM practice has it),
/// widened to hold the merged weight (which, on a sign conflict, may lie outside every draw).
public struct CircleMerge: Sendable {
    public enum WeightChoice: String, Sendable, CaseIterable, Codable { case mean, median }

    public struct EdgeRow: Sendable, Codable, Hashable {
        public var from: String
        public var to: String
        /// How many participants drew the edge, and who.
        public var drawnBy: [String]
        public var mean: Double
        public var median: Double
        public var minimum: Double
        public var maximum: Double
        public var positive: Int
        public var negative: Int
        public var signConflict: Bool { positive > 0 && negative > 0 }
        /// Kept in the merged circle (drawn by at least `minAgreement` participants).
        public var kept: Bool
    }

    public struct NodeRow: Sendable, Codable, Hashable {
        public var id: String
        public var namedBy: [String]
        /// Named by one participant only (of several).
        public var alone: Bool { namedBy.count == 1 }
    }

    public var participants: [String]
    public var nodes: [NodeRow]
    public var edges: [EdgeRow]
    public var merged: StrategyCircle

    /// - Parameters:
    ///   - circles: (participant name, circle) in the participants' order.
    ///   - minAgreement: the fewest participants who must draw an edge for it to be kept (≥ 1).
    public init(_ circles: [(name: String, circle: StrategyCircle)], minAgreement: Int = 1,
                weight: WeightChoice = .mean) throws(ModelValidationError) {
        participants = circles.map(\.name)
        var nodeOrder: [String] = []
        var firstNode: [String: Node] = [:]
        var namedBy: [String: [String]] = [:]
        var edgeOrder: [[String]] = []
        var drawn: [[String]: [(name: String, edge: Edge)]] = [:]
        var firstEdge: [[String]: Edge] = [:]
        var nodeSets: [Set<String>] = []
        for (name, circle) in circles {
            nodeSets.append(Set(circle.nodes.map(\.id)))
            for node in circle.nodes {
                if firstNode[node.id] == nil {
                    firstNode[node.id] = node
                    nodeOrder.append(node.id)
                }
                namedBy[node.id, default: []].append(name)
            }
            for edge in circle.edges {
                let key = [edge.from, edge.to]
                if drawn[key] == nil {
                    edgeOrder.append(key)
                    firstEdge[key] = edge
                }
                drawn[key, default: []].append((name, edge))
            }
        }
        let several = circles.count > 1
        nodes = nodeOrder.map { NodeRow(id: $0, namedBy: namedBy[$0] ?? []) }
        edges = edgeOrder.map { key in
            let draws = drawn[key] ?? []
            let weights = draws.map(\.edge.weight).sorted()
            let middle = weights.count / 2
            let median = weights.count % 2 == 1 ? weights[middle] : (weights[middle - 1] + weights[middle]) / 2
            return EdgeRow(from: key[0], to: key[1], drawnBy: draws.map(\.name),
                           mean: weights.reduce(0, +) / Double(max(weights.count, 1)), median: median,
                           minimum: weights.first ?? 0, maximum: weights.last ?? 0,
                           positive: draws.filter { $0.edge.sign == .positive }.count,
                           negative: draws.filter { $0.edge.sign == .negative }.count,
                           kept: draws.count >= max(minAgreement, 1))
        }
        let total = circles.count
        let mergedNodes = nodes.compactMap { row -> Node? in
            guard var node = firstNode[row.id] else { return nil }
            let who = row.namedBy.joined(separator: ", ")
            node.provenance = Provenance(evidence: .inferred, reason: several && row.alone
                ? "named by \(who) alone (of \(total) participants)" : "named by \(row.namedBy.count) of \(total) participants: \(who)")
            return node
        }
        let mergedEdges = edges.filter(\.kept).compactMap { row -> Edge? in
            guard var edge = firstEdge[[row.from, row.to]] else { return nil }
            edge.weight = weight == .mean ? row.mean : row.median
            edge.sign = row.negative > row.positive ? .negative : .positive
            edge.drawnBy = row.drawnBy
            let drawnSigned = (drawn[[row.from, row.to]] ?? []).map(\.edge.signedWeight)
            let silent = nodeSets.enumerated().filter { index, names in
                !row.drawnBy.contains(circles[index].name) && names.contains(row.from) && names.contains(row.to)
            }
            let spread = drawnSigned + (silent.isEmpty ? [] : [0]) + [edge.signedWeight]
            if let low = spread.min(), let high = spread.max() { edge.doubt = .range(low...high) }
            var reason = "drawn by \(row.drawnBy.count) of \(total) participants (\(row.drawnBy.joined(separator: ", "))); "
                + "weights \(EvidenceText.number(row.minimum))–\(EvidenceText.number(row.maximum)), \(weight.rawValue) \(EvidenceText.number(edge.weight))"
            if row.signConflict { reason += "; sign conflict: \(row.positive) +, \(row.negative) −" }
            edge.provenance = Provenance(evidence: .inferred, reason: reason)
            return edge
        }
        // Rings and sectors: every participant's, in the order they first appear.
        var rings: [Ring] = [], sectors: [Sector] = []
        for (_, circle) in circles {
            for ring in circle.rings where !rings.contains(where: { $0.id == ring.id }) { rings.append(ring) }
            for sector in circle.sectors where !sectors.contains(where: { $0.id == sector.id }) { sectors.append(sector) }
        }
        var metadata = circles.first?.circle.metadata ?? .init()
        metadata.title = participants.joined(separator: " + ")  // not the first participant's own title
        metadata.titleEN = nil
        metadata.participants = participants
        merged = try StrategyCircle(metadata: metadata, rings: rings, sectors: sectors, nodes: mergedNodes, edges: mergedEdges)
    }
}

extension StrategyCircle {
    /// A merged circle's agreement per edge that names who drew it: the share of the
    /// participants who did, and whether they disagree on its sign (its range holds weights of
    /// both signs). Empty for a circle without participants. For drawing the merged circle
    /// (`CircleDrawingOptions.agreement`).
    public var workshopAgreement: [EdgeReference: (share: Double, signConflict: Bool)] {
        let total = metadata.participants.count
        guard total > 0 else { return [:] }
        var result: [EdgeReference: (share: Double, signConflict: Bool)] = [:]
        for edge in edges where !edge.drawnBy.isEmpty {
            let conflict: Bool
            if case let .range(range)? = edge.doubt { conflict = range.lowerBound < 0 && range.upperBound > 0 } else { conflict = false }
            result[EdgeReference(from: edge.from, to: edge.to)] = (Double(edge.drawnBy.count) / Double(total), conflict)
        }
        return result
    }
}

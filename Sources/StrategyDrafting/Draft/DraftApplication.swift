import StrategyModel

/// Merges a reviewed draft's accepted proposals into a circle: each accepted influence becomes
/// a stated edge whose quote is its sentence, with the weight the circle file's rule gives
/// (`WeightRule`: explicit 3, hedged 2); an endpoint without a node becomes a new node, stated
/// by the same sentence. Says what changed and what to look at again.
///
/// Conventions: a new node's id is its label folded to ASCII (umlauts as ae, oe, ue; ß as ss;
/// every other run of non-letters as `_`), made unique with a number. An edge the circle
/// already has is left as it is and reported. Neighbour and member claims are reported, not
/// applied: they place nodes in sectors and rings, which the reviewer sets by hand.
public struct DraftApplication: Sendable {
    /// What the merge did and found.
    public struct Report: Sendable {
        public var addedNodes: [Node] = []
        public var addedEdges: [Edge] = []
        /// Accepted edges the circle already had (by endpoints), left as they were.
        public var alreadyThere: [String] = []
        /// Accepted neighbour and member claims, which placement expresses instead.
        public var notApplied: [String] = []
        /// New nodes whose label shares a word stem with an existing node's: maybe the same.
        public var likelySynonyms: [(new: String, existing: String)] = []
        /// Pairs of nodes that now influence each other both ways.
        public var twoWayPairs: [(String, String)] = []
        /// Nodes with more than twice the median number of edges (at least 6).
        public var busyNodes: [(id: String, edges: Int)] = []
    }

    public let circle: StrategyCircle
    public let report: Report

    public init(_ draft: Draft, into base: StrategyCircle) throws(ModelValidationError) {
        var nodes = base.nodes
        var edges = base.edges
        var report = Report()
        var ids = Set(nodes.map(\.id))
        var newIDByLabel: [String: String] = [:]
        let stemmer = Stemmer(draft.language)
        let baseStems = base.nodes.map { node in (node.id, Set(Self.words(node.label).map(stemmer.stem))) }

        func nodeID(_ end: Proposal.Endpoint, sentence: String) -> String {
            if let node = end.node, ids.contains(node) { return node }
            let key = end.label.lowercased()
            if let existing = newIDByLabel[key] { return existing }
            var id = Self.identifier(for: end.node ?? end.label)
            if ids.contains(id) {
                var number = 2
                while ids.contains("\(id)_\(number)") { number += 1 }
                id = "\(id)_\(number)"
            }
            ids.insert(id)
            newIDByLabel[key] = id
            let node = Node(id: id, label: end.label, provenance: .quote(sentence))
            nodes.append(node)
            report.addedNodes.append(node)
            let stems = Set(Self.words(end.label).map(stemmer.stem))
            for (existing, existingStems) in baseStems where !stems.isDisjoint(with: existingStems) {
                report.likelySynonyms.append((id, existing))
            }
            return id
        }

        var pairs = Set(edges.map { [$0.from, $0.to] })
        for proposal in draft.proposals where proposal.decision == .accepted {
            guard proposal.relation == .influence else {
                report.notApplied.append("\(proposal.id): \(proposal.from.label) \(proposal.relation.rawValue) "
                    + "\(proposal.to.label) (set sectors or rings by hand)")
                continue
            }
            let from = nodeID(proposal.from, sentence: proposal.sentence.text)
            let to = nodeID(proposal.to, sentence: proposal.sentence.text)
            guard pairs.insert([from, to]).inserted else {
                let existing = edges.first { $0.from == from && $0.to == to }
                let differs = existing.map { ($0.sign == .negative) != (proposal.sign < 0) } ?? false
                report.alreadyThere.append("\(proposal.id): \(from) -> \(to)"
                    + (differs ? " (the circle's sign is \(existing!.sign.symbol), the draft's \(proposal.sign < 0 ? "-" : "+"))" : ""))
                continue
            }
            let provenance = Provenance.quote(proposal.sentence.text, wording: proposal.hedged ? .hedged : .explicit)
            let edge = Edge(from: from, to: to, weight: WeightRule.weight(for: provenance) ?? 1,
                            sign: proposal.sign < 0 ? .negative : .positive, provenance: provenance)
            edges.append(edge)
            report.addedEdges.append(edge)
        }
        for edge in report.addedEdges where pairs.contains([edge.to, edge.from]) {
            report.twoWayPairs.append((edge.from, edge.to))
        }
        var degree: [String: Int] = [:]
        for edge in edges {
            degree[edge.from, default: 0] += 1
            degree[edge.to, default: 0] += 1
        }
        let counts = nodes.map { degree[$0.id] ?? 0 }.sorted()
        let median = counts.isEmpty ? 0 : counts[counts.count / 2]
        report.busyNodes = nodes.compactMap { node in
            let count = degree[node.id] ?? 0
            return count >= max(6, 2 * median + 1) ? (node.id, count) : nil
        }
        circle = try StrategyCircle(metadata: base.metadata, rings: base.rings, sectors: base.sectors, nodes: nodes,
                                    edges: edges, isUndirected: base.isUndirected)
        self.report = report
    }

    /// A node id for a label: lowercase ASCII letters, digits and `_`.
    static func identifier(for label: String) -> String {
        var id = ""
        for character in label.lowercased() {
            switch character {
            case "ä": id += "ae"
            case "ö": id += "oe"
            case "ü": id += "ue"
            case "ß": id += "ss"
            case let c where c.isASCII && (c.isLetter || c.isNumber): id.append(c)
            default: if !id.isEmpty && !id.hasSuffix("_") { id += "_" }
            }
        }
        while id.hasSuffix("_") { id.removeLast() }
        return id.isEmpty ? "node" : id
    }

    private static func words(_ label: String) -> [String] {
        label.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init).filter { $0.count > 3 }
    }
}

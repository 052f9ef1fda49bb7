import StrategyModel

extension CircleFormat {
    /// What writing `circle` in this format drops, one sentence per kind of loss, with
    /// counts; empty when the format holds everything the circle has.
    public func losses(writing circle: StrategyCircle) -> [String] {
        let missing = Set(CircleFeature.allCases).subtracting(holds)
        let name = displayName
        var result: [String] = []
        func lose(_ feature: CircleFeature, _ count: Int, _ what: String) {
            if missing.contains(feature), count > 0 { result.append("\(what) cannot be held in \(name): \(count) dropped") }
        }
        let nodes = circle.nodes
        lose(.labels, nodes.filter { $0.label != $0.id }.count, "node labels")
        lose(.englishLabels, nodes.filter { $0.labelEN != nil }.count, "English labels")
        lose(.ringsAndSectors, circle.rings.count + circle.sectors.count, "rings and sectors")
        if holds.contains(.ringsAndSectors) {
            lose(.divisionLabels, circle.rings.count + circle.sectors.count, "ring and sector labels")
        }
        lose(.status, nodes.filter { !$0.isActive }.count, "excluded status (the nodes become active)")
        lose(.nodeEvidence, nodes.filter { $0.provenance.evidence != .unspecified }.count, "node evidence")
        lose(.edgeEvidence, circle.edges.filter { $0.provenance.evidence != .unspecified }.count, "edge evidence")
        lose(.evidenceDetails, (nodes.map(\.provenance) + circle.edges.map(\.provenance))
            .filter { !$0.basis.isEmpty || $0.wording != nil }.count + nodes.filter { $0.placementReason != nil }.count,
             "basis sentences, claim wordings and placement reasons")
        lose(.kinds, circle.edges.filter { $0.kind != .influences }.count, "edge kinds")
        lose(.title, circle.metadata.title == nil ? 0 : 1, "the title")
        let m = circle.metadata
        lose(.furtherMetadata, [m.titleEN, m.source, m.notes].compactMap { $0 }.count, "the English title, source and notes")
        let touched = Set(circle.edges.flatMap { [$0.from, $0.to] })
        lose(.nodesWithoutEdges, nodes.filter { !touched.contains($0.id) }.count, "nodes without edges")
        lose(.direction, circle.isUndirected ? 1 : 0, "undirectedness")
        lose(.weightDoubt, circle.edges.filter { $0.doubt != nil }.count, "weight ranges and confidences")
        lose(.workshop, circle.metadata.participants.count + circle.edges.filter { !$0.drawnBy.isEmpty }.count,
             "workshop participants and who drew each edge")
        return result
    }
}

extension StrategyCircle {
    /// The circle as a format that holds only `features` gives it back: what survives a
    /// conversion. Rings and sectors without their declarations come in the order nodes first
    /// name them; without `nodesWithoutEdges`, nodes come in the order edges first name them;
    /// without `edgeOrder`, edges come row by row in node order.
    public func keeping(_ features: Set<CircleFeature>) throws(ModelValidationError) -> StrategyCircle {
        func has(_ feature: CircleFeature) -> Bool { features.contains(feature) }
        func evidence(_ p: Provenance, _ kept: Bool) -> Provenance {
            guard kept else { return .unspecified }
            return has(.evidenceDetails) ? p : Provenance(evidence: p.evidence, quote: p.quote, reason: p.reason)
        }
        var keptNodes = nodes.map { node in
            Node(id: node.id, label: has(.labels) ? node.label : nil, labelEN: has(.englishLabels) ? node.labelEN : nil,
                 ring: has(.ringsAndSectors) ? node.ring : nil, sector: has(.ringsAndSectors) ? node.sector : nil,
                 status: has(.status) ? node.status : .active, provenance: evidence(node.provenance, has(.nodeEvidence)),
                 placementReason: has(.evidenceDetails) ? node.placementReason : nil)
        }
        if !has(.nodesWithoutEdges) {
            var order: [String] = []
            var seen = Set<String>()
            for edge in edges { for id in [edge.from, edge.to] where seen.insert(id).inserted { order.append(id) } }
            let byID = Dictionary(uniqueKeysWithValues: keptNodes.map { ($0.id, $0) })
            keptNodes = order.compactMap { byID[$0] }
        }
        var keptRings: [Ring] = [], keptSectors: [Sector] = []
        if has(.ringsAndSectors) {
            if has(.divisionLabels) {
                keptRings = rings
                keptSectors = sectors
            } else {
                for node in keptNodes {
                    if let ring = node.ring, !keptRings.contains(where: { $0.id == ring }) { keptRings.append(Ring(id: ring)) }
                    if let sector = node.sector, !keptSectors.contains(where: { $0.id == sector }) { keptSectors.append(Sector(id: sector)) }
                }
            }
        }
        var ordered = edges
        if !has(.edgeOrder) {
            let position = Dictionary(uniqueKeysWithValues: keptNodes.enumerated().map { ($1.id, $0) })
            ordered.sort { (position[$0.from] ?? 0, position[$0.to] ?? 0) < (position[$1.from] ?? 0, position[$1.to] ?? 0) }
        }
        let keptEdges = ordered.map { edge in
            Edge(from: edge.from, to: edge.to, weight: edge.weight, sign: edge.sign, kind: has(.kinds) ? edge.kind : .influences,
                 provenance: evidence(edge.provenance, has(.edgeEvidence)), doubt: has(.weightDoubt) ? edge.doubt : nil,
                 drawnBy: has(.workshop) ? edge.drawnBy : [])
        }
        let meta = Metadata(title: has(.title) ? metadata.title : nil, titleEN: has(.furtherMetadata) ? metadata.titleEN : nil,
                            source: has(.furtherMetadata) ? metadata.source : nil, notes: has(.furtherMetadata) ? metadata.notes : nil,
                            participants: has(.workshop) ? metadata.participants : [])
        return try StrategyCircle(metadata: meta, rings: keptRings, sectors: keptSectors, nodes: keptNodes, edges: keptEdges,
                                  isUndirected: has(.direction) ? isUndirected : false)
    }
}

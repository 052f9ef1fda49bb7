import StrategyModel

/// Which edge of a scenario is which edge of its baseline, matched by their ends: computed
/// once per comparison and read by the diff and the loop comparison alike.
struct EdgeCorrespondence {
    /// For each baseline edge, its position in the scenario's edges, or nil when removed.
    let after: [Int?]
    /// Positions of the scenario's edges the baseline does not have.
    let added: [Int]

    init(baseline: StrategyCircle, changed: StrategyCircle) {
        after = baseline.edges.map { changed.edge(EdgeReference(from: $0.from, to: $0.to))?.index }
        added = changed.edges.indices.filter {
            baseline.edge(EdgeReference(from: changed.edges[$0].from, to: changed.edges[$0].to)) == nil
        }
    }

    /// True when baseline edge `e` survives with another weight or sign.
    func isReweighted(_ e: Int, baseline: StrategyCircle, changed: StrategyCircle) -> Bool {
        guard let now = after[e] else { return false }
        return changed.edges[now].weight != baseline.edges[e].weight || changed.edges[now].sign != baseline.edges[e].sign
    }
}

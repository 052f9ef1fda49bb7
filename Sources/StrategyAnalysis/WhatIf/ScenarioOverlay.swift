import GraphAlgorithms
import StrategyModel

/// What a drawing of a what-if scenario shows: the baseline with everything the scenario
/// adds or brings back, which nodes and edges it removes, and the surviving edges of
/// the reinforcing loops it breaks. Built here; `GraphRendering` only draws it.
public struct ScenarioOverlay: Sendable {
    /// The circle to draw: the baseline plus what the scenario adds, with the scenario's statuses.
    public var drawn: StrategyCircle
    public var removedNodes: Set<String>
    public var removedEdges: Set<EdgeReference>
    /// Edges that survive the scenario but lie on a reinforcing loop it breaks.
    public var brokenLoopLinks: Set<EdgeReference>
    /// Why the broken loops' edges may be incomplete (the loop enumeration stopped at its limit), or nil.
    public var incomplete: String?

    public init(baseline: StrategyCircle, scenario: Scenario, limits: LoopSearch.Limits = LoopCatalog.defaultLimits)
        throws(Scenario.Failure)
    {
        let changed = try scenario.apply(to: baseline)
        var nodes = baseline.nodes.map { node in
            changed.node(node.id).map { var kept = node; kept.status = $0.status; return kept } ?? node
        }
        nodes += changed.nodes.filter { baseline.node($0.id) == nil }
        var edges = baseline.edges
        edges += changed.edges.filter { baseline.edge(EdgeReference(from: $0.from, to: $0.to)) == nil }
        do {
            drawn = try StrategyCircle(metadata: baseline.metadata, rings: baseline.rings, sectors: baseline.sectors,
                                       nodes: nodes, edges: edges)
        } catch {
            throw Scenario.Failure(scenario: scenario.name, problems: error.issues.map(\.description))
        }
        let before = baseline.activePart
        let after = changed.activePart
        removedNodes = Set(before.nodes.map(\.id).filter { after.node($0) == nil })
        let removedPositions = before.edges.indices.filter {
            after.edge(EdgeReference(from: before.edges[$0].from, to: before.edges[$0].to)) == nil
        }
        removedEdges = Set(removedPositions.map { EdgeReference(from: before.edges[$0].from, to: before.edges[$0].to) })
        let catalog = LoopCatalog(before, limits: limits, indexed: false)
        var marked = Set<EdgeReference>()
        for loop in catalog.loops(throughAny: removedPositions)
        where catalog.classification(ofLoop: loop).polarity == .reinforcing {
            for e in catalog.edges(ofLoop: loop) {
                let reference = EdgeReference(from: before.edges[Int(e)].from, to: before.edges[Int(e)].to)
                if !removedEdges.contains(reference) { marked.insert(reference) }
            }
        }
        brokenLoopLinks = marked
        incomplete = catalog.refusal.map { _ in
            "the loop enumeration \(catalog.completion.rawValue) after \(catalog.count) loops; "
                + "the dotted edges are those of the loops found"
        }
    }
}

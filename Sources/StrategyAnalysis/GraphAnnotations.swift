import GraphAlgorithms
import StrategyModel

/// Analysis results per node and per edge, to write into GraphML or GEXF so that Gephi,
/// Cytoscape or yEd users style by them at once (`circle … --annotate OUT`): centralities
/// (degree, strength, betweenness, closeness, PageRank, eigenvector, each with the
/// centrality command's defaults), the synergy cluster (Leiden, seed 1), the reinforcing and
/// balancing loops through each node and edge, the MICMAC quadrant (indirect, split at the
/// mean) and the DEMATEL group. Loop counts come from one bounded enumeration;
/// `loopsComplete` says whether it saw every loop, and is written with the counts.
public struct GraphAnnotations: Sendable {
    /// Node id → attribute → value, for the circle's nodes.
    public var nodes: [String: [String: String]] = [:]
    /// `FROM>TO` → attribute → value.
    public var edges: [String: [String: String]] = [:]
    public var graph: [String: String] = [:]
    /// The attributes whose values are numbers (typed as such in GraphML and GEXF).
    public var numeric: Set<String> = []

    public static let measures: [CentralityMeasure] = [.degree, .strength, .betweenness, .closeness, .pagerank, .eigenvector]

    /// - Parameter circle: the circle as analysed (usually its active part).
    public init(_ circle: StrategyCircle) {
        let table = CentralityTable(circle, measures: Self.measures)
        for measure in Self.measures {
            guard let values = table.values[measure] else { continue }
            let name = measure.rawValue.replacingOccurrences(of: "-", with: "_")
            numeric.insert(name)
            for (id, value) in zip(table.nodeIDs, values) { nodes[id, default: [:]][name] = "\(value)" }
        }
        let clusters = ClusterResult(circle)
        numeric.insert("cluster")
        for (index, node) in circle.nodes.enumerated() where clusters.membership.indices.contains(index) {
            nodes[node.id, default: [:]]["cluster"] = "\(clusters.membership[index])"
        }
        var query = LoopQuery()
        query.limit = 0
        let loops = LoopReport(circle, query: query)
        let complete = loops.completion == .complete
        graph["loops_complete"] = complete ? "true" : "false"
        numeric.formUnion(["loops_reinforcing", "loops_balancing"])
        for node in circle.nodes {
            nodes[node.id, default: [:]]["loops_reinforcing"] = "0"
            nodes[node.id, default: [:]]["loops_balancing"] = "0"
        }
        for p in loops.nodes {
            nodes[p.id, default: [:]]["loops_reinforcing"] = "\(p.reinforcing)"
            nodes[p.id, default: [:]]["loops_balancing"] = "\(p.balancing)"
        }
        for edge in circle.edges {
            edges["\(edge.from)>\(edge.to)"] = ["loops_reinforcing": "0", "loops_balancing": "0"]
        }
        for p in loops.edges {
            edges["\(p.from)>\(p.to)"] = ["loops_reinforcing": "\(p.reinforcing)", "loops_balancing": "\(p.balancing)"]
        }
        if circle.nodes.count <= denseMatrixLimit {
            let structure = StructuralAnalysis(circle)
            for row in structure.nodes { nodes[row.id, default: [:]]["micmac_quadrant"] = row.indirectQuadrant.rawValue }
            if let dematel = try? DematelReport(circle) {
                for row in dematel.nodes { nodes[row.id, default: [:]]["dematel_group"] = row.group }
            }
        }
    }
}

import StrategyModel

/// The structural indices of fuzzy-cognitive-map practice (Özesmi & Özesmi 2004), as
/// Mental Modeler reports them.
///
/// Per node: outdegree = Σ|w| of its out-edges, indegree = Σ|w| of its in-edges,
/// centrality = both. Transmitters have only out-edges, receivers only in-edges, ordinary
/// nodes both (isolated ones neither). Complexity = receivers ÷ transmitters (nil with
/// no transmitters). Density = connections ÷ N² (Özesmi & Özesmi's formula; Mental
/// Modeler's). Hierarchy index (MacDonald 1983) h = 12 / ((N − 1) N (N + 1)) ·
/// Σᵢ (odᵢ − Σod/N)², on the weighted outdegrees: 0 democratic, 1 fully hierarchical.
///
/// [Özesmi & Özesmi 2004]: "Ecological models based on people's knowledge: a multi-step
/// fuzzy cognitive mapping approach", Ecol. Model. 176:43–64.
/// https://doi.org/10.1016/j.ecolmodel.2003.10.027
public struct CognitiveMapIndices: Sendable, Codable {
    public enum Role: String, Sendable, Codable { case transmitter, receiver, ordinary, isolated }

    public var outdegree: [Double]
    public var indegree: [Double]
    public var centrality: [Double]
    public var roles: [Role]
    public var transmitters: Int
    public var receivers: Int
    public var ordinary: Int
    public var complexity: Double?
    public var density: Double
    public var hierarchyIndex: Double

    /// - Complexity: O(n + m).
    public init(_ graph: Adjacency) {
        let n = graph.nodeCount
        var out = [Double](repeating: 0, count: n)
        var into = [Double](repeating: 0, count: n)
        for e in 0..<graph.edgeCount {
            out[Int(graph.edgeSources[e])] += graph.edgeWeights[e]
            into[Int(graph.edgeTargets[e])] += graph.edgeWeights[e]
        }
        outdegree = out
        indegree = into
        centrality = zip(out, into).map(+)
        roles = zip(out, into).map { o, i in
            switch (o > 0, i > 0) {
            case (true, false): return .transmitter
            case (false, true): return .receiver
            case (true, true): return .ordinary
            case (false, false): return .isolated
            }
        }
        transmitters = roles.filter { $0 == .transmitter }.count
        receivers = roles.filter { $0 == .receiver }.count
        ordinary = roles.filter { $0 == .ordinary }.count
        complexity = transmitters > 0 ? Double(receivers) / Double(transmitters) : nil
        density = n > 0 ? Double(graph.edgeCount) / Double(n * n) : 0
        if n > 1 {
            let mean = out.reduce(0, +) / Double(n)
            let spread = out.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            hierarchyIndex = 12 / (Double(n - 1) * Double(n) * Double(n + 1)) * spread
        } else {
            hierarchyIndex = 0
        }
    }
}

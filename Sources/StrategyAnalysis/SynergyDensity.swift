import GraphAlgorithms
import StrategyModel

/// How densely the nodes of a circle support each other, within and between groups.
///
/// Read on the synergy network (directions folded: the synergy of {u, v} is the summed
/// strength of the positive edges u → v and v → u; negative edges are reported apart).
/// Weighted density of a group of s nodes: its inside synergy ÷ s(s − 1)/2 possible pairs;
/// between groups A and B: their synergy ÷ |A|·|B|. Nodes without the grouping attribute
/// are left out of that grouping.
public struct SynergyDensity: Sendable, Codable {
    public struct Group: Sendable, Codable {
        public var id: String
        public var label: String
        public var nodes: Int
        /// Summed positive synergy inside.
        public var synergy: Double
        /// Summed negative weight inside (tension within the group).
        public var tension: Double
        public var density: Double
    }

    public var grouping: String
    public var groups: [Group]
    /// `between[a][b]`: synergy density between groups a and b (the diagonal is the inside density).
    public var between: [[Double]]
    /// Summed synergy between groups a and b (diagonal: inside).
    public var synergyBetween: [[Double]]
    public var overallDensity: Double

    /// - Parameters:
    ///   - membership: a group index per node of `circle`, or nil to leave the node out.
    public init(_ circle: StrategyCircle, grouping: String, groups: [(id: String, label: String)], membership: [Int?]) {
        let network = SynergyNetwork(circle.adjacency, alreadySymmetric: circle.isUndirected)
        let k = groups.count
        var size = [Int](repeating: 0, count: k)
        for case let g? in membership { size[g] += 1 }
        var synergy = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        var tension = [Double](repeating: 0, count: k)
        var total = 0.0
        for v in 0..<network.nodeCount {
            for e in Int(network.offsets[v])..<Int(network.offsets[v + 1]) {
                let u = Int(network.neighbours[e])
                guard u > v else { continue }  // each pair once; loops are not synergy
                total += network.positive[e]
                guard let a = membership[v], let b = membership[u] else { continue }
                synergy[a][b] += network.positive[e]
                if a != b { synergy[b][a] += network.positive[e] } else { tension[a] += network.negative[e] }
            }
        }
        var density = [[Double]](repeating: [Double](repeating: 0, count: k), count: k)
        for a in 0..<k {
            for b in 0..<k {
                let pairs = a == b ? Double(size[a] * (size[a] - 1)) / 2 : Double(size[a] * size[b])
                density[a][b] = pairs > 0 ? synergy[a][b] / pairs : 0
            }
        }
        let n = Double(circle.nodes.count)
        self.grouping = grouping
        self.groups = groups.enumerated().map { index, group in
            Group(id: group.id, label: group.label, nodes: size[index], synergy: synergy[index][index],
                  tension: tension[index], density: density[index][index])
        }
        self.between = density
        self.synergyBetween = synergy
        self.overallDensity = n > 1 ? total / (n * (n - 1) / 2) : 0
    }

    /// By the circle's rings or sectors.
    public static func byRing(_ circle: StrategyCircle) -> SynergyDensity {
        SynergyDensity(circle, grouping: "ring", groups: circle.rings.map { ($0.id, $0.label) },
                       membership: circle.nodes.map { $0.ring.flatMap(circle.index(ofRing:)) })
    }

    public static func bySector(_ circle: StrategyCircle) -> SynergyDensity {
        SynergyDensity(circle, grouping: "sector", groups: circle.sectors.map { ($0.id, $0.label) },
                       membership: circle.nodes.map { $0.sector.flatMap(circle.index(ofSector:)) })
    }

    /// By synergy cluster: `number[v]` is node v's cluster number (1-based, as `ClusterResult`
    /// numbers them); group i is cluster i + 1, whatever order the numbers first appear in.
    public static func byCluster(_ circle: StrategyCircle, number: [Int]) -> SynergyDensity {
        let count = number.max() ?? 0
        return SynergyDensity(circle, grouping: "cluster",
                              groups: (0..<count).map { ("c\($0 + 1)", "cluster \($0 + 1)") },
                              membership: number.map { $0 - 1 })
    }
}

/// Where the synergy between sectors runs: between neighbours on the circle, or across it.
///
/// The seed's claim: synergies appear where neighbouring areas touch. Sectors i and j are
/// adjacent when they follow each other in the circle's order (cyclically; with two
/// sectors, they are adjacent).
public struct SectorAdjacency: Sendable, Codable {
    /// Synergy between adjacent sectors ÷ all synergy between different sectors.
    public var adjacentShare: Double
    public var adjacentSynergy: Double
    public var distantSynergy: Double
    /// The share a random order would give on average: 2/(k − 1) of the pairs are adjacent.
    public var expectedShare: Double

    /// - Parameter order: group indices in circle order; nil keeps the file's order. Groups
    ///   without nodes are skipped, so their neighbours count as adjacent.
    public init(density: SynergyDensity, order: [Int]? = nil) {
        let around = (order ?? Array(density.groups.indices)).filter { density.groups[$0].nodes > 0 }
        let k = around.count
        var adjacent = 0.0
        var distant = 0.0
        for i in 0..<k {
            for j in (i + 1)..<max(i + 1, k) {
                let synergy = density.synergyBetween[around[i]][around[j]]
                if j - i == 1 || j - i == k - 1 { adjacent += synergy } else { distant += synergy }
            }
        }
        adjacentSynergy = adjacent
        distantSynergy = distant
        adjacentShare = adjacent + distant > 0 ? adjacent / (adjacent + distant) : 0
        expectedShare = k > 2 ? min(1, 2 / Double(k - 1)) : 1
    }
}

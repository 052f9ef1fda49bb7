import GraphAlgorithms
import StrategyModel

/// Two circles side by side (two participants, two versions): what one has and the other
/// lacks, how far their weights lie apart, whether they rank nodes alike, and which feedback
/// loops one sees and the other does not.
///
/// Conventions: nodes and edges match by id; both circles' active parts are compared.
/// Jaccard similarity = shared edges ÷ edges in either. The weighted distance is the
/// Euclidean (Frobenius) distance between the signed weight matrices over all node pairs of
/// either, an edge one lacks counting 0. The rank correlation is Spearman's ρ of PageRank
/// over the shared nodes (average ranks for ties; nil with fewer than 3 shared nodes).
/// Loops are compared by their node sequence, rotated to start at the smallest id: a loop
/// only one circle has, or one whose polarity differs, is a disagreement. When either loop
/// enumeration stopped at its limit, the loop comparison is withheld and says why.
public struct CircleComparison: Sendable, Codable {
    public struct SignDisagreement: Sendable, Codable, Hashable {
        public var from: String
        public var to: String
        public var first: String
        public var second: String
    }

    public struct LoopDifference: Sendable, Codable, Hashable {
        /// The loop's nodes, starting at the smallest id.
        public var nodes: [String]
        /// "R" or "B" in the first and second circle; nil where that circle lacks the loop.
        public var first: String?
        public var second: String?

        public init(nodes: [String], first: String?, second: String?) {
            self.nodes = nodes
            self.first = first
            self.second = second
        }
    }

    public var sharedNodes: Int
    public var nodesOnlyInFirst: [String]
    public var nodesOnlyInSecond: [String]
    public var sharedEdges: Int
    public var edgesOnlyInFirst: [String]
    public var edgesOnlyInSecond: [String]
    public var signDisagreements: [SignDisagreement]
    public var jaccard: Double
    public var weightedDistance: Double
    public var pageRankCorrelation: Double?
    /// Loops one sees and the other does not, or with another polarity; nil when withheld.
    public var loopDifferences: [LoopDifference]?
    public var loopsWithheld: String?

    public init(_ first: StrategyCircle, _ second: StrategyCircle, maxLoops: Int = 100_000) {
        let a = first.activePart, b = second.activePart
        let idsA = Set(a.nodes.map(\.id)), idsB = Set(b.nodes.map(\.id))
        sharedNodes = idsA.intersection(idsB).count
        nodesOnlyInFirst = a.nodes.map(\.id).filter { !idsB.contains($0) }
        nodesOnlyInSecond = b.nodes.map(\.id).filter { !idsA.contains($0) }
        func signed(_ circle: StrategyCircle) -> [String: Double] {
            Dictionary(circle.edges.map { ("\($0.from)>\($0.to)", $0.sign == .negative ? -$0.weight : $0.weight) }) { x, _ in x }
        }
        let wa = signed(a), wb = signed(b)
        let shared = a.edges.map { "\($0.from)>\($0.to)" }.filter { wb[$0] != nil }
        sharedEdges = shared.count
        edgesOnlyInFirst = a.edges.map { "\($0.from)>\($0.to)" }.filter { wb[$0] == nil }
        edgesOnlyInSecond = b.edges.map { "\($0.from)>\($0.to)" }.filter { wa[$0] == nil }
        signDisagreements = shared.compactMap { key in
            guard let x = wa[key], let y = wb[key], (x < 0) != (y < 0) else { return nil }
            let ends = key.split(separator: ">").map(String.init)
            return SignDisagreement(from: ends[0], to: ends[1], first: x < 0 ? "-" : "+", second: y < 0 ? "-" : "+")
        }
        let union = Set(wa.keys).union(wb.keys)
        jaccard = union.isEmpty ? 1 : Double(shared.count) / Double(union.count)
        weightedDistance = union.reduce(0.0) { sum, key in
            let d = (wa[key] ?? 0) - (wb[key] ?? 0)
            return sum + d * d
        }.squareRoot()
        let common = a.nodes.map(\.id).filter { idsB.contains($0) }
        if common.count >= 3 {
            let pa = CentralityTable(a, measures: [.pagerank]).values[.pagerank] ?? []
            let pb = CentralityTable(b, measures: [.pagerank]).values[.pagerank] ?? []
            let x = common.compactMap { a.index(ofNode: $0).map { pa[$0] } }
            let y = common.compactMap { b.index(ofNode: $0).map { pb[$0] } }
            pageRankCorrelation = Self.spearman(x, y)
        } else {
            pageRankCorrelation = nil
        }
        var query = LoopQuery()
        query.limit = Int.max
        query.maxCount = maxLoops
        let la = LoopReport(a, query: query), lb = LoopReport(b, query: query)
        if la.completion != .complete || lb.completion != .complete {
            loopDifferences = nil
            loopsWithheld = "a loop enumeration stopped at its limit (\(maxLoops) loops); the loops are not compared"
        } else {
            func keyed(_ report: LoopReport) -> [[String]: String] {
                var result: [[String]: String] = [:]
                for loop in report.loops {
                    let start = loop.nodes.indices.min { loop.nodes[$0] < loop.nodes[$1] } ?? 0
                    result[Array(loop.nodes[start...] + loop.nodes[..<start])] = loop.polarity == .reinforcing ? "R" : "B"
                }
                return result
            }
            let ka = keyed(la), kb = keyed(lb)
            loopDifferences = Set(ka.keys).union(kb.keys).filter { ka[$0] != kb[$0] }
                .sorted { ($0.count, $0.joined(separator: ">")) < ($1.count, $1.joined(separator: ">")) }
                .map { LoopDifference(nodes: $0, first: ka[$0], second: kb[$0]) }
            loopsWithheld = nil
        }
    }

    /// Spearman's ρ: Pearson's correlation of the ranks (ties share their mean rank); nil
    /// with fewer than two values or when either side is constant.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double? {
        func ranks(_ v: [Double]) -> [Double] {
            let order = v.indices.sorted { v[$0] < v[$1] }
            var result = [Double](repeating: 0, count: v.count)
            var i = 0
            while i < order.count {
                var j = i
                while j + 1 < order.count, v[order[j + 1]] == v[order[i]] { j += 1 }
                for k in i...j { result[order[k]] = Double(i + j) / 2 + 1 }
                i = j + 1
            }
            return result
        }
        let rx = ranks(x), ry = ranks(y)
        let n = Double(rx.count)
        guard n >= 2 else { return nil }
        let mx = rx.reduce(0, +) / n, my = ry.reduce(0, +) / n
        let cov = zip(rx, ry).reduce(0.0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let vx = rx.reduce(0.0) { $0 + ($1 - mx) * ($1 - mx) }, vy = ry.reduce(0.0) { $0 + ($1 - my) * ($1 - my) }
        guard vx > 0, vy > 0 else { return nil }
        return cov / (vx * vy).squareRoot()
    }
}

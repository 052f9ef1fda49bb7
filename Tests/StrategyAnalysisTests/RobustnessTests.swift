import Foundation
import StrategyAnalysis
import StrategyModel
import Testing

/// `Robustness` against a brute-force enumeration: on a circle with two uncertain weights,
/// the share of a fine grid over both ranges on which each finding holds, each grid point
/// analysed through the public analyses (centrality table, loop report, clusters, sweep),
/// not through the robustness code.
@Suite("Findings under uncertainty")
struct RobustnessTests {
    /// a ⇄ b, b ⇄ c, c ⇄ d, d → a; a→b is 0.5…3, b→c −1…2 (it may reverse), the rest exact.
    static func circle(ab: Double = 1, bc: Double = 1.5, doubt: Bool = true) throws -> StrategyCircle {
        func edge(_ from: String, _ to: String, _ value: Double, _ range: ClosedRange<Double>?) -> Edge {
            let (weight, sign) = Sign.split(signedWeight: value)
            return Edge(from: from, to: to, weight: weight, sign: sign,
                        doubt: doubt ? range.map(WeightDoubt.range) ?? .confidence(1) : nil)
        }
        return try StrategyCircle(
            nodes: ["a", "b", "c", "d"].map { Node(id: $0) },
            edges: [edge("a", "b", ab, 0.5...3), edge("b", "a", 1.2, nil), edge("b", "c", bc, -1...2), edge("c", "b", 1.5, nil),
                    edge("c", "d", 1, nil), edge("d", "c", 1.4, nil), edge("d", "a", 1, nil)])
    }

    static func options(runs: Int, threads: Int? = nil, seed: UInt64 = 11) -> Robustness.Options {
        var options = Robustness.Options()
        options.runs = runs
        options.seed = seed
        options.spread = 0
        options.top = 2
        options.threads = threads
        return options
    }

    /// Whether `values[i]` is among the k largest, ties in (fewer than k strictly larger).
    static func inTop(_ values: [Double], _ i: Int, _ k: Int) -> Bool { values.filter { $0 > values[i] }.count < k }

    @Test func agreesWithBruteForceEnumeration() throws {
        let runs = 3000
        let result = try Robustness(Self.circle(), options: Self.options(runs: runs))
        #expect(result.runs == runs && result.uncertainEdges == 2 && result.signUncertainEdges == 1)

        // The baseline's findings, from the public analyses.
        let base = try Self.circle()
        func meanRanks(_ circle: StrategyCircle) -> [Double] {
            CentralityTable(circle, measures: AnalysisReport.reportedMeasures).meanRanks(AnalysisReport.reportedMeasures)
        }
        func loops(_ circle: StrategyCircle) -> [FeedbackLoop] {
            var query = LoopQuery()
            query.limit = 1000
            return LoopReport(circle, query: query).loops
        }
        func keystones(_ circle: StrategyCircle) throws -> [Sweep.Entry] {
            try Sweep.run(Sweep.scenarios(.single, circle: circle), on: circle, options: .impactOnly).entries
        }
        let baseLoops = loops(base)
        let strong = baseLoops.filter { loop in baseLoops.filter { $0.gain > loop.gain }.count < 2 }
        let baseClusters = ClusterResult(base).clusters.map(\.members)
        let baseKeys = try keystones(base)
        let keyNames = baseKeys.filter { e in baseKeys.filter { $0.impact > e.impact }.count < 2 }.map(\.removed)

        // Every grid point of a→b ∈ [0.5, 3] × b→c ∈ [−1, 2], at cell midpoints.
        let grid = 50
        var inTop = [String: Int](), together = [Int](repeating: 0, count: baseClusters.count)
        var staysStrong = [[String]: Int](), keepsPolarity = [[String]: Int](), keystoneStays = [[String]: Int]()
        for i in 0..<grid {
            for j in 0..<grid {
                let ab = 0.5 + 2.5 * (Double(i) + 0.5) / Double(grid)
                let bc = -1 + 3 * (Double(j) + 0.5) / Double(grid)
                let circle = try Self.circle(ab: ab, bc: bc, doubt: false)
                let ranks = meanRanks(circle).map { -$0 }
                for (v, node) in circle.nodes.enumerated() where Self.inTop(ranks, v, 2) { inTop[node.id, default: 0] += 1 }
                let membership = Dictionary(uniqueKeysWithValues: ClusterResult(circle).clusters.flatMap { c in
                    c.members.map { ($0, c.number) } })
                for (c, members) in baseClusters.enumerated() where Set(members.map { membership[$0] }).count == 1 {
                    together[c] += 1
                }
                let now = loops(circle)
                for loop in strong {
                    guard let same = now.first(where: { $0.nodes == loop.nodes }) else { continue }
                    if now.filter({ $0.gain > same.gain }).count < 2 { staysStrong[loop.nodes, default: 0] += 1 }
                    if same.polarity == loop.polarity { keepsPolarity[loop.nodes, default: 0] += 1 }
                }
                let entries = try keystones(circle)
                for name in keyNames {
                    let impact = entries.first { $0.removed == name }?.impact ?? -.infinity
                    if entries.filter({ $0.impact > impact }).count < 2 { keystoneStays[name, default: 0] += 1 }
                }
            }
        }
        let cells = Double(grid * grid)
        // Monte Carlo error (4 standard errors) plus the grid's (a finding's boundary crosses ~grid cells).
        func close(_ share: Robustness.Share, _ count: Int, _ what: String) {
            let exact = Double(count) / cells
            let tolerance = 4 * max(share.standardError, (exact * (1 - exact) / Double(runs)).squareRoot()) + 2.0 / Double(grid)
            #expect(abs(share.holds - exact) <= tolerance, "\(what): \(share.holds) vs enumerated \(exact)")
        }
        var between = 0  // findings that are neither certain nor impossible: the test has teeth
        for row in result.nodes {
            close(row.inTop, inTop[row.id] ?? 0, "top 2: \(row.id)")
            if row.inTop.holds > 0.05 && row.inTop.holds < 0.95 { between += 1 }
        }
        #expect(result.clusters.map(\.members) == baseClusters)
        for row in result.clusters {
            close(row.holdsTogether, together[row.number - 1], "cluster \(row.number)")
            if row.holdsTogether.holds > 0.05 && row.holdsTogether.holds < 0.95 { between += 1 }
        }
        let loopRows = try #require(result.loops)
        #expect(loopRows.map(\.nodes) == strong.map(\.nodes))
        for row in loopRows {
            close(row.staysStrong, staysStrong[row.nodes] ?? 0, "loop \(row.nodes) strong")
            close(row.keepsPolarity, keepsPolarity[row.nodes] ?? 0, "loop \(row.nodes) polarity")
            if row.staysStrong.holds > 0.05 && row.staysStrong.holds < 0.95 { between += 1 }
        }
        let keystoneRows = try #require(result.keystones)
        #expect(keystoneRows.map(\.id) == keyNames.map { $0.joined(separator: ", ") })
        for (row, name) in zip(keystoneRows, keyNames) {
            close(row.staysTop, keystoneStays[name] ?? 0, "keystone \(name)")
            if row.staysTop.holds > 0.05 && row.staysTop.holds < 0.95 { between += 1 }
        }
        #expect(between >= 5)

        // By hand: the b ⇄ c loop keeps its polarity exactly when b→c stays positive, 2/3 of its range.
        let bc = try #require(loopRows.first { $0.nodes == ["b", "c"] })
        #expect(abs(bc.keepsPolarity.holds - 2.0 / 3) <= 4 * bc.keepsPolarity.standardError)
    }

    @Test func sameSeedSameFiguresWhateverTheThreads() throws {
        let circle = try Self.circle()
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let one = try encoder.encode(Robustness(circle, options: Self.options(runs: 300, threads: 1)))
        let two = try encoder.encode(Robustness(circle, options: Self.options(runs: 300, threads: 2)))
        let three = try encoder.encode(Robustness(circle, options: Self.options(runs: 300, threads: 3)))
        #expect(one == two && two == three)
        let other = try encoder.encode(Robustness(circle, options: Self.options(runs: 300, threads: 2, seed: 12)))
        #expect(other != one)
    }

    @Test func exactWeightsMakeEveryFindingCertain() throws {
        var options = Self.options(runs: 50)
        options.spread = 0
        let result = try Robustness(Self.circle(doubt: false), options: options)
        #expect(result.uncertainEdges == 0)
        #expect(result.nodes.allSatisfy { $0.inTop.holds == ($0.baselineTop ? 1 : 0) })
        #expect(result.clusters.allSatisfy { $0.holdsTogether.holds == 1 })
        #expect(result.loops?.allSatisfy { $0.staysStrong.holds == 1 && $0.keepsPolarity.holds == 1 } == true)
    }
}

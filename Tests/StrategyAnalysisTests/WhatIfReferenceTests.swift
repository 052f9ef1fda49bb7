import Foundation
import GraphAlgorithms
import StrategyAnalysis
import StrategyModel
import TestSupport
import Testing

/// What-if loop comparisons against NetworkX, which enumerates every loop before and after
/// each scenario (Scripts/reference/whatif_reference.py writes Fixtures/whatif.json).
@Suite("What-if against NetworkX")
struct WhatIfReferenceTests {
    struct Fixture: Decodable {
        struct Expected: Decodable {
            var refused: Bool
            var reinforcingBefore: Int?
            var balancingBefore: Int?
            var reinforcingAfter: Int?
            var balancingAfter: Int?
            var reinforcingBroken: Int?
            var balancingBroken: Int?
            var reinforcingNew: Int?
            var balancingNew: Int?
            var reinforcingToBalancing: Int?
            var balancingToReinforcing: Int?
            var reinforcingGainBefore: Double?
            var reinforcingGainAfter: Double?
            var reinforcingGainLost: Double?
            var reinforcingGainGained: Double?
            var reinforcingGainLostShare: Double?
        }

        struct Case: Decodable {
            var name: String
            var remove: [String]?
            var remove_edges: [[String]]?
            var set_weight: [[Value]]?
            var set_sign: [[Value]]?
            var add_edges: [[Value]]?
            var expected: Expected
        }

        enum Value: Decodable {
            case text(String)
            case number(Double)
            init(from decoder: any Decoder) throws {
                let container = try decoder.singleValueContainer()
                if let number = try? container.decode(Double.self) { self = .number(number) } else {
                    self = .text(try container.decode(String.self))
                }
            }
            var text: String { if case let .text(t) = self { return t } else { return "" } }
            var number: Double { if case let .number(n) = self { return n } else { return .nan } }
        }

        struct Graph: Decodable {
            var nodes: [String]
            var edges: [[Value]]
            var scenarios: [Case]
        }

        var limit: Int
        var graphs: [String: Graph]
    }

    static let fixture = TestPaths.fixture(Fixture.self, "Tests/StrategyAnalysisTests/Fixtures/whatif.json")

    static func circle(_ graph: Fixture.Graph) throws -> StrategyCircle {
        try StrategyCircle(nodes: graph.nodes.map { Node(id: $0) }, edges: graph.edges.map {
            Edge(from: $0[0].text, to: $0[1].text, weight: $0[2].number, sign: $0[3].number < 0 ? .negative : .positive)
        })
    }

    static func scenario(_ item: Fixture.Case) -> Scenario {
        var changes = ScenarioChanges()
        changes.remove = item.remove ?? []
        changes.removeEdges = (item.remove_edges ?? []).map { EdgeReference(from: $0[0], to: $0[1]) }
        changes.setWeights = (item.set_weight ?? []).map {
            .init(edge: EdgeReference(from: $0[0].text, to: $0[1].text), weight: $0[2].number)
        }
        changes.setSigns = (item.set_sign ?? []).map {
            .init(edge: EdgeReference(from: $0[0].text, to: $0[1].text), sign: $0[2].number < 0 ? .negative : .positive)
        }
        changes.addEdges = (item.add_edges ?? []).map {
            Edge(from: $0[0].text, to: $0[1].text, weight: $0[2].number, sign: $0[3].number < 0 ? .negative : .positive)
        }
        return Scenario(name: item.name, operations: changes.operations)
    }

    static var cases: [(String, Int)] {
        fixture.graphs.keys.sorted().flatMap { name in fixture.graphs[name]!.scenarios.indices.map { (name, $0) } }
    }

    @Test(arguments: cases)
    func loopsBeforeAndAfterAsNetworkXCountsThem(graph name: String, index: Int) throws {
        let graph = try #require(Self.fixture.graphs[name])
        let item = graph.scenarios[index]
        let baseline = try Self.circle(graph)
        var options = DiffOptions.impactOnly
        options.loopLimits = LoopSearch.Limits(maxCount: Self.fixture.limit)
        let diff = ScenarioDiff(baseline: baseline, scenario: try Self.scenario(item).apply(to: baseline),
                                name: item.name, options: options)
        let expected = item.expected
        guard !expected.refused else {
            #expect(diff.loops == nil && diff.loopsRefused?.contains("raise the limit") == true, "\(name): \(item.name)")
            return
        }
        let loops = try #require(diff.loops, "\(name): \(item.name): \(diff.loopsRefused ?? "")")
        let label = "\(name): \(item.name)"
        #expect(loops.reinforcingBefore == expected.reinforcingBefore, "\(label)")
        #expect(loops.balancingBefore == expected.balancingBefore, "\(label)")
        #expect(loops.reinforcingAfter == expected.reinforcingAfter, "\(label)")
        #expect(loops.balancingAfter == expected.balancingAfter, "\(label)")
        #expect(loops.reinforcingBroken == expected.reinforcingBroken, "\(label)")
        #expect(loops.balancingBroken == expected.balancingBroken, "\(label)")
        #expect(loops.reinforcingNew == expected.reinforcingNew, "\(label)")
        #expect(loops.balancingNew == expected.balancingNew, "\(label)")
        #expect(loops.reinforcingToBalancing == expected.reinforcingToBalancing, "\(label)")
        #expect(loops.balancingToReinforcing == expected.balancingToReinforcing, "\(label)")
        func close(_ a: Double, _ b: Double?) -> Bool { abs(a - (b ?? .nan)) <= 1e-9 * max(1, abs(a)) }
        #expect(close(loops.reinforcingGainBefore, expected.reinforcingGainBefore), "\(label)")
        #expect(close(loops.reinforcingGainAfter, expected.reinforcingGainAfter), "\(label)")
        #expect(close(loops.reinforcingGainLost, expected.reinforcingGainLost), "\(label)")
        #expect(close(loops.reinforcingGainGained, expected.reinforcingGainGained), "\(label)")
        #expect(close(loops.reinforcingGainLostShare, expected.reinforcingGainLostShare), "\(label)")
        if item.name == "remove everything" { #expect(diff.impact == 1, "\(label)") }
        if item.name == "change nothing" { #expect(diff.impact == 0, "\(label)") }
    }
}

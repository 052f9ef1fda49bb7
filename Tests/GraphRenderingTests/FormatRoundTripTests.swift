import Foundation
import GraphFormats
import GraphRendering
import StrategyModel
import TestSupport
import Testing

/// The shipped circle through every format and back: equal to what the format holds
/// (`CircleFormat.holds`, `StrategyCircle.keeping`), and the same bytes when written twice.
@Suite("Every format round-trips the shipped circle")
struct FormatRoundTripTests {
    @Test(arguments: CircleFormat.allCases)
    func roundTrip(format: CircleFormat) throws {
        let seed = SeedCircle.circle
        let bytes = try CircleExport.bytes(seed, as: format)
        #expect(try CircleExport.bytes(seed, as: format) == bytes, "same input, same bytes")
        let back = try CircleLoader.load(bytes: bytes, name: "seed.\(format.rawValue)", format: format)
        let expected = try seed.keeping(format.holds)
        #expect(back.metadata == expected.metadata, "\(format) metadata")
        #expect(back.rings == expected.rings, "\(format) rings")
        #expect(back.sectors == expected.sectors, "\(format) sectors")
        #expect(back.nodes.count == expected.nodes.count, "\(format) node count")
        for (got, want) in zip(back.nodes, expected.nodes) where got != want { Issue.record("\(format): node \(got) ≠ \(want)") }
        #expect(back.edges.count == expected.edges.count, "\(format) edge count")
        for (got, want) in zip(back.edges, expected.edges) where got != want { Issue.record("\(format): edge \(got) ≠ \(want)") }
        #expect(back.isUndirected == expected.isUndirected)
    }

    @Test func lossesAreNamed() {
        let seed = SeedCircle.circle
        #expect(CircleFormat.yaml.losses(writing: seed).isEmpty)
        let matrix = CircleFormat.matrix.losses(writing: seed)
        #expect(matrix.contains("rings and sectors cannot be held in an adjacency-matrix CSV: \(seed.rings.count + seed.sectors.count) dropped"))
        #expect(matrix.contains { $0.hasPrefix("node labels cannot be held") })
        #expect(CircleFormat.gexf.losses(writing: seed).contains { $0.hasPrefix("ring and sector labels cannot be held in GEXF") })
    }
}

import Foundation
import GraphFormats
import StrategyModel
import TestSupport
import Testing

@Suite("Circle file writer")
struct CircleDocumentWriterTests {
    @Test func theSeedRoundTrips() throws {
        let seed = SeedCircle.circle
        let text = try CircleDocumentWriter.yaml(seed)
        let back = try CircleLoader.load(text: text, name: "written.yaml", format: .yaml)
        #expect(back.metadata == seed.metadata)
        #expect(back.rings == seed.rings)
        #expect(back.sectors == seed.sectors)
        #expect(back.nodes == seed.nodes)
        #expect(back.edges == seed.edges)
        // Same input, same bytes.
        #expect(try CircleDocumentWriter.yaml(back) == text)
    }
}

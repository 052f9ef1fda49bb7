import Foundation
import GraphFormats
import StrategyModel
import TestSupport
import Testing

@Suite("Circle YAML writer")
struct CircleYAMLWriterTests {
    @Test func theSeedRoundTrips() throws {
        let seed = SeedCircle.circle
        let text = try CircleYAMLWriter.text(seed)
        let back = try CircleLoader.load(text: text, name: "written.yaml", format: .yaml)
        #expect(back.metadata == seed.metadata)
        #expect(back.rings == seed.rings)
        #expect(back.sectors == seed.sectors)
        #expect(back.nodes == seed.nodes)
        #expect(back.edges == seed.edges)
        // Same input, same bytes.
        #expect(try CircleYAMLWriter.text(back) == text)
    }
}

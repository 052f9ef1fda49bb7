import GraphvizBridge
import Foundation
import GraphRendering
import Testing

@Suite("Graphviz wrapper")
struct GraphvizRendererTests {
    static let triangle = Diagram(
        name: "t",
        graphAttributes: [.init("fontname", "DejaVu Sans")],
        nodeDefaults: [.init("fontname", "DejaVu Sans")],
        nodes: [.init(name: "a", attributes: [.init("label", "Größe")]), .init(name: "b"), .init(name: "c")],
        edges: [.init(tail: 0, head: 1), .init(tail: 1, head: 2), .init(tail: 2, head: 0)])

    static let engines: [LayoutEngine] = [.dot, .neato, .fdp, .sfdp, .twopi, .circo]

    @Test(arguments: engines, RenderFormat.allCases)
    func everyEngineRendersEveryFormat(engine: LayoutEngine, format: RenderFormat) throws {
        let bytes = try GraphvizRenderer.render(Self.triangle, engine: engine, format: format)
        let text = String(decoding: bytes.prefix(64), as: UTF8.self)
        switch format {
        case .png: #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        case .pdf: #expect(text.hasPrefix("%PDF-"))
        case .svg: #expect(String(decoding: bytes, as: UTF8.self).contains("Größe"))
        case .dot, .xdot: #expect(text.hasPrefix("digraph t {"))
        case .json:
            let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            #expect((object?["objects"] as? [Any])?.count == 3)
        }
    }

    @Test func layoutReturnsNodePositions() throws {
        let layout = try GraphvizRenderer.layout(Self.triangle, engine: .dot)
        #expect(layout.nodes.count == 3)
        for node in layout.nodes {
            #expect(node.width > 0 && node.height > 0)
            #expect(node.x >= layout.boundingBox.minX && node.x <= layout.boundingBox.maxX)
        }
    }

    @Test func pinnedPositionsAreKeptByNop() throws {
        var diagram = Self.triangle
        let positions = [(0.0, 0.0), (200.0, 0.0), (100.0, 150.0)]
        for (index, (x, y)) in positions.enumerated() {
            diagram.nodes[index].attributes.append(.init("pos", "\(x),\(y)"))
        }
        diagram.graphAttributes.append(.init("notranslate", "true"))
        let layout = try GraphvizRenderer.layout(diagram, engine: .nop)
        for (placement, (x, y)) in zip(layout.nodes, positions) {
            #expect(abs(placement.x - x) < 1e-9 && abs(placement.y - y) < 1e-9)
        }
    }

    @Test func layoutErrorsComeBackAsSwiftErrors() throws {
        var diagram = Self.triangle
        diagram.graphAttributes.append(.init("layout", "nosuch"))
        #expect(throws: GraphvizError.self) { try GraphvizRenderer.render(diagram, engine: .dot, format: .svg) }
        // The context is still usable afterwards.
        #expect(try GraphvizRenderer.render(Self.triangle, engine: .dot, format: .svg).count > 100)
    }

    @Test func concurrentRendersAreSerialised() async throws {
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for index in 0..<16 {
                group.addTask {
                    let engine = Self.engines[index % Self.engines.count]
                    return try GraphvizRenderer.render(Self.triangle, engine: engine, format: .svg).count
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(sizes.count == 16 && sizes.allSatisfy { $0 > 100 })
    }
}

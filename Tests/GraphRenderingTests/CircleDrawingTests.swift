import GraphvizBridge
import Foundation
import GraphFormats
import GraphRendering
import StrategyDatasets
import StrategyAnalysis
import StrategyModel
import TestSupport
import Testing

let seedCircle = SeedCircle.circle

@Suite("Circle drawing and the wheel")
struct CircleDrawingTests {
    /// Every node as Graphviz placed it on the wheel, with the node it stands for.
    func wheel(_ options: CircleDrawingOptions = .init()) throws -> (Diagram, DiagramLayout) {
        let (diagram, engine) = try CircleDrawing.diagram(for: seedCircle, options: options)
        #expect(engine == .nop)
        return (diagram, try GraphvizRenderer.layout(diagram, engine: engine))
    }

    @Test func noTwoNodesOverlapOnTheWheel() throws {
        for labels in CircleDrawingOptions.LabelLanguage.allCases {
            var options = CircleDrawingOptions()
            options.labels = labels
            let (diagram, layout) = try wheel(options)
            #expect(layout.nodes.count == seedCircle.nodes.count)
            for i in layout.nodes.indices {
                for j in layout.nodes.indices where j > i {
                    #expect(!layout.nodes[i].box.overlaps(layout.nodes[j].box),
                            "\(diagram.nodes[i].name) overlaps \(diagram.nodes[j].name)")
                }
            }
        }
    }

    @Test func ringsAreAnnuliFromTheCoreOutwards() throws {
        let (_, layout) = try wheel()
        func ringIndex(_ node: Int) -> Int { seedCircle.index(ofRing: seedCircle.nodes[node].ring ?? "") ?? -1 }
        func nearest(_ p: DiagramLayout.NodePlacement) -> Double {
            hypot(max(abs(p.x) - p.width / 2, 0), max(abs(p.y) - p.height / 2, 0))
        }
        func farthest(_ p: DiagramLayout.NodePlacement) -> Double { hypot(abs(p.x) + p.width / 2, abs(p.y) + p.height / 2) }
        for ring in 1..<seedCircle.rings.count {
            let inner = layout.nodes.indices.filter { ringIndex($0) == ring - 1 }.map { farthest(layout.nodes[$0]) }.max()!
            let outer = layout.nodes.indices.filter { ringIndex($0) == ring }.map { nearest(layout.nodes[$0]) }.min()!
            #expect(outer > inner, "ring \(ring) reaches into ring \(ring - 1)")
        }
        // The core sits around the centre.
        let core = layout.nodes.indices.filter { ringIndex($0) == 0 }.map { layout.nodes[$0] }
        #expect(core.count == 3)
        let centroid = (x: core.map(\.x).reduce(0, +) / 3, y: core.map(\.y).reduce(0, +) / 3)
        #expect(hypot(centroid.x, centroid.y) < 40)
    }

    @Test func eachSectorIsAWedge() throws {
        let (_, layout) = try wheel()
        // Sectors run clockwise from 12 o'clock, in file order: a sector's nodes have
        // clockwise angles inside its own range and no other sector's.
        var ranges: [String: (low: Double, high: Double)] = [:]
        for (index, node) in seedCircle.nodes.enumerated() {
            guard let sector = node.sector else { continue }
            let p = layout.nodes[index]
            var clockwise = (Double.pi / 2 - atan2(p.y, p.x)).truncatingRemainder(dividingBy: 2 * .pi)
            if clockwise < 0 { clockwise += 2 * .pi }
            let range = ranges[sector] ?? (clockwise, clockwise)
            ranges[sector] = (min(range.low, clockwise), max(range.high, clockwise))
        }
        let ordered = seedCircle.sectors.map { ranges[$0.id]! }
        for (a, b) in zip(ordered, ordered.dropFirst()) { #expect(a.high < b.low) }
    }

    @Test(arguments: [nil, LayoutEngine.dot, .neato, .fdp, .sfdp, .twopi, .circo])
    func everyLayoutRendersEveryFormat(engine: LayoutEngine?) throws {
        var options = CircleDrawingOptions()
        options.layout = engine.map { .engine($0) }
        let (diagram, chosen) = try CircleDrawing.diagram(for: seedCircle, options: options)
        let outputs = try GraphvizRenderer.render(diagram, engine: chosen, formats: RenderFormat.allCases)
        #expect(outputs[.png]?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true)
        #expect(outputs[.pdf].map { String(decoding: $0.prefix(5), as: UTF8.self) } == "%PDF-")
        let svg = String(decoding: outputs[.svg] ?? [], as: UTF8.self)
        #expect(svg.contains("Qualitätsführerschaft") && svg.contains("Wir&#45;Gefühl"))
        #expect(String(decoding: outputs[.dot] ?? [], as: UTF8.self).hasPrefix("digraph circle {"))
        #expect(String(decoding: outputs[.xdot] ?? [], as: UTF8.self).contains("_draw_"))
        let json = try JSONSerialization.jsonObject(with: Data(outputs[.json] ?? [])) as? [String: Any]
        #expect((json?["objects"] as? [Any])?.count == seedCircle.nodes.count)
    }

    @Test func pdfEmbedsTheUnicodeFont() throws {
        let (diagram, engine) = try CircleDrawing.diagram(for: seedCircle)
        let pdf = try GraphvizRenderer.render(diagram, engine: engine, format: .pdf)
        #expect(String(decoding: pdf, as: UTF8.self).contains("DejaVuSans"))
    }

    @Test func graphsWithoutRingsPickAnEngineBySize() throws {
        let small = try CircleLoader.load(text: "source,target\na,b\nb,c\n", name: "e.csv", format: .csv)
        #expect(try CircleDrawing.diagram(for: small).engine == .neato)
        let edges = (0..<150).map { "n\($0),n\(($0 + 1) % 150)" }.joined(separator: "\n")
        let large = try CircleLoader.load(text: "source,target\n" + edges, name: "e.csv", format: .csv)
        #expect(try CircleDrawing.diagram(for: large).engine == .sfdp)
    }

    @Test func stylingFollowsTheData() throws {
        var options = CircleDrawingOptions()
        options.highlightedNodes = ["social_werden"]
        options.sizeValues = seedCircle.adjacency.totalDegrees.map(Double.init)
        let (diagram, _) = try CircleDrawing.diagram(for: seedCircle, options: options)
        func attributes(_ id: String) -> [String: String] {
            let node = diagram.nodes.first { $0.name == id }!
            return Dictionary(node.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { $1 })
        }
        #expect(attributes("social_werden")["penwidth"] == "3")
        #expect(attributes("kostenfuehrerschaft")["style"] == "rounded,filled,dashed")
        #expect(attributes("social_werden")["fontsize"] != attributes("co_shopping")["fontsize"])
        // The seed states no opposing influence among its active elements: draw one of a small circle.
        let signed = try CircleLoader.load(text: "source,target,weight,sign\na,b,1,-\nb,a,2,+\n", name: "s.csv",
                                           format: .csv)
        let negative = try CircleDrawing.diagram(for: signed).diagram.edges.first { edge in
            edge.attributes.contains(.init("sign", "-"))
        }
        #expect(negative?.attributes.contains(.init("color", "#d55e00b3")) == true)
        #expect(negative?.attributes.contains(.init("style", "dashed")) == true)
    }
}

@Suite("DOT import")
struct DOTImportTests {
    @Test func dotWrittenByTheToolReadsBackToAnEqualCircle() throws {
        do {
            var options = CircleDrawingOptions()
            for layout in [CircleDrawingOptions.Layout.wheel, .engine(.dot)] {
                options.layout = layout
                let dot = String(decoding: try CircleDrawing.render(seedCircle, options: options, format: .dot), as: UTF8.self)
                let back = try CircleLoader.load(text: dot, name: "circle.dot")
                #expect(back == seedCircle)
            }
        }
    }

    @Test func aCSVGraphRoundTripsThroughDOT() throws {
        let csv = "source,target,weight,sign\n\"a \"\"quoted\"\" id\",b,2.5,-\nb,\"c\\\\d\",1,+\n"
        let circle = try CircleLoader.load(text: csv, name: "e.csv", format: .csv)
        let dot = String(decoding: try CircleDrawing.render(circle, format: .dot), as: UTF8.self)
        #expect(try CircleLoader.load(text: dot, name: "e.dot") == circle)
    }

    @Test func englishLabelsStillReadBackToTheOriginal() throws {
        var options = CircleDrawingOptions()
        options.labels = .english
        let dot = String(decoding: try CircleDrawing.render(seedCircle, options: options, format: .dot), as: UTF8.self)
        #expect(try CircleLoader.load(text: dot, name: "circle.dot") == seedCircle)
    }

    @Test func plainDOTMapsAttributes() throws {
        let dot = """
            digraph strategy {
              node [shape=box]
              kultur [label="Unternehmens\\nkultur", ring=outer, sector=wissen]
              guidelines [ring=outer, sector=wissen]
              kultur -> guidelines [weight=3, sign="+", kind=enables]
              guidelines -> kultur [weight=0.5, sign="-"]
              subgraph cluster_x { core [ring=inner] }
              core -> kultur
            }
            """
        let circle = try CircleLoader.load(text: dot, name: "s.dot")
        #expect(circle.nodes.map(\.id) == ["kultur", "guidelines", "core"])
        #expect(circle.nodes[0].label == "Unternehmens kultur")
        #expect(circle.nodes[1].label == "guidelines")
        #expect(circle.rings.map(\.id) == ["outer", "inner"])
        #expect(circle.sectors.map(\.id) == ["wissen"])
        #expect(circle.edges == [
            Edge(from: "kultur", to: "guidelines", weight: 3, sign: .positive, kind: .enables),
            Edge(from: "guidelines", to: "kultur", weight: 0.5, sign: .negative),
            Edge(from: "core", to: "kultur"),
        ])
    }

    @Test func undirectedEdgesBecomeBothDirections() throws {
        let circle = try CircleLoader.load(text: "graph { a -- b [weight=2]; b -- c; c -- c }", name: "u.gv")
        #expect(circle.edges.map { "\($0.from)>\($0.to):\($0.weight)" }
            == ["a>b:2.0", "b>a:2.0", "b>c:1.0", "c>b:1.0", "c>c:1.0"])
    }

    @Test func brokenDOTNamesItsLine() {
        do {
            _ = try CircleLoader.load(text: "digraph {\n  a -> b\n  b -> ;\n}\n", name: "bad.dot")
            Issue.record("broken DOT loaded")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["bad.dot:3: error: syntax error near ';'"])
        }
        // The parser is fine afterwards (Graphviz 2.42 keeps lexer state between calls).
        #expect(throws: Never.self) { try CircleLoader.load(text: "digraph { x -> y }", name: "ok.dot") }
    }

    @Test func badAttributeValuesAreReported() {
        do {
            _ = try CircleLoader.load(text: "digraph { a -> b [weight=heavy]; b -> a [weight=-1, sign=\"+\"]; }", name: "w.dot")
            Issue.record("bad weights loaded")
        } catch {
            // Both problems in one run.
            #expect(error.diagnostics.map(\.message) == [
                "edge a -> b: weight must be a number, got 'heavy'",
                "edge b -> a: weight must be a finite number greater than 0, got -1; write the strength and put the direction in 'sign: \"-\"'",
            ])
        }
        do {
            _ = try CircleLoader.load(text: "digraph { a -> b [weight=-1, sign=\"+\"]; }", name: "w.dot")
            Issue.record("a negative weight with a sign loaded")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["edge a -> b: weight must be a finite number greater than 0, got -1; write the strength and put the direction in 'sign: \"-\"'"])
        }
    }

    @Test func aNegativeWeightWithoutASignIsASignedWeight() throws {
        let circle = try CircleLoader.load(text: "digraph { a -> b [weight=-0.5]; }", name: "signed.dot")
        #expect(circle.edges.map(\.weight) == [0.5] && circle.edges.map(\.sign) == [.negative])
    }

    @Test func moreThanOneGraphIsRejected() {
        #expect(throws: CircleLoadError.self) { try CircleLoader.load(text: "digraph A { a } digraph B { b }", name: "two.dot") }
        #expect(throws: Never.self) { try CircleLoader.load(text: "digraph C { c }", name: "one.dot") }
    }
}

@Suite("Titles")
struct TitleTests {
    /// The drawing's title follows the label language.
    @Test func theTitleIsInTheChosenLanguage() throws {
        var options = CircleDrawingOptions()
        options.labels = .english
        let english = String(decoding: try CircleDrawing.render(SeedCircle.circle, options: options, format: .svg), as: UTF8.self)
        #expect(english.contains("Fields of action of a social centric strategy"))
        let original = String(decoding: try CircleDrawing.render(SeedCircle.circle, format: .svg), as: UTF8.self)
        #expect(original.contains("Handlungsfelder einer Social Centric Strategy"))
    }
}

@Suite("DOT ids")
struct DOTIdentifierTests {
    /// Ids with backslashes, quotes, line breaks, tabs and non-ASCII letters come back equal.
    @Test func awkwardIdsRoundTripExactly() throws {
        let ids = ["a\\b", "q\"x", "line\nbreak", "tab\there", "Größe → Wirkung", "x\\\\y", "\"quoted\""]
        let circle = try StrategyCircle(nodes: ids.map { Node(id: $0, provenance: .quote("say \"\($0)\"")) },
                                        edges: zip(ids, ids.dropFirst()).map { Edge(from: $0, to: $1, weight: 2) })
        for layout in [CircleDrawingOptions.Layout.engine(.dot), .engine(.neato)] {
            var options = CircleDrawingOptions()
            options.layout = layout
            let dot = String(decoding: try CircleDrawing.render(circle, options: options, format: .dot), as: UTF8.self)
            #expect(try CircleLoader.load(text: dot, name: "ids.dot") == circle)
        }
    }

    /// What DOT cannot carry is refused with the id named, never written wrong.
    @Test(arguments: ["ends\\", "back\\\"quote", "break\\\nline"])
    func unrepresentableIdsAreRefused(id: String) throws {
        let circle = try StrategyCircle(nodes: [Node(id: id)], edges: [])
        do {
            _ = try CircleDrawing.render(circle, options: .init(), format: .dot)
            Issue.record("\(id) was written")
        } catch {
            #expect(error.message.contains("cannot be written to DOT"))
            #expect(error.message.contains(id))
        }
    }
}

@Suite("Concurrent use")
struct ConcurrencyTests {
    /// Rendering (one serialised Graphviz session) and analysis from many tasks at once give
    /// the same bytes and the same report as one at a time. Run under the thread sanitizer by
    /// Scripts/sanitizers.
    @Test func renderAndAnalyseFromManyTasks() async throws {
        let circle = SeedCircle.circle
        let expectedSVG = try CircleDrawing.render(circle, format: .svg)
        let expectedLoops = LoopReport(circle.activePart).reinforcing
        try await withThrowingTaskGroup(of: (svg: [UInt8], loops: Int, png: Bool).self) { group in
            for _ in 0..<8 {
                group.addTask {
                    let svg = try CircleDrawing.render(circle, format: .svg)
                    let png = try CircleDrawing.render(circle, format: .png).starts(with: [0x89, 0x50, 0x4E, 0x47])
                    let loops = AnalysisReport(circle).loops.reinforcing
                    return (svg, loops, png)
                }
            }
            for try await result in group {
                #expect(result.svg == expectedSVG)
                #expect(result.loops == expectedLoops)
                #expect(result.png)
            }
        }
    }
}

@Suite("DOT problems with their places")
struct DOTDiagnosticsTests {
    /// Every problem of a DOT file in one run, each at the line and column of what is wrong.
    @Test func everyProblemNamesItsLineAndColumn() {
        let text = "digraph {\n  a [status=gone]\n  b\n  a -> b [weight=heavy, sign=maybe]\n  b -> a [weight=-3, sign=\"+\"]\n}\n"
        do {
            _ = try CircleLoader.load(text: text, name: "bad.dot")
            Issue.record("a bad DOT file loaded")
        } catch {
            #expect(error.diagnostics.map { "\($0.location.line):\($0.location.column): \($0.message)" } == [
                "2:6: node 'a': unknown status 'gone'; expected 'active' or 'excluded'",
                "4:11: edge a -> b: weight must be a number, got 'heavy'",
                "4:25: edge a -> b: unknown sign 'maybe'; expected '+', '-', 'positive' or 'negative'",
                "5:11: edge b -> a: weight must be a finite number greater than 0, got -3; write the strength and put the direction in 'sign: \"-\"'",
            ])
        }
    }
}

@Suite("The drawing explains itself")
struct DrawingLegendTests {
    @Test(arguments: [CircleDrawingOptions.LabelLanguage.original, .english])
    func legendAndRingNamesInTheDrawingsLanguage(labels: CircleDrawingOptions.LabelLanguage) throws {
        var options = CircleDrawingOptions()
        options.labels = labels
        let svg = String(decoding: try CircleDrawing.render(SeedCircle.circle, options: options, format: .svg), as: UTF8.self)
        let english = labels == .english
        let rings = SeedCircle.circle.rings.map { english ? ($0.labelEN ?? $0.label) : $0.label }
        #expect(svg.contains((english ? "Rings, centre outwards: " : "Ringe von innen nach außen: ")
            + rings.joined(separator: " → ")))
        for ring in rings { #expect(svg.contains(">\(ring)<"), "ring name \(ring)") }
        for entry in english ? ["+ supports: more leads to more", "excluded: named, but not analysed", "(no sector)"]
            : ["+ fördert: je mehr, desto mehr", "ausgeschlossen: genannt, aber nicht analysiert", "(ohne Bereich)"] {
            #expect(svg.contains(entry), "\(entry)")
        }
        let title = english ? SeedCircle.circle.metadata.titleEN ?? "" : SeedCircle.circle.metadata.title ?? ""
        #expect(svg.contains(title))
    }
}

import GraphvizBridge
import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyAnalysis
import StrategyModel

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a circle to PNG, SVG, PDF or DOT with Graphviz (in-process).",
        discussion: """
            The format follows the output file's extension (.png, .svg, .pdf, .dot/.gv, \
            .xdot, .json). Circles with rings are drawn as the strategy wheel: rings from \
            the core outwards, sectors as wedges; other graphs with a Graphviz engine. The \
            file is written atomically: a failed render leaves an existing file untouched.

            Examples:
              circle render -o circle.png
              circle render my-circle.yaml -o my-circle.svg --color-by ring
              circle render -o circle.pdf --highlight social_werden,menschen_aktivieren
              circle render -o clusters.png --color-by cluster --size-by pagerank
              circle render edges.csv -o graph.png --layout fdp --size-by degree
            """
    )

    enum LayoutChoice: String, ExpressibleByArgument, CaseIterable {
        case wheel, dot, neato, fdp, sfdp, twopi, circo
    }

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case ring, sector, cluster
    }

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .customLong("output")], help: "The file to write (.png, .svg, .pdf, .dot, .xdot, .json).")
    var output: String

    @Option(help: "Layout: wheel (default for circles with rings), dot, neato, fdp, sfdp, twopi, circo.")
    var layout: LayoutChoice?

    @Option(name: .customLong("color-by"), help: "Fill nodes by ring, sector or synergy cluster.")
    var colorBy: ColorChoice = .sector

    @Option(name: .customLong("size-by"), help: ArgumentHelp(
        "Scale nodes by a centrality measure (e.g. degree, pagerank, betweenness).", valueName: "measure"))
    var sizeBy: CentralityMeasure?

    @OptionGroup var clustering: ClusterArguments

    @Option(help: ArgumentHelp("Node ids (or FROM>TO edges) to emphasise, comma-separated.", valueName: "id,…"))
    var highlight: String?

    @Option(name: .customLong("highlight-loop"), help: ArgumentHelp(
        "Emphasise the N-th strongest feedback loop (as `circle loops` lists them).", valueName: "N"))
    var highlightLoop: Int?

    @Option(help: "Resolution of PNG output in dots per inch.")
    var dpi: Double = 96

    @Option(help: "Label language: original (as written) or english.")
    var labels: CircleDrawingOptions.LabelLanguage = .original

    @Flag(name: .customLong("hide-excluded"), help: "Leave out nodes the circle marks as excluded.")
    var hideExcluded = false

    @Option(help: ArgumentHelp("Draw a what-if scenario from this script: removed nodes greyed and dashed, "
        + "the surviving edges of broken reinforcing loops dotted.", valueName: "file"))
    var script: String?

    @Option(help: ArgumentHelp("With --script: the scenario to draw (needed when the script has several).", valueName: "name"))
    var scenario: String?

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        guard RenderFormat(fileExtensionOf: output) != nil else {
            throw ValidationError("cannot tell the format of '\(output)': use .png, .svg, .pdf, .dot, .xdot or .json")
        }
        guard dpi.isFinite, dpi >= 24, dpi <= 1200 else {
            throw ValidationError("--dpi must be between 24 and 1200")
        }
    }

    func run() throws {
        var circle = try input.load()
        var overlay: ScenarioOverlay?
        if let script {
            overlay = try scenarioOverlay(circle, script: script)
            circle = overlay?.drawn ?? circle
        } else if scenario != nil {
            throw ValidationError("--scenario goes with --script")
        }
        var options = CircleDrawingOptions()
        options.agreement = circle.workshopAgreement  // a merged circle shows who agrees
        options.layout = layout.map { $0 == .wheel ? .wheel : .engine(LayoutEngine(rawValue: $0.rawValue) ?? .neato) }
        if options.layout == .wheel, circle.rings.isEmpty {
            throw ValidationError("the wheel needs rings, and this graph has none; try --layout neato")
        }
        let active = circle.activePart
        func perNode<T>(_ values: [T]) -> [T?] {
            circle.nodes.map { node in active.index(ofNode: node.id).map { values[$0] } }
        }
        switch colorBy {
        case .ring: options.coloring = .ring
        case .sector: options.coloring = .sector
        case .cluster:
            let clusters = ClusterResult(active, options: clustering.options)
            options.coloring = .groups(perNode(clusters.membership).map { $0.map { $0 - 1 } },
                                       names: clusters.clusters.map { "cluster \($0.number)" })
        }
        options.dpi = dpi
        options.labels = labels
        options.showExcluded = !hideExcluded
        if let sizeBy {
            let table = CentralityTable(active, measures: [sizeBy])
            guard let values = table.values[sizeBy] else {
                throw ValidationError("cannot size by \(sizeBy.rawValue): \(table.unavailable[sizeBy] ?? "not available")")
            }
            options.sizeValues = perNode(values).map { $0 ?? .nan }
        }
        if let highlight {
            for item in highlight.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                if item.contains(">") {
                    options.highlightedEdges.insert(try resolveEdge(item, in: circle))
                } else {
                    options.highlightedNodes.formUnion(try resolveIDs(item, in: circle))
                }
            }
        }
        if let highlightLoop {
            guard highlightLoop >= 1 else { throw ValidationError("--highlight-loop counts from 1") }
            var query = LoopQuery()
            query.limit = highlightLoop
            let loops = LoopReport(active, query: query).loops
            guard loops.count >= highlightLoop else {
                throw ValidationError("the circle has only \(loops.count) loops")
            }
            let loop = loops[highlightLoop - 1].nodes
            options.highlightedNodes.formUnion(loop)
            for (from, to) in zip(loop, loop.dropFirst() + [loop[0]]) { options.highlightedEdges.insert(.init(from: from, to: to)) }
        }
        if let overlay {
            options.removedNodes = overlay.removedNodes
            options.removedEdges = overlay.removedEdges
            options.markedEdges = overlay.brokenLoopLinks
            if let note = overlay.incomplete { printError("circle: \(note)") }
        }
        let format = RenderFormat(fileExtensionOf: output) ?? .png
        let bytes: [UInt8]
        do {
            bytes = try Timings.shared.measure("layout and drawing") { () throws(GraphvizError) in
                try CircleDrawing.render(circle, options: options, format: format)
            }
        } catch {
            printError("circle: \(error)")
            // A circle Graphviz cannot represent is a data problem; anything else is ours.
            throw error.stage == .build ? ExitCode.badData : ExitCode.internalError
        }
        try writeOrExit(bytes, to: output)
    }
}

extension RenderCommand {
    /// The script's one chosen scenario, as a drawing overlay (built by `ScenarioOverlay`).
    func scenarioOverlay(_ baseline: StrategyCircle, script: String) throws -> ScenarioOverlay {
        let scripted: [ScriptedScenario]
        do {
            scripted = try ScenarioScriptReader.load(path: script)
        } catch {
            printDiagnostics(error)
            throw error.reason == .unreadable ? ExitCode.noInput : ExitCode.badData
        }
        let problems = ScenarioScriptReader.check(scripted, against: baseline)
        if !problems.isEmpty {
            for problem in problems { printError("\(problem)") }
            throw ExitCode.badData
        }
        let chosen = scenario.map { name in scripted.filter { $0.scenario.name == name } } ?? scripted
        guard chosen.count == 1, let item = chosen.first else {
            throw ValidationError(scenario == nil
                ? "the script has \(scripted.count) scenarios; name one with --scenario (\(scripted.map(\.scenario.name).joined(separator: ", ")))"
                : "the script has no scenario named '\(scenario ?? "")'")
        }
        do {
            return try ScenarioOverlay(baseline: baseline, scenario: item.scenario)
        } catch {
            printError("circle: \(error)")
            throw ExitCode.badData
        }
    }
}

extension CircleDrawingOptions.LabelLanguage: ExpressibleByArgument {}

import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyModel

struct ConvertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a circle between formats, saying what the target format cannot hold.",
        discussion: """
            Formats: yaml (the circle file), json (the circle file as JSON), csv (an edge \
            list), dot, graphml, gexf, nodelink (NetworkX node-link JSON), matrix (a square \
            adjacency matrix as CSV: MICMAC, DEMATEL, FCM tools, Mental Modeler), kumu (Kumu \
            JSON). They follow the file extensions (.yaml, .json, .csv, .dot/.gv, .graphml, \
            .gexf); a .json or .csv input is recognised by its content, and --from/--to name \
            the format outright. Every loss is reported on stderr (for example, "rings and \
            sectors cannot be held in an adjacency-matrix CSV: 8 dropped"); the output is \
            written whole or not at all. See docs/INTEROPERABILITY.md.

            Examples:
              circle convert gephi-export.gexf my-circle.yaml
              circle convert my-circle.yaml circle.graphml
              circle convert fcm-weights.csv map.yaml --from matrix
              circle convert my-circle.yaml kumu.json --to kumu
            """
    )

    @Argument(help: ArgumentHelp("The circle to read.", valueName: "in"))
    var input: String

    @Argument(help: ArgumentHelp("The file to write.", valueName: "out"))
    var output: String

    @Option(help: "Read IN in this format regardless of its extension.")
    var from: CircleFormat?

    @Option(help: "Write OUT in this format regardless of its extension.")
    var to: CircleFormat?

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if to == nil, CircleFormat(fileExtensionOf: output) == nil {
            throw ValidationError("cannot tell the format of '\(output)' from its extension; name it with --to "
                + "(\(CircleFormat.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
    }

    func run() throws {
        let circle = try loadOrExit { () throws(CircleLoadError) in try CircleLoader.load(path: input, format: from) }
        let format = to ?? CircleFormat(fileExtensionOf: output) ?? .yaml
        let bytes: [UInt8]
        do {
            bytes = try CircleExport.bytes(circle, as: format)
        } catch {
            printError("\(output): error: \(error)")
            throw ExitCode.badData
        }
        try writeOrExit(bytes, to: output)
        for loss in format.losses(writing: circle) { printError("\(output): note: \(loss)") }
        print("\(output): wrote \(format.displayName) (\(circle.nodes.count) \(circle.nodes.count == 1 ? "node" : "nodes"), "
            + "\(circle.edges.count) \(circle.edges.count == 1 ? "edge" : "edges"))")
    }
}

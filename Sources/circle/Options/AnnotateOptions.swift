import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyAnalysis
import StrategyModel

/// `--annotate OUT`: the analysed circle with the results as node and edge attributes, for
/// Gephi, Cytoscape or yEd users to style by.
struct AnnotateOptions: ParsableArguments {
    @Option(help: ArgumentHelp("""
        Also write the analysed circle with the results as attributes (centralities, cluster, \
        loops through each node and edge, MICMAC quadrant, DEMATEL group) as GraphML, GEXF or \
        node-link JSON (.json).
        """, valueName: "file.graphml|gexf|json"))
    var annotate: String?

    var format: CircleFormat? {
        annotate.flatMap { path in
            switch URL(fileURLWithPath: path).pathExtension.lowercased() {
            case "graphml": .graphml
            case "gexf": .gexf
            case "json": .nodelink
            default: nil
            }
        }
    }

    func validate() throws {
        if annotate != nil, format == nil { throw ValidationError("--annotate takes a .graphml, .gexf or .json file") }
    }

    /// Writes the annotated circle when asked to (atomically; exit 73 when it cannot be written).
    func write(_ circle: StrategyCircle) throws {
        guard let annotate, let format else { return }
        let annotations = GraphAnnotations(circle)
        let extras = ExtraAttributes(nodes: annotations.nodes, edges: annotations.edges, graph: annotations.graph,
                                     numeric: annotations.numeric)
        let bytes: [UInt8]
        do {
            bytes = try CircleExport.bytes(circle, as: format, extras: extras)
        } catch {
            printError("\(annotate): error: \(error)")
            throw ExitCode.internalError
        }
        try writeOrExit(bytes, to: annotate)
    }
}

import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyDatasets
import StrategyModel

/// The circle a command works on: a file, or the built-in circle when none is given.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A circle file (.yaml, .json or .csv). Omit it to use the built-in circle.",
        valueName: "file"))
    var file: String?

    @Option(name: .customLong("input-format"), help: "Read FILE as yaml, json or csv regardless of its extension.")
    var inputFormat: CircleFormat?

    @Option(name: .long, help: ArgumentHelp(
        "Which edges to analyse: stated (only those the source states), inferred (stated and inferred) or all.",
        valueName: "layer"))
    var evidence: StrategyCircle.EvidenceLayer = .all

    /// Loads the circle and keeps the chosen evidence layer, printing diagnostics to stderr
    /// and exiting 65/66 on failure (64 when the layer asked for is empty).
    func load() throws -> StrategyCircle {
        let circle: StrategyCircle
        if let file {
            circle = try loadOrExit { () throws(CircleLoadError) in try CircleLoader.load(path: file, format: inputFormat) }
        } else {
            circle = try loadOrExit { () throws(CircleLoadError) in
                try CircleLoader.load(text: Datasets.default.text, name: "builtin:\(Datasets.default.name)",
                                      format: .yaml)
            }
        }
        let layer = circle.restricted(to: evidence)
        if layer.edges.isEmpty && !circle.edges.isEmpty {
            printError("""
                \(file ?? "the built-in circle"): error: no edge belongs to the \(evidence.rawValue) evidence layer; \
                mark edges with 'quote:' (stated) or 'inferred:' (see docs/FILE-FORMAT.md), or use --evidence all
                """)
            throw ExitCode.usage
        }
        return layer
    }
}

extension StrategyCircle.EvidenceLayer: ExpressibleByArgument {}

extension CircleFormat: ExpressibleByArgument {}

/// Runs a load; on failure prints every diagnostic to stderr and exits with 65 or 66.
func loadOrExit<T>(_ load: () throws(CircleLoadError) -> T) throws -> T {
    do {
        return try Timings.shared.measure("load") { () throws(CircleLoadError) -> T in try load() }
    } catch {
        printDiagnostics(error)
        throw error.reason == .unreadable ? ExitCode.noInput : ExitCode.badData
    }
}

func printDiagnostics(_ error: CircleLoadError) {
    for diagnostic in error.diagnostics {
        printError("\(diagnostic)")
    }
}

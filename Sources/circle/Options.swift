import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyDatasets
import StrategyModel

/// How a command prints its results on stdout.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table
}

/// The circle a command works on: a file, or the built-in circle when none is given.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp(
        "A circle file (.yaml, .json or .csv). Omit it to use the built-in circle.",
        valueName: "file"))
    var file: String?

    @Option(name: .customLong("input-format"), help: "Read FILE as yaml, json or csv regardless of its extension.")
    var inputFormat: InputFormat?

    /// Loads the circle, printing diagnostics to stderr and exiting 65/66 on failure.
    func load() throws -> StrategyCircle {
        guard let file else {
            return try loadOrExit { () throws(CircleLoadError) in
                try CircleLoader.load(text: Datasets.default.text, name: "builtin:\(Datasets.default.name)",
                                      format: .yaml)
            }
        }
        return try loadOrExit { () throws(CircleLoadError) in try CircleFile.load(path: file, format: inputFormat) }
    }
}

extension InputFormat: ExpressibleByArgument {}

/// Runs a load; on failure prints every diagnostic to stderr and exits with 65 or 66.
func loadOrExit(_ load: () throws(CircleLoadError) -> StrategyCircle) throws -> StrategyCircle {
    do {
        return try load()
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

/// Writes a line to stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

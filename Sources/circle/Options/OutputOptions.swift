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

    @Flag(name: [.short, .long], help: "No progress bar on stderr (errors are still shown).")
    var quiet = false
}

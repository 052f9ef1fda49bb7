import ArgumentParser
import GraphFormats
import GraphRendering
import StrategyModel

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check circle files and report every problem with its line and column.",
        discussion: """
            Problems go to stderr as FILE:LINE:COLUMN: error: MESSAGE. Exits 0 when every \
            file is valid, 65 when one is invalid, 66 when one cannot be read.

            Examples:
              circle validate my-circle.yaml
              circle validate circles/*.yaml --format json
            """
    )

    @Argument(help: ArgumentHelp("Circle files (.yaml, .json or .csv).", valueName: "file"))
    var files: [String]

    @Option(name: .customLong("input-format"), help: "Read every FILE as yaml, json or csv regardless of its extension.")
    var inputFormat: CircleFormat?

    @OptionGroup var output: OutputOptions

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one file to validate") }
    }

    struct FileResult: Encodable {
        var file: String
        var valid: Bool
        var nodes: Int?
        var edges: Int?
        var errors: [Problem]
    }

    struct Problem: Encodable {
        var line: Int
        var column: Int
        var message: String
    }

    func run() throws {
        var results: [FileResult] = []
        var worst: ExitCode = .success
        for file in files {
            do {
                let circle = try CircleLoader.load(path: file, format: inputFormat)
                results.append(FileResult(file: file, valid: true, nodes: circle.nodes.count,
                                          edges: circle.edges.count, errors: []))
            } catch {
                printDiagnostics(error)
                let problems = error.diagnostics.map {
                    Problem(line: $0.location.line, column: $0.location.column, message: $0.message)
                }
                results.append(FileResult(file: file, valid: false, errors: problems))
                let code: ExitCode = error.reason == .unreadable ? .noInput : .badData
                if worst == .success || code == .noInput { worst = code }
            }
        }
        switch output.format {
        case .json:
            print(try jsonText(results))
        case .csv:
            print(CSVText.row(["file", "valid", "nodes", "edges", "errors"]))
            for result in results {
                print(CSVText.row([result.file, "\(result.valid)", result.nodes.map(String.init) ?? "",
                                   result.edges.map(String.init) ?? "", "\(result.errors.count)"]))
            }
        case .table:
            for result in results where result.valid {
                let (nodes, edges) = (result.nodes ?? 0, result.edges ?? 0)
                print("\(result.file): ok (\(nodes) node\(nodes == 1 ? "" : "s"), \(edges) edge\(edges == 1 ? "" : "s"))")
            }
        }
        if worst != .success { throw worst }
    }
}

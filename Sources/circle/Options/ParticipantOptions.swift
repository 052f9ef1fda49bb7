import ArgumentParser
import Foundation
import GraphFormats
import StrategyAnalysis
import StrategyModel

/// Workshop participants' circle files and how their nodes are matched (merge, compare,
/// consensus). Participants are named by their file names.
struct ParticipantOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("The participants' circle files (two or more).", valueName: "file"))
    var files: [String]

    @Option(help: ArgumentHelp("Match nodes by id or by label (case and spacing ignored).", valueName: "id|label"))
    var match: NodeMatching.Key = .id

    @Option(help: ArgumentHelp("""
        A CSV file with 'label' and 'id' columns: nodes labelled so, by any participant, \
        become that id (for nodes participants name differently).
        """, valueName: "file.csv"))
    var mapping: String?

    func validate() throws {
        if files.count < 2 { throw ValidationError("name two or more circle files") }
    }

    /// The participants' circles, named by file, with their nodes matched.
    func load() throws -> [(name: String, circle: StrategyCircle)] {
        try Self.load(files, match: match, mapping: mapping)
    }

    static func load(_ files: [String], match: NodeMatching.Key = .id,
                     mapping: String? = nil) throws -> [(name: String, circle: StrategyCircle)] {
        let circles = try files.map { file in
            (name: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
             circle: try loadOrExit { () throws(CircleLoadError) in try CircleLoader.load(path: file) })
        }
        let rows = try mapping.map { path in try loadOrExit { () throws(CircleLoadError) in try NodeMappingReader.load(path: path) } } ?? []
        do {
            return try NodeMatching(key: match, mapping: rows.map { ($0.label, $0.id) }).align(circles)
        } catch let error as NodeMatching.Collision {
            printError("circle: \(error)")
            throw ExitCode.badData
        } catch let error as ModelValidationError {
            for issue in error.issues { printError("circle: after matching, \(issue.description)") }
            throw ExitCode.badData
        }
    }
}

extension NodeMatching.Key: ExpressibleByArgument {}

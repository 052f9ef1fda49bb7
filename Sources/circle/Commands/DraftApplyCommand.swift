import ArgumentParser
import GraphFormats
import StrategyDrafting
import StrategyModel

struct DraftApplyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Merge a reviewed draft's accepted proposals into a circle, saying what changed.",
        discussion: """
            Each accepted influence becomes a stated edge whose quote is its sentence, weighted \\
            by the circle file's rule (explicit 3, hedged 2); an endpoint without a node \\
            becomes a new node, stated by the same sentence. Edges the circle already has are \\
            left as they are. Neighbour and member claims are listed, not applied (set sectors \\
            and rings by hand). Then the checks: new nodes that may name an existing one, pairs \\
            that now influence each other both ways, nodes with unusually many edges. The circle \\
            is written whole or not at all (YAML or JSON).

            Examples:
              circle draft apply draft.yaml --into my-circle.yaml
              circle draft apply draft.yaml --into my-circle.yaml -o my-circle-v2.yaml
            """
    )

    @Argument(help: ArgumentHelp("The reviewed draft (from circle draft, decisions by circle review).", valueName: "draft"))
    var draft: String

    @Option(help: ArgumentHelp("The circle to merge into.", valueName: "circle"))
    var into: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the result here (default: the --into file).", valueName: "file"))
    var output: String?

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let target = output ?? into
        let format = CircleFormat(fileExtensionOf: target)
        guard format == .yaml || format == .json else {
            printError("\(target): error: the merged circle is written as YAML or JSON; name a .yaml or .json file with -o")
            throw ExitCode.usage
        }
        let draftFile = try readDraft(draft)
        let base = try loadOrExit { () throws(CircleLoadError) in try CircleLoader.load(path: into) }
        let application: DraftApplication
        do {
            application = try DraftApplication(draftFile, into: base)
        } catch {
            printError("\(draft): error: the accepted proposals do not make a valid circle: \(error)")
            throw ExitCode.badData
        }
        let text = format == .json ? CircleDocumentWriter.json(application.circle) : try CircleDocumentWriter.yaml(application.circle)
        try writeOrExit(Array(text.utf8), to: target)
        let report = application.report
        print("\(target): \(report.addedEdges.count) \(report.addedEdges.count == 1 ? "edge" : "edges") and "
            + "\(report.addedNodes.count) \(report.addedNodes.count == 1 ? "node" : "nodes") added")
        for node in report.addedNodes { print("  + node \(node.id)  \(node.label)") }
        for edge in report.addedEdges {
            print("  + edge \(edge.from) -> \(edge.to) \(edge.sign.symbol)\(Int(edge.weight))  “\(edge.provenance.quote ?? "")”")
        }
        for line in report.alreadyThere { print("  = already in the circle: \(line)") }
        for line in report.notApplied { print("  ~ not applied: \(line)") }
        for pair in report.likelySynonyms { print("  check: new node \(pair.new) may name \(pair.existing)") }
        for pair in report.twoWayPairs { print("  check: \(pair.0) and \(pair.1) now influence each other both ways") }
        for busy in report.busyNodes { print("  check: \(busy.id) has \(busy.edges) edges, more than twice the median") }
    }
}

/// Reads a draft file, or exits naming the file, line and column of the first problem.
func readDraft(_ path: String) throws -> Draft {
    let text = try loadOrExit { () throws(CircleLoadError) in try CircleLoader.readText(path: path) }
    do {
        return try DraftReader.read(text)
    } catch {
        printError("\(path):\(error.line > 0 ? "\(error.line):\(error.column):" : "") error: \(error.message)")
        throw ExitCode.badData
    }
}

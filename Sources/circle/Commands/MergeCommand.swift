import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import GraphvizBridge
import StrategyAnalysis
import StrategyModel

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge participants' circles: per edge the mean, median, range, who drew it and sign conflicts.",
        discussion: """
            Nodes and edges are matched by id (or --match label, with --mapping for nodes \
            participants label differently). The merged edge's weight is the mean (or \
            --weight median) over the participants who drew it, its sign the majority's; \
            edges drawn by fewer than --min-agreement participants are left out (and listed). \
            Each merged node and edge records, as its evidence, who drew it and how. The \
            participants are named by their file names.

            Examples:
              circle merge Datasets/workshop/*.yaml -o merged.yaml
              circle merge anna.yaml ben.yaml carla.yaml --min-agreement 2 --weight median -o merged.yaml
              circle merge Datasets/workshop/*.yaml --render agreement.png
            """
    )

    @OptionGroup var participants: ParticipantOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write the merged circle here (YAML).", valueName: "file.yaml"))
    var output: String?

    @Option(help: ArgumentHelp("""
        Draw the merged circle with agreement as edge style (solid: most drew it; dashed: half or         fewer; dotted: a third or fewer; purple ±: signs disagree).
        """, valueName: "file.svg|png|pdf"))
    var render: String?

    @Option(name: .customLong("min-agreement"), help: "Keep edges drawn by at least this many participants.")
    var minAgreement = 1

    @Option(help: "The merged weight: mean or median.")
    var weight: CircleMerge.WeightChoice = .mean

    @OptionGroup var format: OutputOptions

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        let count = participants.files.count
        if minAgreement < 1 || minAgreement > count {
            throw ValidationError("--min-agreement must be between 1 and the number of files (\(count))")
        }
        if let output, !["yaml", "yml"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) {
            throw ValidationError("--output takes a .yaml file")
        }
        if let render, ![.svg, .png, .pdf].contains(RenderFormat(fileExtensionOf: render)) {
            throw ValidationError("--render takes a .svg, .png or .pdf file")
        }
    }

    func run() throws {
        let circles = try participants.load()
        let merge: CircleMerge
        do {
            merge = try CircleMerge(circles, minAgreement: minAgreement, weight: weight)
        } catch {
            for issue in error.issues { printError("circle: the merged circle is not valid: \(issue.description)") }
            throw ExitCode.badData
        }
        if let output {
            do {
                try writeOrExit(Array(try CircleDocumentWriter.yaml(merge.merged).utf8), to: output)
            } catch let error as ExitCode {
                throw error
            } catch {
                printError("\(output): error: \(error)")
                throw ExitCode.internalError
            }
        }
        if let render {
            var options = CircleDrawingOptions()
            options.agreement = merge.merged.workshopAgreement
            let bytes: [UInt8]
            do {
                bytes = try CircleDrawing.render(merge.merged, options: options, format: RenderFormat(fileExtensionOf: render) ?? .svg)
            } catch {
                printError("circle: \(error)")
                throw ExitCode.internalError
            }
            try writeOrExit(bytes, to: render)
        }
        switch format.format {
        case .json: print(try jsonText(MergeSummary(merge)))
        case .csv:
            print(CSVText.row(["from", "to", "drawn_by", "participants", "mean", "median", "min", "max", "positive", "negative",
                               "sign_conflict", "kept"]))
            for e in merge.edges {
                print(CSVText.row([e.from, e.to, String(e.drawnBy.count), e.drawnBy.joined(separator: " "), full(e.mean),
                                   full(e.median), full(e.minimum), full(e.maximum), String(e.positive), String(e.negative),
                                   String(e.signConflict), String(e.kept)]))
            }
        case .table:
            print("\(merge.participants.count) participants: \(merge.participants.joined(separator: ", ")); "
                + "\(merge.merged.edges.count) of \(merge.edges.count) edges kept (drawn by at least \(minAgreement))")
            var table = TextTable([("From", .left), ("To", .left), ("Drawn", .right), ("Mean", .right), ("Median", .right),
                                   ("Range", .right), ("Signs", .left)])
            for e in merge.edges {
                table.add([e.from, e.to, "\(e.drawnBy.count)/\(merge.participants.count)" + (e.kept ? "" : " (out)"), short(e.mean),
                           short(e.median), "\(short(e.minimum))–\(short(e.maximum))",
                           e.signConflict ? "conflict: \(e.positive)+ \(e.negative)−" : (e.negative > 0 ? "−" : "+")])
            }
            print(table.render())
            let alone = merge.nodes.filter(\.alone)
            if !alone.isEmpty {
                print("\nNamed by one participant alone: " + alone.map { "\($0.id) (\($0.namedBy[0]))" }.joined(separator: ", "))
            }
        }
    }
}

/// What `circle merge --format json` prints.
struct MergeSummary: Encodable {
    var participants: [String]
    var nodes: [CircleMerge.NodeRow]
    var edges: [CircleMerge.EdgeRow]

    init(_ merge: CircleMerge) {
        participants = merge.participants
        nodes = merge.nodes
        edges = merge.edges
    }
}

extension CircleMerge.WeightChoice: ExpressibleByArgument {}

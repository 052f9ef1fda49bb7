import GraphvizBridge
import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphRendering
import StrategyAnalysis
import StrategyModel

struct DematelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dematel",
        abstract: "DEMATEL: total influence, prominence (D+R) and relation (D−R): causes and effects.",
        discussion: """
            N = A / s (s the largest row or column sum), T = N (I − N)⁻¹; refused, with the \
            reason, when N's spectral radius is not below 1.

            Examples:
              circle dematel
              circle dematel my-circle.yaml --format csv
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        let circle = try input.load().activePart
        try requireDenseSize(circle, method: "DEMATEL")
        let report: DematelReport
        do {
            report = try DematelReport(circle)
        } catch {
            printError("circle: \(error)")
            throw ExitCode.badData
        }
        switch output.format {
        case .json: print(try jsonText(report))
        case .csv:
            print(CSVText.row(["id", "given", "received", "prominence", "relation", "group"]))
            for e in report.nodes {
                print(CSVText.row([e.id, full(e.given), full(e.received), full(e.prominence), full(e.relation), e.group]))
            }
        case .table:
            print("DEMATEL (scale s = \(short(report.scale)), spectral radius of N = \(short(report.spectralRadius)))")
            for group in ["cause", "effect", "neutral"] {
                let members = report.members(of: group)
                guard !members.isEmpty else { continue }
                print("\n\(group.capitalized)s (\(members.count)):")
                var table = TextTable([("Node", .left), ("D+R", .right), ("D−R", .right)])
                for e in members { table.add([e.label, short(e.prominence), short(e.relation)]) }
                print(table.render())
            }
        }
    }
}

import ArgumentParser
import Foundation
import GraphFormats
import StrategyAnalysis
import StrategyModel

/// `--expert FILE` (repeatable): a panel's circles of the same nodes, averaged entry by
/// entry (`ExpertAverage`), analysed in place of one circle.
struct ExpertOptions: ParsableArguments {
    @Option(name: .customLong("expert"), help: ArgumentHelp("""
        An expert's circle or matrix (repeat for each expert, two or more): their mean matrix is \
        analysed instead of FILE.
        """, valueName: "file"))
    var experts: [String] = []

    func check(against input: InputOptions) throws {
        if experts.count == 1 { throw ValidationError("give --expert two or more times, once per expert") }
        if !experts.isEmpty, input.file != nil { throw ValidationError("give a circle FILE or --expert files, not both") }
    }

    /// The panel's mean circle, or the input circle; active parts only.
    func load(_ input: InputOptions) throws -> StrategyCircle {
        guard !experts.isEmpty else { return try input.load().activePart }
        let circles = try experts.map { file in
            (name: file, circle: try loadOrExit { () throws(CircleLoadError) in try CircleLoader.load(path: file) }.activePart)
        }
        do {
            return try ExpertAverage.circle(circles)
        } catch {
            printError("circle: \(error)")
            throw ExitCode.badData
        }
    }
}

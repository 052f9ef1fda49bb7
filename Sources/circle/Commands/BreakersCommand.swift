import GraphvizBridge
import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphRendering
import StrategyAnalysis
import StrategyModel

struct BreakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breakers",
        abstract: "The fewest nodes, and the fewest edges, whose removal breaks every reinforcing loop.",
        discussion: """
            These hold the circle's self-reinforcing dynamic together. Exact (branch and bound \
            over all loops) for circles of the seed's size; a greedy answer past the time \
            budget or loop limit, and the output says which.

            Examples:
              circle breakers
              circle breakers --polarity balancing --format json
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Break reinforcing (default) or balancing loops.")
    var polarity: LoopPolarity = .reinforcing

    @Option(name: .customLong("time-budget"), help: "Seconds for the loop list and each exact search.")
    var timeBudget: Double = LoopBreakers.defaultTimeBudgetSeconds

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let activity = ActivityIndicator("searching for loop breakers", quiet: output.quiet)
        defer { activity.finish() }
        let circle = try input.load().activePart
        let breakers = LoopBreakers(circle, polarity: polarity, timeBudget: .milliseconds(Int64(timeBudget * 1000)))
        switch output.format {
        case .json: print(try jsonText(breakers))
        case .csv:
            print(CSVText.row(["kind", "id", "label"]))
            for id in breakers.nodes { print(CSVText.row(["node", id, circle.node(id)?.label ?? id])) }
            for edge in breakers.edges { print(CSVText.row(["edge", "\(edge.from)>\(edge.to)", ""])) }
        case .table:
            let label = { (id: String) in circle.node(id)?.label ?? id }
            print("\(breakers.reinforcingLoops) \(polarity.rawValue) loops; \(breakers.method).")
            print("\nRemoving these \(breakers.nodes.count) nodes breaks every one"
                + (breakers.nodesProvenMinimal ? " (no smaller set does):" : ":"))
            for id in breakers.nodes { print("  \(label(id))") }
            print("\nRemoving these \(breakers.edges.count) edges breaks every one"
                + (breakers.edgesProvenMinimal ? " (no smaller set does):" : ":"))
            for edge in breakers.edges { print("  \(label(edge.from)) → \(label(edge.to))") }
        }
    }
}

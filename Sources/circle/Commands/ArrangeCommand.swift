import ArgumentParser
import StrategyAnalysis
import StrategyModel

struct ArrangeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "arrange",
        abstract: "The sector order around the circle that puts the strongest synergies side by side.",
        discussion: """
            Exact search over every order up to 10 sectors; beyond, greedy tours improved by \
            2-opt (the output says which). Compares with the file's order.

            Examples:
              circle arrange
              circle arrange my-circle.yaml --format json
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let circle = try input.load().activePart
        guard !circle.sectors.isEmpty else { throw ValidationError("this graph has no sectors to arrange") }
        let density = SynergyDensity.bySector(circle)
        let arrangement = SectorArrangement(density: density)
        switch output.format {
        case .json: print(try jsonText(arrangement))
        case .csv:
            print(CSVText.row(["position", "sector"]))
            for (index, id) in arrangement.order.enumerated() { print(CSVText.row(["\(index + 1)", id])) }
        case .table:
            let label = { (id: String) in circle.sectors.first { $0.id == id }?.label ?? id }
            let fileOrder = circle.sectors.filter { s in density.groups.contains { $0.id == s.id && $0.nodes > 0 } }
            print("File order:      " + fileOrder.map(\.label).joined(separator: " → ") + " → (back to start)")
            print("Suggested order: " + arrangement.order.map(label).joined(separator: " → ") + " → (back to start)")
            print("Synergy between neighbouring sectors: \(short(arrangement.adjacentSynergy)) "
                + "(file order \(short(arrangement.fileOrderSynergy)), gain \(short(arrangement.gain)))")
            print("Method: \(arrangement.method)")
        }
    }
}

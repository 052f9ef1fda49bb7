import ArgumentParser
import StrategyAnalysis
import StrategyModel

struct ConsensusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consensus",
        abstract: "The agenda for the next workshop round: the sharpest disagreements and strongest agreements, by what they change.",
        discussion: """
            An edge is agreed when everyone who named both its ends drew it, with one sign and \
            one weight; otherwise disputed. Each is weighed by how many findings change between \
            two readings of the merged circle: a disputed edge at the least and the greatest \
            weight participants gave it (0 for those who drew none), an agreed edge with and \
            without it. Findings counted: nodes entering or leaving the top --top, loops entering \
            or leaving the strongest, loops changing polarity, nodes changing cluster, keystones \
            entering or leaving the top. Participants are named by their file names.

            Examples:
              circle consensus Datasets/workshop/*.yaml
              circle consensus anna.yaml ben.yaml --limit 0 --format csv
            """
    )

    @OptionGroup var participants: ParticipantOptions

    @Option(help: "k: the top nodes, strongest loops and keystones compared.")
    var top = 5

    @Option(help: "Show this many of each list in the table (0: all); JSON and CSV hold all.")
    var limit = 10

    @OptionGroup var output: OutputOptions

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be at least 1") }
        if limit < 0 { throw ValidationError("--limit must be 0 (all) or more") }
    }

    func run() throws {
        let activity = ActivityIndicator("weighing every edge", quiet: output.quiet)
        defer { activity.finish() }
        let circles = try participants.load()
        let report: ConsensusReport
        do {
            report = try Timings.shared.measure("consensus") { () throws(ModelValidationError) in try ConsensusReport(circles, top: top) }
        } catch {
            for issue in error.issues { printError("circle: the merged circle is not valid: \(issue.description)") }
            throw ExitCode.badData
        }
        activity.finish()
        switch output.format {
        case .json: print(try jsonText(report))
        case .csv:
            print(CSVText.row(["list", "from", "to", "drawn_by", "could_draw", "low", "high", "disputes", "changes", "top_nodes",
                               "strong_loops", "loop_polarities", "cluster_moves", "keystones"]))
            for (list, items) in [("disagreement", report.disagreements), ("agreement", report.agreements)] {
                for i in items {
                    let c = i.changes
                    print(CSVText.row([list, i.from, i.to, i.drawnBy.joined(separator: " "), String(i.couldDraw), full(i.low),
                                       full(i.high), i.disputes.joined(separator: "; "), String(c.total), String(c.topNodes),
                                       String(c.strongLoops), String(c.loopPolarities), String(c.clusterMoves), String(c.keystones)]))
                }
            }
        case .table:
            print("\(report.participants.count) participants: \(report.participants.joined(separator: ", ")); "
                + "\(report.disagreements.count) disputed and \(report.agreements.count) agreed edges")
            show("Sharpest disagreements (the agenda)", report.disagreements, disputes: true)
            show("Strongest agreements (what is at stake if they are wrong)", report.agreements, disputes: false)
        }
    }

    func show(_ title: String, _ items: [ConsensusReport.Item], disputes: Bool) {
        let shown = limit == 0 ? items : Array(items.prefix(limit))
        print("\n\(title)" + (shown.count < items.count ? ": the first \(shown.count) of \(items.count) (--limit 0 shows all)" : ""))
        var table = TextTable([("Edge", .left), ("Drawn", .right)] + (disputes ? [("Disputed", .left)] : [])
            + [("Changes", .right), ("Of which", .left)])
        for i in shown {
            let c = i.changes
            let parts = [("top", c.topNodes), ("strong loops", c.strongLoops), ("polarity", c.loopPolarities),
                         ("cluster moves", c.clusterMoves), ("keystones", c.keystones)]
                .filter { $0.1 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
            table.add(["\(i.from) → \(i.to)", "\(i.drawnBy.count)/\(i.couldDraw)"] + (disputes ? [i.disputes.joined(separator: "; ")] : [])
                + [String(c.total), parts])
        }
        print(table.render())
    }
}

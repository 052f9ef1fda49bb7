import ArgumentParser
import Foundation
import StrategyAnalysis
import StrategyModel

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "One node or influence: where it comes from and what it does in the circle.",
        discussion: """
            For a node: its ring and sector, its evidence (the source's words, or the \
            reason it is inferred and the sentences that reason rests on), why it is placed \
            where it is, its rank in each centrality measure, its synergy cluster, its \
            edges in and out, and the strongest loops through it. For an edge \
            FROM>TO: weight, sign, kind, evidence, the weight the weight rule gives for it, \
            and the strongest loops through it.

            Examples:
              circle explain social_werden
              circle explain "licence_to_operate>krisenkommunikation"
              circle explain culture my-circle.yaml --format json
            """
    )

    @Argument(help: ArgumentHelp("A node id, or an edge written FROM>TO.", valueName: "id"))
    var subject: String

    @OptionGroup var input: InputOptions
    @OptionGroup var clustering: ClusterArguments
    @OptionGroup var output: OutputOptions

    @Option(name: .long, help: "How many of the strongest loops to list.")
    var loops = 3

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        guard loops >= 0 else { throw ValidationError("--loops must be 0 or more, got \(loops)") }
    }

    func run() throws {
        let circle = try input.load()
        let explanation: Explanation
        if subject.contains(">") {
            guard let reference = EdgeReference(parsing: subject) else {
                throw ValidationError("'\(subject)' is not an edge; write FROM>TO with two node ids")
            }
            guard let found = Explanation(edge: reference, in: circle, loops: loops) else {
                throw ValidationError(missingInfluence(reference, in: circle))
            }
            explanation = found
        } else {
            guard let found = Explanation(node: subject, in: circle, clusterOptions: clustering.options, loops: loops)
            else {
                let hint = Suggestion.closest(to: subject, among: circle.nodes.map(\.id)).map { " (did you mean '\($0)'?)" }
                throw ValidationError("no node '\(subject)'\(hint ?? "")")
            }
            explanation = found
        }
        switch output.format {
        case .json: print(try jsonText(explanation))
        case .csv: printCSV(explanation)
        case .table: printText(explanation, circle: circle)
        }
    }

    private func missingInfluence(_ reference: EdgeReference, in circle: StrategyCircle) -> String {
        for id in [reference.from, reference.to] where circle.node(id) == nil {
            let hint = Suggestion.closest(to: id, among: circle.nodes.map(\.id)).map { " (did you mean '\($0)'?)" }
            return "no node '\(id)'\(hint ?? "")"
        }
        return "no edge \(reference); the circle has \(reference.from)'s edges on "
            + circle.edges(from: reference.from).map(\.to).joined(separator: ", ")
    }

    private func printCSV(_ explanation: Explanation) {
        print(CSVText.row(["field", "value", "detail"]))
        var rows: [[String]] = [["evidence", explanation.evidence.rawValue, explanation.claim?.rawValue ?? ""]]
        if let quote = explanation.quote { rows.append(["quote", quote, ""]) }
        if let reason = explanation.reason { rows.append(["reason", reason, ""]) }
        rows += explanation.basis.map { ["basis", $0, ""] }
        if let detail = explanation.node {
            rows.append(["placement_inferred", detail.placementInferred ?? "", ""])
            rows += detail.ranks.map { ["rank:\($0.measure.rawValue)", "\($0.rank)", full($0.value)] }
            rows.append(["cluster", detail.cluster.map(String.init) ?? "", detail.clusterMembers.joined(separator: " ")])
        }
        if let influence = explanation.influence {
            rows.append(["weight", full(influence.weight), influence.ruleWeight.map(full) ?? ""])
            rows.append(["sign", influence.sign, influence.kind])
        }
        rows.append(["reinforcing_loops", "\(explanation.reinforcingLoops)", explanation.loopsComplete ? "complete" : "partial"])
        rows.append(["balancing_loops", "\(explanation.balancingLoops)", explanation.loopsComplete ? "complete" : "partial"])
        for row in rows { print(CSVText.row(row)) }
    }

    private func printText(_ explanation: Explanation, circle: StrategyCircle) {
        let label = { (id: String) in circle.node(id)?.label ?? id }
        if let detail = explanation.node {
            print("\(detail.label) (\(detail.id))" + (detail.labelEN.map { " — \($0)" } ?? ""))
            print("  Ring: \(detail.ring ?? "none")   Sector: \(detail.sector ?? "none")"
                + (detail.active ? "" : "   (excluded: named but left out of the analysis)"))
            if let placement = detail.placementInferred { print("  Placement inferred: \(placement)") }
        }
        if let influence = explanation.influence {
            print("\(influence.fromLabel) → \(influence.toLabel) (\(influence.from)>\(influence.to))")
            let rule = influence.ruleWeight.map { $0 == influence.weight ? " (as the weight rule gives)"
                : " (the weight rule gives \(short($0)))" } ?? ""
            print("  Sign \(influence.sign), weight \(short(influence.weight))\(rule), kind \(influence.kind)"
                + (influence.active ? "" : "   (touches an excluded node: not analysed)"))
        }
        switch explanation.evidence {
        case .stated:
            print("  Stated" + (explanation.claim.map { " (\($0.rawValue))" } ?? "") + ":"
                + (explanation.quote.map { " “\($0)”" } ?? " (no quote given)"))
        case .inferred:
            print("  Inferred: \(explanation.reason ?? "(no reason given)")")
            for sentence in explanation.basis { print("    rests on: “\(sentence)”") }
        case .unspecified:
            print("  Evidence: not given in the file")
        }
        if let detail = explanation.node {
            if !detail.ranks.isEmpty {
                print("\n  Rank by measure:")
                var table = TextTable([("Measure", .left), ("Rank", .right), ("Value", .right)])
                for rank in detail.ranks { table.add([rank.measure.rawValue, "\(rank.rank) of \(rank.of)", short(rank.value)]) }
                print(table.render().split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"))
            }
            if let cluster = detail.cluster {
                print("\n  Synergy cluster \(cluster)"
                    + (detail.clusterMembers.isEmpty ? " (alone)" : " with " + detail.clusterMembers.map(label).joined(separator: " · ")))
            }
            func list(_ title: String, _ items: [Explanation.Influence]) {
                guard !items.isEmpty else { return }
                print("\n  \(title):")
                for item in items {
                    print("    \(item.sign)\(short(item.weight)) \(item.label) [\(item.evidence.rawValue)]")
                }
            }
            list("Affected by", detail.incoming)
            list("Affects", detail.outgoing)
        }
        let partial = explanation.loopsComplete ? "" : " (enumeration stopped at its limit: counts are partial)"
        print("\n  Loops through it: \(explanation.reinforcingLoops) reinforcing, \(explanation.balancingLoops) balancing\(partial)")
        for loop in explanation.strongestLoops {
            let path = (loop.nodes + [loop.nodes[0]]).map(label).joined(separator: " → ")
            print("    \(loop.polarity.letter) gain \(short(loop.gain)) [\(loop.evidence.rawValue)]: \(path)")
        }
    }
}

import ArgumentParser
import Foundation
import GraphFormats
import StrategyAnalysis
import StrategyModel

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare circles pair by pair: shared and unique nodes and edges, sign and loop disagreements.",
        discussion: """
            For every pair of files: nodes and edges both have and each alone, the Jaccard \
            similarity of the edge sets, the distance between the signed weight matrices, \
            Spearman's rank correlation of PageRank over the shared nodes, the edges drawn with \
            opposite signs, and the feedback loops one sees and the other does not (or with \
            another polarity). Names are the file names.

            Examples:
              circle compare Datasets/workshop/anna.yaml Datasets/workshop/ben.yaml
              circle compare Datasets/workshop/*.yaml --format json
            """
    )

    @OptionGroup var participants: ParticipantOptions

    @OptionGroup var output: OutputOptions

    struct PairResult: Encodable {
        var first: String
        var second: String
        var comparison: CircleComparison
    }

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let named = try participants.load()
        var results: [PairResult] = []
        for i in named.indices {
            for j in named.indices where j > i {
                results.append(PairResult(first: named[i].name, second: named[j].name,
                                          comparison: CircleComparison(named[i].circle, named[j].circle)))
            }
        }
        switch output.format {
        case .json: print(try jsonText(results))
        case .csv:
            print(CSVText.row(["first", "second", "shared_nodes", "shared_edges", "edges_only_first", "edges_only_second",
                               "jaccard", "weighted_distance", "pagerank_spearman", "sign_disagreements", "loop_differences"]))
            for r in results {
                let c = r.comparison
                print(CSVText.row([r.first, r.second, String(c.sharedNodes), String(c.sharedEdges), String(c.edgesOnlyInFirst.count),
                                   String(c.edgesOnlyInSecond.count), full(c.jaccard), full(c.weightedDistance),
                                   c.pageRankCorrelation.map(full) ?? "", String(c.signDisagreements.count),
                                   c.loopDifferences.map { String($0.count) } ?? "withheld"]))
            }
        case .table:
            for (index, r) in results.enumerated() {
                let c = r.comparison
                if index > 0 { print("") }
                print("\(r.first) and \(r.second): Jaccard \(short(c.jaccard)), weight distance \(short(c.weightedDistance)), "
                    + "PageRank rank correlation \(c.pageRankCorrelation.map(short) ?? "n/a")")
                print("  nodes: \(c.sharedNodes) shared; only \(r.first): \(list(c.nodesOnlyInFirst)); "
                    + "only \(r.second): \(list(c.nodesOnlyInSecond))")
                print("  edges: \(c.sharedEdges) shared; only \(r.first): \(list(c.edgesOnlyInFirst)); "
                    + "only \(r.second): \(list(c.edgesOnlyInSecond))")
                print("  signs differ: " + list(c.signDisagreements.map { "\($0.from)>\($0.to) (\($0.first) vs \($0.second))" }))
                if let differences = c.loopDifferences {
                    print("  loops that differ (\(differences.count)):")
                    for d in differences {
                        print("    \(d.nodes.joined(separator: " → ")): \(r.first) \(d.first ?? "—"), \(r.second) \(d.second ?? "—")")
                    }
                } else if let reason = c.loopsWithheld {
                    print("  loops: \(reason)")
                }
            }
        }
    }

    private func list(_ items: [String]) -> String { items.isEmpty ? "none" : items.joined(separator: ", ") }
}

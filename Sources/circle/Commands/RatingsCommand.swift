import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphFormats
import StrategyAnalysis
import StrategyModel

struct RatingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ratings",
        abstract: "Build a fuzzy cognitive map from experts' linguistic ratings (FCMpy's method), with each edge's spread.",
        discussion: """
            The ratings file has one row per expert and edge: expert,from,to,rating. A rating is \
            a term of FCMpy's signed scale: -VH, -H, -M, -L, -VL, No, +VL, +L, +M, +H, +VH \
            (very high … very low, negative or positive, or no causality), or a triangle \
            a;b;c in [-1, 1]. For every rated pair, each term's triangle is cut at the share of \
            experts who chose it, the cuts are joined, and the centroid is the weight \
            (docs/algorithms/fcm.md). The spread is the least and greatest weight one expert \
            implies alone. With --output the map is written as a circle file; simulate it \
            with --scale none, its weights being already in [-1, 1].

            Examples:
              circle ratings workshop.csv
              circle ratings workshop.csv --output workshop-map.yaml
              circle simulate workshop-map.yaml --scale none --function tanh
            """
    )

    @Argument(help: ArgumentHelp("The ratings (CSV: expert,from,to,rating).", valueName: "file.csv"))
    var file: String

    @OptionGroup var output: OutputOptions

    @Option(help: "Grid points per unit of the universe [-1, 1] (100: steps of 0.01, as FCMpy).")
    var resolution: Int = 100

    @Option(name: [.short, .long], help: ArgumentHelp("Write the map as a circle file (YAML).", valueName: "file.yaml"))
    var outputFile: String?

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if resolution < 1 || resolution > 100_000 { throw ValidationError("--resolution must be between 1 and 100000") }
        if let outputFile, !["yaml", "yml"].contains(URL(fileURLWithPath: outputFile).pathExtension.lowercased()) {
            throw ValidationError("--output-file takes a .yaml file")
        }
    }

    func run() throws {
        let scale = ExpertWeights.signedScale.enumerated().map { index, term in
            ExpertRatings.Term(names: [term.name] + (term.name == "No" ? ["no causality", "0"] : []), code: index - 5,
                               value: (term.a, term.b, term.c))
        }
        let ratings = try readOrExit { () throws(CircleLoadError) in try ExpertRatings.load(path: file, scale: scale) }
        let map = ExpertMap(ratings: ratings.edgeRatings, resolution: resolution)
        if let outputFile {
            do {
                let text = try CircleDocumentWriter.yaml(try map.circle(title: URL(fileURLWithPath: file).lastPathComponent))
                try writeOrExit(Array(text.utf8), to: outputFile)
            } catch let error as ExitCode {
                throw error
            } catch {
                printError("\(file): error: \(error)")
                throw ExitCode.badData
            }
        }
        switch output.format {
        case .json: print(try jsonText(map))
        case .csv:
            print(CSVText.row(["from", "to", "weight", "raters", "lowest", "highest", "terms"]))
            for row in map.edges {
                print(CSVText.row([row.from, row.to, full(row.weight), String(row.raters), full(row.lowest), full(row.highest),
                                   row.terms.map { "\($0.term)×\($0.count)" }.joined(separator: " ")]))
            }
        case .table:
            print("\(map.edges.count) rated pairs from \(map.experts.count) experts (FCMpy's method, grid step "
                + "\(short(1 / Double(resolution))))")
            var table = TextTable([("From", .left), ("To", .left), ("Weight", .right), ("Raters", .right),
                                   ("Single experts", .right), ("Terms", .left)])
            for row in map.edges {
                table.add([row.from, row.to, String(format: "%+.3f", row.weight), String(row.raters),
                           String(format: "%+.2f … %+.2f", row.lowest, row.highest),
                           row.terms.map { "\($0.term) ×\($0.count)" }.joined(separator: ", ")])
            }
            print(table.render())
        }
    }
}

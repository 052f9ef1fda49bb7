import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphFormats
import GraphRendering
import GraphvizBridge
import StrategyAnalysis
import StrategyModel

struct DematelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dematel",
        abstract: "DEMATEL: total influence, prominence (D+R) and relation (D−R): causes and effects; fuzzy from experts' ratings.",
        discussion: """
            Crisp: A is the circle's weight matrix (signs ignored), N = A / s (s the largest \
            row or column sum), T = N (I − N)⁻¹; refused, with the reason, when N's spectral \
            radius is not below 1. Fuzzy (--ratings): experts rate the circle's edges on \
            the linguistic scale no influence (0, 0, 0.25), very low (0, 0.25, 0.5), low \
            (0.25, 0.5, 0.75), high (0.5, 0.75, 1), very high (0.75, 1, 1) — or No, VL, L, H, VH, \
            or the codes 0–4, or l;m;u — and the ratings are defuzzified by CFCS and averaged \
            (--fuzzy cfcs, Wu & Lee 2007) or carried through per component (--fuzzy \
            componentwise, Lin & Wu 2008, as pyDEMATEL). The influential relation map keeps \
            T's entries above α (--threshold, the mean of T by default). See \
            docs/algorithms/dematel.md.

            Examples:
              circle dematel
              circle dematel --matrices N,T --format csv > matrices.csv
              circle dematel --threshold 0.05 --map irm.png
              circle dematel --ratings workshop-ratings.csv --fuzzy cfcs
              circle dematel --expert anna.csv --expert ben.csv --expert carla.csv
            """
    )

    enum Matrix: String, CaseIterable { case N, T }

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var annotation: AnnotateOptions
    @OptionGroup var panel: ExpertOptions

    @Option(help: ArgumentHelp("Also print these matrices: N, T or N,T (with --format csv: matrix,from,to,value rows).",
                               valueName: "N,T"))
    var matrices: String?

    @Option(help: ArgumentHelp("Threshold α of the influential relation map: mean (of T) or a number.", valueName: "mean|value"))
    var threshold: String = "mean"

    @Option(help: ArgumentHelp("Draw the influential relation map (D+R against D−R, arrows above α) to this file.",
                               valueName: "file.svg|png|pdf"))
    var map: String?

    @Option(help: ArgumentHelp("Experts' ratings of the circle's edges (CSV: expert,from,to,rating): fuzzy DEMATEL.",
                               valueName: "file.csv"))
    var ratings: String?

    @Option(help: "Fuzzy procedure: cfcs (defuzzify, then DEMATEL) or componentwise (DEMATEL per component).")
    var fuzzy: FuzzyDematel.Method = .cfcs

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        try panel.check(against: input)
        if let map, ![.svg, .png, .pdf].contains(RenderFormat(fileExtensionOf: map)) {
            throw ValidationError("--map takes a .svg, .png or .pdf file")
        }
        _ = try chosenMatrices()
        _ = try alphaChoice()
    }

    func chosenMatrices() throws -> [Matrix] {
        guard let matrices else { return [] }
        return try matrices.split(separator: ",").map { name in
            guard let matrix = Matrix(rawValue: name.trimmedWhitespace.uppercased()) else {
                throw ValidationError("--matrices takes N, T or N,T, got '\(name)'")
            }
            return matrix
        }
    }

    func alphaChoice() throws -> Dematel.Threshold {
        if threshold.lowercased() == "mean" { return .mean }
        guard let value = Double(threshold), value.isFinite, value >= 0 else {
            throw ValidationError("--threshold takes 'mean' or a number of at least 0, got '\(threshold)'")
        }
        return .value(value)
    }

    func run() throws {
        let circle = try panel.load(input)
        try annotation.write(circle)
        try requireDenseSize(circle, method: "DEMATEL")
        let alpha = try alphaChoice()
        let report: DematelReport
        do {
            if let ratings {
                let scale = FuzzyDematel.linguisticScale.map {
                    ExpertRatings.Term(names: $0.names, code: $0.code, value: ($0.value.lower, $0.value.middle, $0.value.upper))
                }
                let read = try readOrExit { () throws(CircleLoadError) in try ExpertRatings.load(path: ratings, scale: scale) }
                try reportOrExit(read.check(against: circle))
                report = try DematelReport(circle, ratings: read.edgeRatings, method: fuzzy, threshold: alpha)
            } else {
                report = try DematelReport(circle, threshold: alpha)
            }
        } catch let error as Dematel.Failure {
            printError("circle: \(error)")
            throw ExitCode.badData
        }
        if let map { try drawMap(report, to: map) }
        let shown = try chosenMatrices().compactMap { matrix -> (Matrix, DenseMatrix)? in
            switch matrix {
            case .N: report.normalized.map { (matrix, $0) }
            case .T: (matrix, report.total)
            }
        }
        switch output.format {
        case .json: print(try jsonText(report))
        case .csv:
            if shown.isEmpty {
                print(CSVText.row(["id", "given", "received", "prominence", "relation", "group"]))
                for e in report.nodes {
                    print(CSVText.row([e.id, full(e.given), full(e.received), full(e.prominence), full(e.relation), e.group]))
                }
            } else {
                print(CSVText.row(["matrix", "from", "to", "value"]))
                for (name, matrix) in shown {
                    for i in report.ids.indices {
                        for j in report.ids.indices {
                            print(CSVText.row([name.rawValue, report.ids[i], report.ids[j], full(matrix[i, j])]))
                        }
                    }
                }
            }
        case .table:
            var heading = report.method == "crisp" ? "DEMATEL" : "Fuzzy DEMATEL (\(report.method.dropFirst(6)), \(report.experts) experts)"
            if let scale = report.scale, let radius = report.spectralRadius {
                heading += " (scale s = \(short(scale)), spectral radius of N = \(short(radius)))"
            }
            print(heading)
            for group in ["cause", "effect", "neutral"] {
                let members = report.members(of: group)
                guard !members.isEmpty else { continue }
                print("\n\(group.capitalized)s (\(members.count)):")
                var table = TextTable([("Node", .left), ("D+R", .right), ("D−R", .right)])
                for e in members { table.add([e.label, short(e.prominence), short(e.relation)]) }
                print(table.render())
            }
            print("\nInfluential relations: \(report.relations.count) \(report.relations.count == 1 ? "entry" : "entries") of T above α = \(short(report.alpha))"
                + (try alphaChoice() == .mean ? " (the mean of T)" : ""))
            for (name, matrix) in shown {
                print("\n\(name.rawValue):")
                var table = TextTable([("", .left)] + report.ids.map { ($0, .right) })
                for i in report.ids.indices { table.add([report.ids[i]] + report.ids.indices.map { short(matrix[i, $0]) }) }
                print(table.render())
            }
        }
    }

    private func drawMap(_ report: DematelReport, to path: String) throws {
        let bytes: [UInt8]
        do {
            bytes = try InfluentialRelationMap.render(
                title: "DEMATEL influential relation map", labels: report.nodes.map(\.label),
                prominence: report.nodes.map(\.prominence), relation: report.nodes.map(\.relation), arrows: report.arrows,
                alpha: report.alpha, format: RenderFormat(fileExtensionOf: path) ?? .svg)
        } catch {
            printError("circle: \(error)")
            throw ExitCode.internalError
        }
        try writeOrExit(bytes, to: path)
    }
}

extension FuzzyDematel.Method: ExpressibleByArgument {}

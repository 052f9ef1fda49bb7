import GraphvizBridge
import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphRendering
import StrategyAnalysis
import StrategyModel

struct MicmacCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "micmac",
        abstract: "MICMAC: direct and indirect influence and dependence, quadrants, rank shifts; draws the map.",
        discussion: """
            Influence of a node is its row sum in the influence matrix (row → column), \
            dependence its column sum; indirect values come from matrix powers until the \
            rankings are stable. Quadrants split at the mean (or --split median). With \
            --map OUT.svg|png|pdf the influence–dependence map is drawn.

            Examples:
              circle micmac
              circle micmac --split median --map micmac.png
              circle micmac --expert anna.csv --expert ben.csv
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var annotation: AnnotateOptions
    @OptionGroup var panel: ExpertOptions

    @Option(help: "Split the quadrants at the mean or median.")
    var split: Micmac.Split = .mean

    @Option(help: ArgumentHelp("Also draw the indirect influence–dependence map to this file.", valueName: "file"))
    var map: String?

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        try panel.check(against: input)
        if let map, ![.svg, .png, .pdf].contains(RenderFormat(fileExtensionOf: map)) {
            throw ValidationError("--map takes a .svg, .png or .pdf file")
        }
    }

    func run() throws {
        let circle = try panel.load(input)
        try annotation.write(circle)
        try requireDenseSize(circle, method: "MICMAC")
        let analysis = Timings.shared.measure("micmac") { StructuralAnalysis(circle, split: split) }
        switch output.format {
        case .json: print(try jsonText(analysis))
        case .csv:
            print(CSVText.row(["id", "direct_influence", "direct_dependence", "indirect_influence", "indirect_dependence",
                               "direct_quadrant", "indirect_quadrant", "influence_rank_shift", "role"]))
            for e in analysis.nodes {
                print(CSVText.row([e.id, full(e.directInfluence), full(e.directDependence), full(e.indirectInfluence),
                                   full(e.indirectDependence), e.directQuadrant.rawValue, e.indirectQuadrant.rawValue,
                                   "\(e.influenceRankShift)", e.role.rawValue]))
            }
        case .table:
            print("MICMAC, indirect at matrix power \(analysis.micmacPower)\(analysis.micmacStable ? " (rankings stable)" : " (not yet stable)"), quadrants split at the \(split.rawValue)")
            if let zero = analysis.micmacNilpotentFrom {
                print("Note: the map has no feedback loop, so its matrix powers vanish from power \(zero) on; the indirect "
                    + "values are those of power \(analysis.micmacPower), the longest chains, and the rankings never settle.")
            }
            for quadrant in Micmac.Quadrant.allCases {
                let members = analysis.nodes.filter { $0.indirectQuadrant == quadrant }
                guard !members.isEmpty else { continue }
                print("\n\(quadrant.rawValue.capitalized) (\(members.count)):")
                var table = TextTable([("Node", .left), ("Influence", .right), ("Dependence", .right), ("Shift", .right)])
                for e in members.sorted(by: { $0.indirectInfluence > $1.indirectInfluence }) {
                    table.add([e.label, short(e.indirectInfluence), short(e.indirectDependence),
                               e.influenceRankShift == 0 ? "" : String(format: "%+d", e.influenceRankShift)])
                }
                print(table.render())
            }
            let i = analysis.indices
            print("\nCognitive-map indices: \(i.transmitters) transmitters, \(i.receivers) receivers, \(i.ordinary) ordinary; "
                + "complexity \(i.complexity.map(short) ?? "n/a (no transmitters)"), density \(short(i.density)), "
                + "hierarchy index \(short(i.hierarchyIndex))")
        }
        if let map {
            let bytes: [UInt8]
            do {
                bytes = try InfluenceMap.render(analysis, circle: circle, format: RenderFormat(fileExtensionOf: map) ?? .svg)
            } catch {
                printError("circle: \(error)")
                throw ExitCode.internalError
            }
            try writeOrExit(bytes, to: map)
        }
    }
}

extension Micmac.Split: ExpressibleByArgument {}

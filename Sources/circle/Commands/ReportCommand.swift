import ArgumentParser
import Foundation
import GraphRendering
import StrategyModel
import StrategyReport

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report a manager reads: every finding on one self-contained HTML page.",
        discussion: """
            One HTML file, no network requests (inline SVG and CSS): the circle with hover \
            texts, the key nodes, synergy clusters, the synergy-density heat map, the sector \
            arrangement, the strongest reinforcing and balancing loops with their quotes, the \
            MICMAC map, the keystone what-if table and the robustness curve, which findings \
            survive doubt about the weights (circle robustness), the workshop's agenda when \
            --participant files are given (circle consensus), and what the data rest on; each section with a "how to read this" paragraph. Readable on screen and \
            in print. German for the shipped circle, English with --labels english.

            Examples:
              circle report -o report.html
              circle report my-circle.yaml --labels english -o report.html
              circle report merged.yaml --participant anna.yaml --participant ben.yaml -o workshop.html
            """
    )

    @OptionGroup var input: InputOptions

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The HTML file to write.", valueName: "file.html"))
    var output: String

    @Option(help: "Labels and report text: original or english.")
    var labels: CircleDrawingOptions.LabelLanguage = .original

    @Flag(name: [.short, .long], help: "No activity line on stderr.")
    var quiet = false

    @Option(help: "Most seconds the keystone what-if sweep may take (a cut sweep is said so in the report).")
    var timeBudget: Double = 20

    @Option(help: "Runs of the robustness section (0 leaves it out); see circle robustness.")
    var robustnessRuns = 1000

    @Option(name: .customLong("participant"), help: ArgumentHelp(
        "A workshop participant's circle (give two or more): the report gains the consensus section.", valueName: "file"))
    var participantFiles: [String] = []

    @OptionGroup var timing: TimingOptions

    func validate() throws {
        if !["html", "htm"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) {
            throw ValidationError("--output takes a .html file")
        }
        if !timeBudget.isFinite || timeBudget <= 0 { throw ValidationError("--time-budget must be a positive number of seconds") }
        if robustnessRuns < 0 || robustnessRuns > RobustnessCommand.maxRuns {
            throw ValidationError("--robustness-runs must be between 0 and \(RobustnessCommand.maxRuns)")
        }
        if participantFiles.count == 1 { throw ValidationError("give two or more --participant files, or none") }
    }

    func run() throws {
        let activity = ActivityIndicator("writing the report", quiet: quiet)
        defer { activity.finish() }
        let circle = try input.load()
        var options = ReportOptions()
        options.labels = labels
        options.sweepBudget = .milliseconds(Int64(timeBudget * 1000))
        options.robustnessRuns = robustnessRuns
        if !participantFiles.isEmpty { options.participants = try ParticipantOptions.load(participantFiles) }
        let html: String
        do {
            html = try Timings.shared.measure("report (every analysis and drawing)") { try HTMLReport.html(circle, options: options) }
        } catch {
            printError("circle: \(error)")
            throw ExitCode.internalError
        }
        try writeOrExit(Array(html.utf8), to: output)
        print("\(output): the report of \(circle.metadata.title ?? "the circle")")
    }
}

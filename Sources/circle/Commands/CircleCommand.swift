import ArgumentParser
import Foundation

@main
struct CircleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "circle",
        abstract: "Measure, draw and question a strategy circle.",
        discussion: """
            A strategy circle is a weighted, signed, directed graph of thrusts, measures and \
            cultural effects placed on rings and sectors. Without a FILE, commands use the \
            built-in circle from the blog post "Handlungsfelder einer Social Centric Strategy".

            Exit codes: 0 ok, 64 bad usage, 65 invalid input data, 66 missing or unreadable \
            input, 70 internal error, 73 cannot write an output file, 74 cannot write to \
            standard output.

            Examples:
              circle analyze                       what matters in the built-in circle
              circle render -o circle.png          draw it as the strategy wheel
              circle loops --polarity reinforcing  its self-reinforcing dynamics
              circle whatif --remove unternehmenskultur
                                                   what breaks without the culture
              circle validate my-circle.yaml       check your own circle
              circle analyze my-circle.yaml        and analyse it
            """,
        version: "0.1.0",
        subcommands: [AnalyzeCommand.self, InfoCommand.self, ValidateCommand.self, RenderCommand.self, CentralityCommand.self,
                      ClustersCommand.self, DensityCommand.self, ArrangeCommand.self, LoopsCommand.self,
                      BreakersCommand.self, MicmacCommand.self, DematelCommand.self, SimulateCommand.self, RatingsCommand.self, WhatIfCommand.self, ConvertCommand.self, ReportCommand.self, MergeCommand.self, CompareCommand.self, ConsensusCommand.self, RobustnessCommand.self,
                      DraftCommand.self, ReviewCommand.self, ExplainCommand.self],
        defaultSubcommand: AnalyzeCommand.self
    )

    /// Runs the command, then makes sure everything printed reached standard output: a
    /// failed or short write (a full disk, `> /dev/full`) is an error with exit code 74, not a
    /// success. A closed pipe ends the process by SIGPIPE, silently, as Unix tools do.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            Timings.shared.measure("output", finishStandardOutput)
            Timings.shared.report()
            exit(withError: error)
        }
        Timings.shared.measure("output", finishStandardOutput)
        Timings.shared.report()
        exit()
    }

    private static func finishStandardOutput() {
        if let failure = StandardOutput.shared.finish() {
            let reason = String(cString: strerror(failure))
            printError("circle: cannot write the results to standard output: \(reason)")
            exit(withError: ExitCode.outputFailed)
        }
    }
}

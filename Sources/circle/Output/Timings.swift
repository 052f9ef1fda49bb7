import ArgumentParser
import Foundation
import Synchronization

/// `--timings`: how long the load, each analysis and the output took, on stderr after the
/// results. Only printed when asked, so no other output ever depends on the clock.
final class Timings: Sendable {
    static let shared = Timings()

    private struct State {
        var enabled = false
        var phases: [(name: String, seconds: Double)] = []
    }

    private let state = Mutex(State())
    private let start = ContinuousClock.now

    var isEnabled: Bool { state.withLock { $0.enabled } }

    func enable() { state.withLock { $0.enabled = true } }

    /// Runs `body`, recording its time under `phase` when timings are on.
    func measure<T, Failure: Error>(_ phase: String, _ body: () throws(Failure) -> T) throws(Failure) -> T {
        let began = ContinuousClock.now
        defer {
            let elapsed = Self.seconds(ContinuousClock.now - began)
            state.withLock { if $0.enabled { $0.phases.append((phase, elapsed)) } }
        }
        return try body()
    }

    /// The phases, what they leave unaccounted for, and the total, on stderr.
    func report() {
        let (enabled, phases) = state.withLock { ($0.enabled, $0.phases) }
        guard enabled else { return }
        let total = Self.seconds(ContinuousClock.now - start)
        let measured = phases.reduce(0) { $0 + $1.seconds }
        var lines = phases.map { "  \($0.name): \(Self.text($0.seconds))" }
        lines.append("  the rest (parsing options, formatting, unitemised work): \(Self.text(max(0, total - measured)))")
        lines.append("  total (whole process after start-up): \(Self.text(total))")
        printError("circle: timings\n" + lines.joined(separator: "\n"))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }

    private static func text(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.1f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }
}

/// The `--timings` flag every command takes.
struct TimingOptions: ParsableArguments {
    @Flag(help: "Print on stderr how long the load, each analysis and the output took.")
    var timings = false

    func validate() throws {
        if timings { Timings.shared.enable() }
    }
}

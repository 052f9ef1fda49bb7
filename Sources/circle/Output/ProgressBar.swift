import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphFormats
import GraphRendering
import StrategyAnalysis
import StrategyModel

/// A progress bar on stderr, only when stderr is a terminal and `--quiet` is not given.
final class ProgressBar: @unchecked Sendable {
    private let enabled: Bool

    init(quiet: Bool = false) {
        enabled = !quiet && isatty(2) == 1
    }
    private let lock = NSLock()
    private var shown = 0

    func report(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        lock.withLock {
            // Workers report out of order; only ever move forward.
            guard done > shown else { return }
            shown = done
            let width = 30
            let filled = done * width / total
            let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled)
            FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total)".utf8))
        }
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

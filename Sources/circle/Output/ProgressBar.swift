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

/// For work whose size is not known in advance (loop enumerations, betweenness on a large
/// graph, the report): after a second, a line on stderr saying what runs and for how long,
/// updated every 200 ms and cleared at the end; only when stderr is a terminal and
/// `--quiet` is not given. Output on stdout is never touched.
final class ActivityIndicator: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    private var shown = false

    init(_ what: String, quiet: Bool) {
        guard !quiet, isatty(2) == 1 else { return }
        let start = Date()
        Thread.detachNewThread { [weak self] in
            Thread.sleep(forTimeInterval: 1)
            var frame = 0
            while let self, self.tick(what, since: start, frame: frame) {
                frame += 1
                Thread.sleep(forTimeInterval: 0.2)
            }
        }
    }

    /// Draws one frame; false once finished.
    private func tick(_ what: String, since start: Date, frame: Int) -> Bool {
        lock.withLock {
            guard running else { return false }
            let frames = ["|", "/", "-", "\\"]
            FileHandle.standardError.write(Data("\r\(frames[frame % 4]) \(what)… \(Int(Date().timeIntervalSince(start))) s".utf8))
            shown = true
            return true
        }
    }

    /// Stops the indicator and clears its line.
    func finish() {
        lock.withLock {
            running = false
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}

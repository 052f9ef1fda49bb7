import GraphvizBridge
import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyAnalysis
import StrategyModel

/// Writes atomically; on failure prints the reason and exits 73.
func writeOrExit(_ bytes: [UInt8], to path: String) throws {
    do {
        try Timings.shared.measure("write \(path)") { try AtomicFile.write(bytes, to: path) }
    } catch {
        printError("\(error)")
        throw ExitCode.cannotWrite
    }
}

import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyDatasets
import StrategyModel

/// Writes a line to stderr; on a terminal, over whatever activity line stands there.
func printError(_ line: String) {
    let clear = isatty(2) == 1 ? "\r\u{1B}[K" : ""
    FileHandle.standardError.write(Data((clear + line + "\n").utf8))
}

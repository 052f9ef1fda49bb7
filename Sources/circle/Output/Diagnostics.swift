import ArgumentParser
import Foundation
import GraphFormats
import GraphRendering
import StrategyDatasets
import StrategyModel

/// Writes a line to stderr.
func printError(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

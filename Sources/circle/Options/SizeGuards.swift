import GraphvizBridge
import ArgumentParser
import Foundation
import GraphAlgorithms
import GraphRendering
import StrategyAnalysis
import StrategyModel

/// Refuses circles too large for an n × n matrix method, with the reason (exit 65).
func requireDenseSize(_ circle: StrategyCircle, method: String) throws {
    guard circle.nodes.count <= denseMatrixLimit else {
        printError("circle: \(method) works on the full \(circle.nodes.count) × \(circle.nodes.count) influence matrix; "
            + "it is limited to \(denseMatrixLimit) nodes")
        throw ExitCode.badData
    }
}

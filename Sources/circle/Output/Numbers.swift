import Foundation

/// Numbers for people: 4 decimals, or an integer when it is one.
func short(_ value: Double) -> String {
    if value.isNaN { return "n/a" }
    if value == value.rounded(), abs(value) < 1e12 { return String(Int64(value)) }
    return String(format: "%.4f", value)
}

/// Numbers for other tools: the shortest text that reads back to the same double.
func full(_ value: Double) -> String { "\(value)" }

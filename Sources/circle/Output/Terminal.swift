import Foundation
import Rainbow

/// What the terminal allows: colour only when standard output is a terminal, `NO_COLOR` is
/// not set (no-color.org) and `TERM` is not `dumb`; the width of the terminal, for tables.
enum Terminal {
    static let isTerminal = isatty(1) == 1

    static let colour: Bool = {
        let environment = ProcessInfo.processInfo.environment
        return isTerminal && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
    }()

    /// Columns of the terminal standard output goes to; nil when it is not one.
    static let width: Int? = {
        guard isTerminal else { return nil }
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }()

    static func bold(_ text: String) -> String { colour ? text.bold : text }
    static func dim(_ text: String) -> String { colour ? text.dim : text }
}

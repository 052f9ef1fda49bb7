import ArgumentParser

/// The exit codes of `circle`, after BSD sysexits.h. Defined once; documented in the README.
extension ExitCode {
    /// 64: the command line is wrong (unknown option, bad value). ArgumentParser uses it too.
    static let usage = ExitCode(64)
    /// 65: an input file was read but is not a valid circle.
    static let badData = ExitCode(65)
    /// 66: an input file is missing or cannot be read.
    static let noInput = ExitCode(66)
    /// 70: an internal error (a bug): please report it.
    static let internalError = ExitCode(70)
    /// 73: an output file cannot be written.
    static let cannotWrite = ExitCode(73)
    /// 74: writing the results to standard output failed (a full disk, a closed terminal).
    static let outputFailed = ExitCode(74)
}

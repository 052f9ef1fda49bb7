import Foundation

/// Everything `circle` prints goes through here, so a failed write to standard output is
/// noticed: the text is buffered and written to file descriptor 1 with `write(2)`, and the
/// first error is kept for `CircleCommand` to report (exit 74). A closed pipe still ends
/// the process by SIGPIPE, silently, as Unix tools do.
final class StandardOutput: @unchecked Sendable {
    static let shared = StandardOutput()
    private let lock = NSLock()
    private var buffer: [UInt8] = []
    private var failure: Int32?

    func append(_ text: String) {
        lock.withLock {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= 1 << 16 { flushLocked() }
        }
    }

    /// Writes what is buffered; the error number of the first failed write, or nil.
    func finish() -> Int32? {
        lock.withLock {
            flushLocked()
            return failure
        }
    }

    private func flushLocked() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        var written = 0
        buffer.withUnsafeBytes { bytes in
            while written < bytes.count {
                let count = write(1, bytes.baseAddress! + written, bytes.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += count
            }
        }
    }
}

/// `print` for this tool: the same signature as Swift's, through `StandardOutput`.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    StandardOutput.shared.append(items.map { "\($0)" }.joined(separator: separator) + terminator)
}

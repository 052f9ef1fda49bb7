import Foundation
import Synchronization

extension ProcessInfo {
    /// Cores the algorithms may use (at least 1).
    static var activeCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// A small lock for result hand-over between worker threads.
final class NSLockLike: Sendable {
    private let mutex = Mutex<Void>(())
    func withLock<R>(_ body: () throws -> R) rethrows -> R {
        try mutex.withLock { _ in try body() }
    }
}

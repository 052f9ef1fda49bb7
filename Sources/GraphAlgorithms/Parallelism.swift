import Foundation
import Synchronization

extension ProcessInfo {
    /// Cores the algorithms may use (at least 1).
    static var activeCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// One result slot per task, written by worker threads and read after they finish.
package final class ResultSlots<T: Sendable>: Sendable {
    private let storage: Mutex<[T?]>

    package init(count: Int) { storage = Mutex([T?](repeating: nil, count: count)) }

    package func set(_ index: Int, _ value: T) { storage.withLock { $0[index] = value } }

    package var values: [T?] { storage.withLock { $0 } }
}

/// A thread-safe counter (progress of parallel work).
package final class ProgressCounter: Sendable {
    private let value = Mutex(0)
    package init() {}
    /// Adds one and returns the new count.
    package func increment() -> Int { value.withLock { $0 += 1; return $0 } }
}

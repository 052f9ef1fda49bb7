import Foundation
import Synchronization

extension ProcessInfo {
    /// Cores the algorithms may use (at least 1).
    static var activeCores: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// One result slot per task, written by worker threads and read after they finish.
public final class ResultSlots<T: Sendable>: Sendable {
    private let storage: Mutex<[T?]>

    public init(count: Int) { storage = Mutex([T?](repeating: nil, count: count)) }

    public func set(_ index: Int, _ value: T) { storage.withLock { $0[index] = value } }

    public var values: [T?] { storage.withLock { $0 } }
}

/// A thread-safe counter (progress of parallel work).
public final class ProgressCounter: Sendable {
    private let value = Mutex(0)
    public init() {}
    /// Adds one and returns the new count.
    public func increment() -> Int { value.withLock { $0 += 1; return $0 } }
}

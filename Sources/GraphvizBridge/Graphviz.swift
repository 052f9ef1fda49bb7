internal import CGraphviz
import Synchronization

/// Text Graphviz reports through its error callback, collected between calls.
/// Only touched while `Graphviz.lock` is held (the callback runs inside Graphviz calls).
private let capturedMessages = Mutex<String>("")

/// Receives Graphviz's error and warning text in fragments ("Error", ": ", message).
private let captureMessage: @convention(c) (UnsafeMutablePointer<CChar>?) -> Int32 = { text in
    if let text {
        let fragment = String(cString: text)
        capturedMessages.withLock { $0 += fragment }
    }
    return 0
}

/// The process's one Graphviz context, behind one lock.
///
/// Graphviz 2.42 is not thread-safe (global lexer, error state, layout globals) and a
/// context must not be freed and recreated (use-after-free in its text-layout plugin), so
/// every call into the C library goes through `withSession`, which holds a process-wide
/// lock and creates the context once. No C pointer leaves this file's callers: public
/// entry points take and return Swift values only. See shared notes on Graphviz's C API.
enum Graphviz {
    /// Only used while the lock is held.
    final class Session: @unchecked Sendable {
        let context: OpaquePointer
        init(context: OpaquePointer) { self.context = context }
        /// Engine and format names as C strings that live for the whole process (libgvc
        /// keeps the format pointer of the last render job).
        var names: [String: UnsafeMutablePointer<CChar>] = [:]

        func name(_ text: String) -> UnsafeMutablePointer<CChar> {
            if let existing = names[text] { return existing }
            let copy = strdupSwift(text)
            names[text] = copy
            return copy
        }
    }

    private static let lock = Mutex<Session?>(nil)

    /// Runs `body` with the context while holding the lock; messages Graphviz reported
    /// during the call are cleared before it and available through `takeMessages()`.
    static func withSession<R>(_ body: (Session) throws(GraphvizError) -> R) throws(GraphvizError) -> R {
        let result: Result<R, GraphvizError> = lock.withLock { state in
            if state == nil {
                guard let context = gvContext() else {
                    return .failure(GraphvizError(.build, "cannot create a Graphviz context"))
                }
                _ = agseterrf(captureMessage)
                state = Session(context: context)
            }
            _ = agreseterrors()
            capturedMessages.withLock { $0 = "" }
            guard let session = state else {
                return .failure(GraphvizError(.build, "no Graphviz context"))
            }
            do throws(GraphvizError) {
                return .success(try body(session))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Whether Graphviz raised an error (not a warning) since the session began or the
    /// last `clearErrors()`.
    static func errorRaised() -> Bool { agerrors() >= 1 }

    static func clearErrors() {
        _ = agreseterrors()
        capturedMessages.withLock { $0 = "" }
    }

    /// The text Graphviz reported (errors and warnings), trimmed, and clears it.
    static func takeMessages() -> String {
        let text = capturedMessages.withLock { text in
            let copy = text
            text = ""
            return copy
        }
        return text.split(separator: "\n").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
            .joined(separator: "; ")
    }
}

private func strdupSwift(_ text: String) -> UnsafeMutablePointer<CChar> {
    let utf8 = Array(text.utf8CString)
    let copy = UnsafeMutablePointer<CChar>.allocate(capacity: utf8.count)
    copy.initialize(from: utf8, count: utf8.count)
    return copy
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// Calls `body` with a C string for `text`; cgraph copies names and values it is given.
@inline(__always)
func withMutableCString<R>(_ text: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
    text.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}

import Foundation

/// The one way StrategyCircle writes a file: only ever a regular file, atomically.
///
/// - The bytes go to a new temporary file in the target's folder (created exclusively), are
///   flushed to disk, then renamed over the target: a failed or interrupted write leaves the
///   previous file as it was and no partial file behind.
/// - Only a regular file is replaced. A device, FIFO, socket or folder at the path is
///   refused, never replaced; a symbolic (file-system) link is followed, and the file it names must be a
///   regular file (or not exist yet); a read-only file (no write permission bit) is refused.
/// - A replaced file keeps its permission bits; a new one gets 0666 less the umask.
public enum AtomicFile {
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: cannot write: \(reason)" }
    }

    public static func write(_ bytes: [UInt8], to path: String) throws(WriteError) {
        func fail(_ reason: String) -> WriteError { WriteError(path: path, reason: reason) }
        var target = path
        var status = stat()
        if lstat(target, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = realpath(target, nil) else {
                throw fail("it is a symbolic link to nothing that exists; remove the link or choose another name")
            }
            target = String(cString: resolved)
            free(resolved)
        }
        var keepMode: mode_t?
        if stat(target, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                guard status.st_mode & 0o222 != 0 else {
                    throw fail("it is read-only; it was left as it is (make it writable or choose another name)")
                }
                keepMode = status.st_mode & 0o7777
            case S_IFDIR: throw fail("it is a folder; give a file name")
            case S_IFCHR, S_IFBLK: throw fail("it is a device, not a regular file; it was left as it is")
            case S_IFIFO: throw fail("it is a FIFO (named pipe), not a regular file; it was left as it is")
            case S_IFSOCK: throw fail("it is a socket, not a regular file; it was left as it is")
            default: throw fail("it is not a regular file; it was left as it is")
            }
        }
        let folder = URL(fileURLWithPath: target).deletingLastPathComponent().path
        var folderStatus = stat()
        guard stat(folder, &folderStatus) == 0, folderStatus.st_mode & S_IFMT == S_IFDIR else {
            throw fail("the folder \(folder) does not exist")
        }
        let name = URL(fileURLWithPath: target).lastPathComponent
        let temporary = folder + "/.\(name).\(UInt64.random(in: 0...UInt64.max)).partial"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw fail(String(cString: strerror(errno))) }
        var written = 0
        var problem: String?
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                if count < 0 {
                    if errno == EINTR { continue }
                    problem = String(cString: strerror(errno))
                    return
                }
                written += count
            }
        }
        if problem == nil, let keepMode, fchmod(descriptor, keepMode) != 0 { problem = String(cString: strerror(errno)) }
        if problem == nil, fsync(descriptor) != 0 { problem = String(cString: strerror(errno)) }
        if close(descriptor) != 0, problem == nil { problem = String(cString: strerror(errno)) }
        if problem == nil, rename(temporary, target) != 0 { problem = String(cString: strerror(errno)) }
        if let problem {
            unlink(temporary)
            throw fail(problem + "; nothing was changed")
        }
    }
}

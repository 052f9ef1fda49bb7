import Foundation

/// Where the tests find the repository and the files beside it.
public enum TestPaths {
    /// The package root, from this file's path (Tests/TestSupport/…).
    public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A file of the repository, by its path from the root.
    public static func file(_ relative: String) -> URL { packageRoot.appending(path: relative) }

    /// The seed text lives in the shared folder beside the repository (it is the blog post
    /// itself and is not shipped); nil when it is not there.
    public static let seedTextPath = packageRoot.deletingLastPathComponent()
        .appending(path: "shared/seed/social-centric-strategy.txt")
    public static let seedText: String? = try? String(contentsOf: seedTextPath, encoding: .utf8)

    /// Decodes a committed reference file (the oracle values the Scripts/reference scripts write).
    public static func fixture<T: Decodable>(_ type: T.Type, _ relative: String) -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(contentsOf: file(relative)))
        } catch {
            preconditionFailure("\(relative): \(error)")
        }
    }
}

import Foundation

/// Runs the built `circle` executable, as a user would, from a scratch folder.
public struct CircleRun: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// The `circle` executable sits in the build products folder beside the test bundle.
public let circleExecutable: URL = {
    let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    return bundle.deletingLastPathComponent().appending(path: "circle")
}()

public let scratchFolder: URL = {
    let folder = FileManager.default.temporaryDirectory.appending(path: "circle-cli-tests-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
}()

/// Figures for the seed's circle and its what-if scripts computed by NetworkX
/// (Scripts/reference/seed_findings.py), never by this toolkit.
public struct SeedFindings: Decodable, Sendable {
    public struct Counts: Decodable, Sendable {
        public var total: Int
        public var reinforcing: Int
        public var balancing: Int
    }

    public struct ScenarioCounts: Decodable, Sendable {
        public var before: Counts
        public var after: Counts
        public var reinforcingBroken: Int
        public var balancingBroken: Int
        public var reinforcingNew: Int
        public var balancingNew: Int
    }

    public struct Breakers: Decodable, Sendable {
        public var size: Int
        public var sets: [[String]]
    }

    public struct Layer: Decodable, Sendable {
        public var activeEdges: Int
        public var loops: Counts
    }

    public var nodes: Int
    public var activeNodes: Int
    public var excludedNodes: Int
    public var edges: Int
    public var activeEdges: Int
    public var edgesByEvidence: [String: Int]
    public var loops: Counts
    public var statedLayer: Layer
    public var breakers: Breakers
    public var statedLayerBreakers: Breakers
    public var scenarios: [String: ScenarioCounts]

    public static let shared = TestPaths.fixture(SeedFindings.self, "Tests/CLITests/Fixtures/seed-findings.json")
}

public let reference = SeedFindings.shared

@discardableResult
/// `input`, when given, is the whole of standard input.
public func runCircle(_ arguments: [String], in folder: URL = scratchFolder, input: String? = nil) throws -> CircleRun {
    let process = Process()
    process.executableURL = circleExecutable
    process.arguments = arguments
    process.currentDirectoryURL = folder
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let feed = Pipe()
    if input != nil { process.standardInput = feed }
    try process.run()
    if let input {
        feed.fileHandleForWriting.write(Data(input.utf8))
        try feed.fileHandleForWriting.close()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CircleRun(status: process.terminationStatus,
                     stdout: String(decoding: outData, as: UTF8.self),
                     stderr: String(decoding: errData, as: UTF8.self))
}

public func writeScratch(_ name: String, _ text: String) throws -> String {
    try text.write(to: scratchFolder.appending(path: name), atomically: true, encoding: .utf8)
    return name
}


import Foundation
import Testing
import TestSupport
import Yams

/// `circle review` in a pseudo-terminal, as a user types at it: one key at a time, no Enter.
@Suite("circle review and circle draft apply")
struct ReviewCommandTests {
    static let text = "Die Kultur stärkt die Marke. Die Marke fördert den Absatz. Der Preisdruck schwächt die Marge. "
        + "Die Werbung stärkt den Umsatz."
    static let circle = """
        circle:
          title: Review example
        nodes:
          - {id: kultur, label: Unternehmenskultur}
          - {id: marke, label: Marke}
          - {id: absatz, label: Absatz}
        edges: []
        """

    /// The decisions of the draft file, in proposal order, with each sign.
    func decisions(_ file: String) throws -> [String] {
        let yaml = try String(contentsOf: scratchFolder.appending(path: file), encoding: .utf8)
        let root = try #require(try Yams.load(yaml: yaml) as? [String: Any])
        let proposals = try #require(root["proposals"] as? [[String: Any]])
        return proposals.map { "\($0["decision"] as? String ?? "?")\($0["sign"] as? String ?? "")" }
    }

    @Test func keysInATerminalDecideAndAReviewResumes() throws {
        let text = try writeScratch("review.txt", Self.text)
        let circle = try writeScratch("review-circle.yaml", Self.circle)
        #expect(try runCircle(["draft", text, "--into", circle, "-o", "review-draft.yaml"]).status == 0)
        #expect(try decisions("review-draft.yaml") == ["pending+", "pending+", "pending-", "pending+"])

        // a accepts p1, r rejects p2, f flips p3's sign (the same card again), a accepts it, q quits.
        let output = try runInTerminal(["review", "review-draft.yaml", "--into", circle], keys: "arfaq")
        #expect(output.components(separatedBy: "[q]uit: ").count - 1 == 5, "\(output)")
        #expect(output.contains("2 accepted, 1 rejected, 1 pending"), "\(output)")
        // Each key was written at once: the file holds the decisions.
        #expect(try decisions("review-draft.yaml") == ["accepted+", "rejected+", "accepted+", "pending+"])

        // Resuming starts at the first pending proposal (here without a terminal: a key a line).
        let resumed = try runCircle(["review", "review-draft.yaml", "--into", circle], input: "a\n")
        #expect(resumed.stdout.contains("[1/1] p4"))
        #expect(try decisions("review-draft.yaml") == ["accepted+", "rejected+", "accepted+", "accepted+"])

        // Applying yields a valid circle with a quote on every accepted influence.
        let applied = try runCircle(["draft", "apply", "review-draft.yaml", "--into", circle, "-o", "reviewed.yaml"])
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("3 edges and 4 nodes added"), "\(applied.stdout)")
        #expect(try runCircle(["validate", "reviewed.yaml"]).status == 0)
        let merged = try String(contentsOf: scratchFolder.appending(path: "reviewed.yaml"), encoding: .utf8)
        let root = try #require(try Yams.load(yaml: merged) as? [String: Any])
        let edges = try #require(root["edges"] as? [[String: Any]])
        #expect(edges.count == 3)
        for edge in edges {
            let quote = try #require(edge["quote"] as? String)
            #expect(Self.text.contains(quote))
        }
    }
}

/// Runs `circle` with a pseudo-terminal as its standard input, output and error (made by
/// util-linux's `script`, from Debian's always-installed bsdutils), the keys typed into it
/// without Enter; returns what the terminal showed.
func runInTerminal(_ arguments: [String], keys: String) throws -> String {
    let command = ([circleExecutable.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        .joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-q", "-e", "-f", "-c", command, "/dev/null"]
    process.currentDirectoryURL = scratchFolder
    let input = Pipe()
    let screen = Pipe()
    process.standardInput = input
    process.standardOutput = screen
    process.standardError = screen
    try process.run()
    // The keys wait in the terminal until the review reads them, one at a time in raw mode;
    // the input stays open until the review ends, as a terminal's would.
    input.fileHandleForWriting.write(Data(keys.utf8))
    let shown = screen.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try input.fileHandleForWriting.close()
    return String(decoding: shown, as: UTF8.self)
}

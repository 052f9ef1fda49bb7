import Foundation
import Testing
import TestSupport
import Yams

@Suite("circle draft")
struct DraftCommandTests {
    @Test func draftsTheEnglishGoldTextIntoItsCircle() throws {
        let text = TestPaths.file("Datasets/drafting/en-strategy.md").path
        let circle = TestPaths.file("Datasets/drafting/en-circle.yaml").path
        let run = try runCircle(["draft", text, "--into", circle, "-o", "en-draft.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("en-draft.yaml: "))
        let draft = try String(contentsOf: scratchFolder.appending(path: "en-draft.yaml"), encoding: .utf8)
        let root = try #require(try Yams.load(yaml: draft) as? [String: Any])
        let proposals = try #require(root["proposals"] as? [[String: Any]])
        // Every proposal quotes a sentence of the text and names where it stands.
        let document = try String(contentsOfFile: text, encoding: .utf8)
        let scalars = Array(document.unicodeScalars)
        for proposal in proposals {
            let evidence = try #require(proposal["evidence"] as? [String: Any])
            let range = try #require(evidence["characters"] as? [Int])
            let quoted = String(String.UnicodeScalarView(scalars[range[0]..<range[1]]))
            #expect(quoted.replacingOccurrences(of: "\n", with: " ") == evidence["sentence"] as? String)
        }
        // A claim of the gold set, read as the gold set reads it.
        #expect(proposals.contains { p in
            (p["from"] as? [String: Any])?["node"] as? String == "customer_trust"
                && (p["to"] as? [String: Any])?["node"] as? String == "repeat_business" && p["sign"] as? String == "+"
        })
    }

    @Test func badInputIsNamedAndNothingIsWritten() throws {
        let missing = try runCircle(["draft", "no-such-text.md", "-o", "never.yaml"])
        #expect(missing.status == 66)
        let text = try writeScratch("short.txt", "Vertrauen stärkt die Zusammenarbeit.")
        let lexicon = try writeScratch("bad-lexicon.yaml", "patterns:\n  causal-verb:\n    - pattern: \"stärkt Y\"\n")
        let refused = try runCircle(["draft", text, "--lexicon", lexicon, "-o", "never.yaml"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad-lexicon.yaml: error: pattern 'stärkt Y' needs both X (the cause) and Y (the effect)"))
        let english = try writeScratch("en-lexicon.yaml", "language: en\n")
        let mismatch = try runCircle(["draft", text, "--lang", "de", "--lexicon", english, "-o", "never.yaml"])
        #expect(mismatch.status == 65)
        #expect(!FileManager.default.fileExists(atPath: scratchFolder.appending(path: "never.yaml").path))
    }

    /// True when python3 can read YAML (the score script needs PyYAML).
    static let pythonReadsYAML: Bool = {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import yaml"]
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }()

    /// Issue 20's bars on the seed text, scored by the committed script against the committed
    /// gold set (skipped where the seed text is not beside the repository).
    @Test(.enabled(if: TestPaths.seedText != nil && pythonReadsYAML, "the seed text or PyYAML is not here"))
    func theSeedTextMeetsTheBars() throws {
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        script.arguments = ["python3", TestPaths.file("Scripts/score-draft").path,
                            TestPaths.file("Datasets/drafting/seed-gold.yaml").path, "--check"]
        script.environment = ProcessInfo.processInfo.environment.merging(["CIRCLE": circleExecutable.path]) { $1 }
        let output = Pipe()
        script.standardOutput = output
        script.standardError = output
        try script.run()
        let report = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        script.waitUntilExit()
        #expect(script.terminationStatus == 0, "\(report)")
    }
}

import ArgumentParser
import Foundation
import GraphFormats
import StrategyDrafting
import StrategyModel

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Step through a draft's proposals in the terminal and decide on each.",
        discussion: """
            Shows each pending proposal with its sentence, the rule that matched and its \\
            confidence, and takes one key: a accept, r reject, f flip the sign, e edit the \\
            ends (a node id of --into, or a new label), m merge an end into an existing node, \\
            s skip, q quit. The decision is written into the draft file after every key, so a \\
            review can stop and resume (it starts at the first pending proposal). Without a \\
            terminal, each line of standard input is one key. Then merge what you accepted \\
            with `circle draft apply DRAFT --into CIRCLE`. See docs/DRAFTING.md.

            Examples:
              circle review draft.yaml --into my-circle.yaml
            """
    )

    @Argument(help: ArgumentHelp("The draft file (from circle draft).", valueName: "draft"))
    var draft: String

    @Option(help: ArgumentHelp("The circle whose node ids ends may be set to (default: the draft's own).",
                               valueName: "circle"))
    var into: String?

    func run() throws {
        var file = try readDraft(draft)
        let circlePath = into ?? file.into.flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let circle = try circlePath.map { path in try loadOrExit { () throws(CircleLoadError) in try CircleLoader.load(path: path) } }
        var input = KeyInput()
        defer { input.restore() }
        let pending = file.proposals.indices.filter { file.proposals[$0].decision == .pending }
        if pending.isEmpty { print("\(draft): nothing pending") }
        var position = 0
        reviewing: while position < pending.count {
            let index = pending[position]
            show(file.proposals[index], number: position + 1, of: pending.count)
            guard let key = input.key() else { break }
            switch key {
            case "a", "r":
                file.proposals[index].decision = key == "a" ? .accepted : .rejected
                position += 1
            case "f":
                file.proposals[index].sign = -file.proposals[index].sign
            case "e", "m":
                let existingOnly = key == "m"
                for end in ["from", "to"] {
                    let current = end == "from" ? file.proposals[index].from : file.proposals[index].to
                    let prompt = existingOnly ? "\(end) node id" : "\(end) (a node id or a new label)"
                    guard let answer = input.line("\(prompt) [\(current.node ?? current.label)]: ") else { break reviewing }
                    guard !answer.isEmpty else { continue }
                    var updated = current
                    if let node = circle?.node(answer) {
                        updated = Proposal.Endpoint(label: node.label, node: node.id)
                    } else if existingOnly {
                        print("  no node '\(answer)' in the circle; \(end) stays")
                        continue
                    } else {
                        updated = Proposal.Endpoint(label: answer, node: nil)
                    }
                    if end == "from" { file.proposals[index].from = updated } else { file.proposals[index].to = updated }
                }
            case "s":
                position += 1
                continue
            case "q":
                break reviewing
            default:
                print("  keys: a accept, r reject, f flip sign, e edit ends, m merge into a node, s skip, q quit")
                continue
            }
            try writeOrExit(Array(try DraftWriter.yaml(file).utf8), to: draft)
        }
        let counts = Dictionary(grouping: file.proposals, by: \.decision).mapValues(\.count)
        print("\(draft): \(counts[.accepted] ?? 0) accepted, \(counts[.rejected] ?? 0) rejected, "
            + "\(counts[.pending] ?? 0) pending. Apply with: circle draft apply \(draft) --into \(circlePath ?? "CIRCLE")")
    }

    private func show(_ proposal: Proposal, number: Int, of count: Int) {
        func end(_ endpoint: Proposal.Endpoint) -> String {
            endpoint.node.map { "\(endpoint.label) (\($0))" } ?? "\(endpoint.label) (new)"
        }
        let arrow = proposal.relation == .influence ? "--(\(proposal.sign > 0 ? "+" : "−"))-->" : "~\(proposal.relation.rawValue)~"
        var notes = proposal.tags.map(\.rawValue)
        if proposal.hedged { notes.append("hedged") }
        print("")
        print(Terminal.bold("[\(number)/\(count)] \(proposal.id)  \(proposal.family.rawValue)  confidence \(proposal.confidence)"))
        print("  “\(proposal.sentence.text)”")
        print("  \(end(proposal.from))  \(arrow)  \(end(proposal.to))")
        print(Terminal.dim("  rule: \(proposal.rule)" + (notes.isEmpty ? "" : "   \(notes.joined(separator: ", "))")))
        print("  [a]ccept [r]eject [f]lip sign [e]dit ends [m]erge into a node [s]kip [q]uit: ", terminator: "")
        fflush(nil)
    }
}

/// Keys from the terminal, one at a time without Enter (raw mode, restored at the end), or
/// one per line when standard input is not a terminal.
struct KeyInput {
    private var saved: termios?

    init() {
        guard isatty(0) == 1 else { return }
        var attributes = termios()
        guard tcgetattr(0, &attributes) == 0 else { return }
        saved = attributes
        attributes.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(0, TCSANOW, &attributes)
    }

    mutating func restore() {
        guard var attributes = saved else { return }
        tcsetattr(0, TCSANOW, &attributes)
        saved = nil
    }

    /// The next key, lowercased; nil at the end of the input.
    mutating func key() -> Character? {
        if saved != nil {
            var byte: UInt8 = 0
            guard read(0, &byte, 1) == 1 else { return nil }
            print(String(UnicodeScalar(byte)))
            return Character(UnicodeScalar(byte)).lowercased().first
        }
        guard let line = readLine() else { return nil }
        print(line)
        return line.trimmingCharacters(in: .whitespaces).lowercased().first ?? " "
    }

    /// A line of text, typed with echo; nil at the end of the input.
    mutating func line(_ prompt: String) -> String? {
        print("  " + prompt, terminator: "")
        fflush(nil)
        let raw = saved
        if var cooked = saved {
            cooked.c_lflag |= tcflag_t(ICANON | ECHO)
            tcsetattr(0, TCSANOW, &cooked)
        }
        defer {
            if var attributes = raw {
                attributes.c_lflag &= ~tcflag_t(ICANON | ECHO)
                tcsetattr(0, TCSANOW, &attributes)
            }
        }
        guard let text = readLine() else { return nil }
        if raw == nil { print(text) }
        return text.trimmingCharacters(in: .whitespaces)
    }
}

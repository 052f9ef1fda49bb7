import ArgumentParser
import GraphFormats
import StrategyDatasets
import StrategyDrafting
import StrategyModel

/// `circle draft TEXT …` drafts; `circle draft apply DRAFT …` merges the accepted proposals.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft a circle from a strategy text, and apply a reviewed draft.",
        subcommands: [DraftTextCommand.self, DraftApplyCommand.self],
        defaultSubcommand: DraftTextCommand.self
    )
}

struct DraftTextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "text",
        abstract: "Draft a circle from a strategy text: proposed edges, each with its sentence.",
        discussion: """
            Reads a plain-text or Markdown file, splits it into sentences (ICU) and runs the \
            lexicon's pattern families over each: comparative correlatives ("je mehr …, desto \
            …", "the more …, the more …"), necessity and enabling, causal verbs, causal \
            connectives, and structural claims ("grenzt an", "ist Teil von"). Conditionals, \
            mutual claims, concessives and negated claims are tagged, not made edges. Each \
            proposal carries its sentence, the sentence's index and character range, the rule \
            and its cue words. With --into, causes and effects are matched to the circle's \
            nodes by word stems (Snowball); the rest are proposed as new nodes. A drafted edge \
            records that the text claims it, not that it is true. Review the draft with \
            `circle review DRAFT.yaml`, then merge what you accepted with `circle draft apply`. \
            See docs/DRAFTING.md.

            Examples:
              circle draft strategy.md --into my-circle.yaml -o draft.yaml
              circle draft minutes.txt --lang en
              circle draft paper.txt --lexicon our-words.yaml -o draft.yaml
            """
    )

    @Argument(help: ArgumentHelp("The text to read (plain text or Markdown, UTF-8).", valueName: "text"))
    var text: String

    @Option(help: "The text's language: de or en (default: guessed from its function words).")
    var lang: DraftLanguage?

    @Option(help: ArgumentHelp("Match causes and effects to this circle's nodes.", valueName: "circle"))
    var into: String?

    @Option(help: ArgumentHelp("A lexicon file whose words and patterns extend the shipped ones.", valueName: "file"))
    var lexicon: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the draft here (YAML); default: standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var timing: TimingOptions

    func run() throws {
        let document = try loadOrExit { () throws(CircleLoadError) in try CircleLoader.readText(path: text) }
        let language = lang ?? DraftLanguage.guess(document)
        var words: Lexicon
        do {
            words = try Lexicon.read(language == .de ? Lexicons.german : Lexicons.english)
        } catch {
            printError("circle: error: the shipped \(language.rawValue) lexicon is broken: \(error)")
            throw ExitCode.internalError
        }
        if let lexicon {
            let extra = try loadOrExit { () throws(CircleLoadError) in try CircleLoader.readText(path: lexicon) }
            do {
                words = try Lexicon.read(extra, extending: words)
            } catch {
                printError("\(lexicon): error: \(error)")
                throw ExitCode.badData
            }
            guard words.language == language else {
                printError("\(lexicon): error: the lexicon is for '\(words.language.rawValue)', the text is read as "
                    + "'\(language.rawValue)'; give --lang \(words.language.rawValue) or a lexicon of the text's language")
                throw ExitCode.badData
            }
        }
        let circle = try into.map { path in try loadOrExit { () throws(CircleLoadError) in try CircleLoader.load(path: path) } }
        let draft = Timings.shared.measure("draft") {
            Drafter.draft(document, document: text, lexicon: words, into: circle, intoName: into)
        }
        let yaml: String
        do {
            yaml = try DraftWriter.yaml(draft)
        } catch {
            printError("circle: error: cannot write the draft as YAML: \(error)")
            throw ExitCode.internalError
        }
        let edges = draft.proposals.filter(\.isPlainInfluence).count
        let summary = "\(draft.proposals.count) proposals from \(draft.sentenceCount) sentences "
            + "(\(edges) \(edges == 1 ? "edge" : "edges"), \(draft.proposals.count - edges) tagged or structural)"
        if let output {
            try writeOrExit(Array(yaml.utf8), to: output)
            print("\(output): \(summary)")
        } else {
            print(yaml, terminator: "")
            printError("circle: \(summary)")
        }
    }
}

extension DraftLanguage: ExpressibleByArgument {}

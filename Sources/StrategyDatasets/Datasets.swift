/// The circles shipped with StrategyCircle, as text compiled into the binary
/// (from Datasets/ at the package root, by the EmbedDatasets build plugin).
public enum Datasets {
    /// A dataset shipped with the tool.
    public struct Entry: Sendable {
        /// Name as used on the command line and in error messages (`builtin:NAME`).
        public let name: String
        /// File name under Datasets/.
        public let fileName: String
        /// The file's text.
        public let text: String
    }

    /// The seed's circle: "Handlungsfelder einer Social Centric Strategy" (talkabout, 2011).
    public static let socialCentricStrategy = Entry(
        name: "social-centric-strategy",
        fileName: "social-centric-strategy.yaml",
        text: EmbeddedText.socialCentricStrategy
    )

    /// The circle commands use when no file is given.
    public static let `default` = socialCentricStrategy

    /// Every shipped dataset.
    public static let all: [Entry] = [socialCentricStrategy]
}

/// The drafting lexicons shipped with StrategyCircle (Datasets/lexicons/), as YAML text:
/// `circle draft` reads the one of the text's language, and a user's file extends it.
public enum Lexicons {
    /// German: function words, modifiers and the pattern families.
    public static let german = EmbeddedText.lexiconGerman
    /// English: the same keys.
    public static let english = EmbeddedText.lexiconEnglish
}

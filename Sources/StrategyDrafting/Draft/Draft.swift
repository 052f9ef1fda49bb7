/// A drafted circle: what the text claims, proposal by proposal, each with its sentence.
/// A proposal records that the text says it, not that it is true; a reviewer accepts,
/// rejects or edits it (docs/DRAFTING.md).
public struct Draft: Sendable {
    public var document: String
    public var language: DraftLanguage
    /// The circle the endpoints were matched against, if any.
    public var into: String?
    public var sentenceCount: Int
    public var proposals: [Proposal]
}

/// One drafted claim.
public struct Proposal: Sendable, Hashable {
    public enum Relation: String, Sendable {
        /// A signed influence of `from` on `to`.
        case influence
        /// The two sit side by side in the circle ("grenzt an"): a sector neighbourhood.
        case neighbour
        /// `from` belongs to `to` ("gehört zu", "ist Teil von", "eine Mischung aus").
        case member
    }

    /// A cause or effect: the label read from the text and the node it matched, if any.
    public struct Endpoint: Sendable, Hashable {
        public var label: String
        /// The id of the matched node of `Draft.into`; nil proposes a new node.
        public var node: String?

        public init(label: String, node: String?) {
            self.label = label
            self.node = node
        }
    }

    public var id: String
    public var relation: Relation
    /// Constructions that keep the claim from being an edge by itself; empty for a plain claim.
    public var tags: [ClaimTag]
    public var from: Endpoint
    public var to: Endpoint
    /// +1 or −1 (an influence); +1 for neighbour and member claims.
    public var sign: Int
    public var confidence: Double
    /// A hedge ("vielleicht", "may") qualifies the claim.
    public var hedged: Bool
    public var family: PatternFamily
    public var rule: String
    /// The words of the sentence that made the match, in order.
    public var cues: [String]
    public var sentence: Sentence
    /// What the reviewer decided (`circle review`); only accepted proposals are applied.
    public var decision: Decision = .pending

    public enum Decision: String, Sendable, CaseIterable {
        case pending
        case accepted
        case rejected
    }

    /// An influence the text asserts outright: no tag holds it back.
    public var isPlainInfluence: Bool { relation == .influence && tags.isEmpty }
}

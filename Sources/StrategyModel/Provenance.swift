/// How the source text backs a node of a circle: its evidence class.
///
/// Ordered from strongest to weakest, so `stated < inferred < unspecified`.
public enum Evidence: String, Hashable, Sendable, CaseIterable, Comparable, Codable {
    /// A sentence of the source asserts the node; `Provenance.quote` holds its words.
    case stated
    /// No sentence asserts it, but a careful reader draws it from named sentences;
    /// `Provenance.reason` says why, `Provenance.basis` quotes the sentences.
    case inferred
    /// The file says nothing about where the node comes from (usual for hand-drawn
    /// circles and edge lists).
    case unspecified

    public static func < (lhs: Evidence, rhs: Evidence) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// How a stated influence is worded in the source; the weight rule (`WeightRule`) reads it.
public enum ClaimWording: String, Hashable, Sendable, CaseIterable, Codable {
    /// An unhedged sentence connects the two nodes: "je mehr … desto …", "führt zu",
    /// "trägt dazu bei", a necessity ("muss … sonst"), a means ("durch …"), a definition.
    case explicit
    /// An epistemic qualifier on the clause: "vielleicht", "möglicherweise", "könnte",
    /// "Mir scheint", a hypothetical "Wenn … will".
    case hedged
    /// The text relates the two without saying which way or how the influence runs:
    /// "grenzt direkt an", "Synergien entstehen", "Mischung aus", a loop asserted as a whole.
    case juxtaposed
    /// A metaphor whose target the reader must name ("das Kinde mit dem Bade ausschütten").
    case figurative
    /// The text itself calls the effect small or failing ("ein recht geringer Nutzen",
    /// "heben … nicht ab").
    case minor
}

/// Where a node or edge of a circle comes from: its evidence class and the words behind it.
///
/// A reconstructed circle is only as trustworthy as its sources: a stated node quotes
/// the phrase of the source it stands for; an inferred one gives the reason a reader draws
/// it and the sentences that reason rests on.
public struct Provenance: Hashable, Sendable {
    public var evidence: Evidence
    /// The source's words, verbatim; "…" marks an elision. Set for stated nodes that quote.
    public var quote: String?
    /// Why the node is drawn although no sentence asserts it (inferred nodes).
    public var reason: String?
    /// The sentences of the source an inference rests on, verbatim.
    public var basis: [String]
    /// How a stated influence is worded (edges only); nil when not given.
    public var wording: ClaimWording?

    public init(evidence: Evidence, quote: String? = nil, reason: String? = nil, basis: [String] = [],
                wording: ClaimWording? = nil) {
        self.evidence = evidence
        self.quote = quote
        self.reason = reason
        self.basis = basis
        self.wording = wording
    }

    /// Stated, with the source's words.
    public static func quote(_ text: String, wording: ClaimWording? = nil) -> Provenance {
        Provenance(evidence: .stated, quote: text, wording: wording)
    }

    /// Inferred, with the reason and the sentences it rests on.
    public static func inferred(reason: String, basis: [String] = []) -> Provenance {
        Provenance(evidence: .inferred, reason: reason, basis: basis)
    }

    /// Nothing known about the node's source.
    public static let unspecified = Provenance(evidence: .unspecified)
}

/// The circle file's one rule for weights: the strength of an edge follows from how
/// the source states it (docs/FILE-FORMAT.md, "Evidence and the weight rule").
///
/// - 3: stated explicitly;
/// - 2: stated with one thing left open (hedged, juxtaposed, figurative);
/// - 1: stated as small or failing, or inferred.
///
/// The sign is + unless the source says the source node weakens, harms, works against
/// or makes harder the target; an inferred influence is never negative.
public enum WeightRule {
    /// The weight the rule gives, or nil when the provenance does not decide it (evidence
    /// unspecified, or a stated edge without its wording).
    public static func weight(for provenance: Provenance) -> Double? {
        switch provenance.evidence {
        case .inferred: return 1
        case .unspecified: return nil
        case .stated:
            switch provenance.wording {
            case .explicit: return 3
            case .hedged, .juxtaposed, .figurative: return 2
            case .minor: return 1
            case nil: return nil
            }
        }
    }
}

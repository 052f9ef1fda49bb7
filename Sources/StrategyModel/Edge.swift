/// The sign of an edge: whether more of the source means more (+) or less (−) of the target.
public enum Sign: Int8, Hashable, Sendable, CaseIterable {
    case positive = 1
    case negative = -1

    /// "+" or "-".
    public var symbol: String { self == .positive ? "+" : "-" }

    /// A signed weight as the model holds it (FCM tools, NetworkX and matrices write the sign
    /// into the weight): the magnitude is the weight, the sign apart; 0 and NaN are +.
    public static func split(signedWeight value: Double) -> (weight: Double, sign: Sign) {
        value < 0 ? (-value, .negative) : (value, .positive)
    }

    /// The spellings every reader and command line accepts, case-insensitively:
    /// `+`, `+1`, `1`, `positive`, `pos` and `-`, `−` (the minus sign), `-1`, `negative`, `neg`.
    public static let spellings = "'+', '-', 'positive' or 'negative'"

    /// Reads a sign in any of its spellings (whitespace around it is ignored); nil otherwise.
    public init?(parsing text: some StringProtocol) {
        if text == "+" { self = .positive; return }  // the common spellings, without lowercasing
        if text == "-" { self = .negative; return }
        switch text.trimmedWhitespace.lowercased() {
        case "+", "+1", "1", "positive", "pos": self = .positive
        case "-", "−", "-1", "negative", "neg": self = .negative
        default: return nil
        }
    }
}

/// What kind of relation an edge states. Open-ended: files may name their own kinds;
/// the common ones have named constants.
public struct EdgeKind: RawRepresentable, Hashable, Sendable, Comparable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public var description: String { rawValue }
    public static func < (lhs: EdgeKind, rhs: EdgeKind) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The default when a file names no kind.
    public static let influences: EdgeKind = "influences"
    public static let supports: EdgeKind = "supports"
    public static let enables: EdgeKind = "enables"
    public static let requires: EdgeKind = "requires"
    public static let synergy: EdgeKind = "synergy"
    public static let causes: EdgeKind = "causes"
}

/// A directed, signed, weighted influence of one node on another.
///
/// Conventions: `weight` is a strength (finite, > 0; larger means stronger). Measures that
/// need a length read it as distance = 1/weight unless told otherwise. `sign` says whether
/// the influence is reinforcing (+) or opposing (−); the weight never carries the sign.
///
/// Layout: the ends, weight and sign are stored inline; the kind, provenance, doubt and
/// participants live in one shared box that is absent while they hold their defaults, so
/// a million-edge list costs 56 bytes an edge, not 152.
public struct Edge: Hashable, Sendable {
    /// Id of the influencing node.
    public var from: String
    /// Id of the influenced node.
    public var to: String
    /// Strength of the influence: finite and greater than zero.
    public var weight: Double
    public var sign: Sign
    /// Everything else; nil while every field of it holds its default.
    private var details: DetailsBox?

    public var kind: EdgeKind {
        get { details?.value.kind ?? .influences }
        set { updateDetails { $0.kind = newValue } }
    }

    public var provenance: Provenance {
        get { details?.value.provenance ?? .unspecified }
        set { updateDetails { $0.provenance = newValue } }
    }

    /// How sure the weight is; nil when the file does not say (`WeightDoubt`).
    public var doubt: WeightDoubt? {
        get { details?.value.doubt }
        set { updateDetails { $0.doubt = newValue } }
    }

    /// The workshop participants who drew this edge (a merged circle, `CircleMerge`);
    /// empty otherwise.
    public var drawnBy: [String] {
        get { details?.value.drawnBy ?? [] }
        set { updateDetails { $0.drawnBy = newValue } }
    }

    public init(
        from: String,
        to: String,
        weight: Double = 1,
        sign: Sign = .positive,
        kind: EdgeKind = .influences,
        provenance: Provenance = .unspecified,
        doubt: WeightDoubt? = nil,
        drawnBy: [String] = []
    ) {
        self.from = from
        self.to = to
        self.weight = weight
        self.sign = sign
        let details = Details(kind: kind, provenance: provenance, doubt: doubt, drawnBy: drawnBy)
        self.details = details == Details.defaults ? nil : DetailsBox(details)
    }

    /// The weight with the sign applied: `weight` for +, `-weight` for −.
    public var signedWeight: Double { sign == .positive ? weight : -weight }

    public static func == (lhs: Edge, rhs: Edge) -> Bool {
        lhs.from == rhs.from && lhs.to == rhs.to && lhs.weight == rhs.weight && lhs.sign == rhs.sign
            && (lhs.details === rhs.details || lhs.detailValues == rhs.detailValues)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(from)
        hasher.combine(to)
        hasher.combine(weight)
        hasher.combine(sign)
        hasher.combine(detailValues)
    }

    private struct Details: Hashable, Sendable {
        var kind: EdgeKind
        var provenance: Provenance
        var doubt: WeightDoubt?
        var drawnBy: [String]

        static let defaults = Details(kind: .influences, provenance: .unspecified, doubt: nil, drawnBy: [])
    }

    /// An immutable box: edges that copy one another share it; a change makes a new one.
    private final class DetailsBox: Sendable {
        let value: Details
        init(_ value: Details) { self.value = value }
    }

    private var detailValues: Details { details?.value ?? .defaults }

    private mutating func updateDetails(_ change: (inout Details) -> Void) {
        var value = detailValues
        change(&value)
        details = value == Details.defaults ? nil : DetailsBox(value)
    }
}

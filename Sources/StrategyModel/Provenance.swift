/// Where a node or edge of a circle comes from.
///
/// A reconstructed circle is only as trustworthy as its sources: every element either
/// quotes the phrase of the source text it stands for, or says that it was inferred and why.
public enum Provenance: Hashable, Sendable {
    /// The element stands for this phrase of the source text, quoted as written.
    case quote(String)
    /// The element is not in the text; the reason says what in the text's logic supports it.
    case inferred(reason: String)
    /// No provenance given (typical for edge lists and hand-drawn circles).
    case unspecified
}

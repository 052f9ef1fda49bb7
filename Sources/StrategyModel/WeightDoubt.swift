/// How sure an edge's weight is, when the file says (optional; docs/FILE-FORMAT.md).
///
/// Conventions: a `range` holds signed weights (−3…−1 is a negative edge of strength 1 to 3;
/// a range across 0 admits either direction) and contains the edge's signed weight. A
/// `confidence` c in (0, 1] says the weight may be off by (1 − c) of itself either way:
/// c = 1 is exact, c = 0.5 admits half to one and a half times the weight, and the sign stays.
public enum WeightDoubt: Hashable, Sendable {
    case range(ClosedRange<Double>)
    case confidence(Double)
}

extension Edge {
    /// The signed weights this edge may take: its `doubt`, or, when it has none, the weight
    /// ± `spread` of itself (`spread` 0 gives the weight alone).
    public func signedRange(defaultSpread spread: Double) -> ClosedRange<Double> {
        let w = signedWeight
        func around(_ share: Double) -> ClosedRange<Double> {
            let a = w * (1 - share), b = w * (1 + share)
            return min(a, b)...max(a, b)
        }
        switch doubt {
        case let .range(range)?: return range
        case let .confidence(c)?: return around(1 - c)
        case nil: return around(spread)
        }
    }

    /// The problem with `doubt` for this edge's signed weight, or nil when it is valid.
    func doubtProblem() -> ModelIssue.Problem? {
        switch doubt {
        case let .range(range)?:
            let w = signedWeight
            if !(range.lowerBound.isFinite && range.upperBound.isFinite) || !range.contains(w) {
                return .invalidRange(lower: range.lowerBound, upper: range.upperBound, signedWeight: w)
            }
        case let .confidence(c)?:
            if !(c > 0 && c <= 1) { return .invalidConfidence(c) }
        case nil: break
        }
        return nil
    }
}

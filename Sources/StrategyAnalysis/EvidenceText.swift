/// Numbers in the evidence texts the analyses write (merged and rated edges): three
/// decimals at most, whole numbers without ".0", −0 as 0.
enum EvidenceText {
    static func number(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        if rounded == 0 { return "0" }
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }
}

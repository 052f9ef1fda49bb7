/// How labels are compared when nodes are matched by label (workshop merges): case folded,
/// runs of whitespace as one space, trimmed; so "Interne  Kommunikation" and "interne
/// kommunikation" are one node, "Interne Kommunikation (IK)" another.
public enum LabelKey {
    public static func of(_ label: String) -> String {
        label.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

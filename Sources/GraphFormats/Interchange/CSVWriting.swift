/// RFC 4180 fields for every CSV the toolkit writes (files and the command line's
/// `--format csv`): quoted when they hold a comma, quote or line break.
public enum CSVWriting {
    public static func field(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    public static func row(_ fields: [String]) -> String { fields.map(field).joined(separator: ",") }
}

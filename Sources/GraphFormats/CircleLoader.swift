import Foundation
import StrategyModel

/// Loads a circle from a file or a text in any supported format: the one entry point every
/// reader is reached through (YAML and JSON, CSV edge lists, Graphviz DOT through
/// `GraphvizBridge`).
public enum CircleLoader {
    /// Reads the file at `path` (its extension names the format; otherwise the content is
    /// sniffed). Errors name `path` as written, so messages match what the user typed.
    public static func load(path: String, format: CircleFormat? = nil) throws(CircleLoadError) -> StrategyCircle {
        try load(bytes: readBytes(path: path), name: path, format: format ?? CircleFormat(fileExtensionOf: path))
    }

    /// The text of the file at `path`: UTF-8 checked, byte-order mark dropped, not empty.
    public static func readText(path: String) throws(CircleLoadError) -> String {
        try TextDecoding.decode(readBytes(path: path), file: path)
    }

    /// The bytes of the file at `path`, or why it cannot be read.
    static func readBytes(path: String) throws(CircleLoadError) -> [UInt8] {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isFolder: ObjCBool = false
            let message: String
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
                message = isFolder.boolValue ? "is a folder, not a circle file" : "cannot read the file (permission denied?)"
            } else {
                message = "no such file"
            }
            throw CircleLoadError(.unreadable, message, at: .wholeFile(path))
        }
        return [UInt8](data)
    }

    /// Reads a circle from raw bytes; `name` is used in error messages. A CSV edge list is
    /// read straight from the bytes (no text copy), every other format from the decoded text.
    public static func load(bytes: [UInt8], name: String, format: CircleFormat? = nil) throws(CircleLoadError)
        -> StrategyCircle
    {
        // The head is enough to tell an edge list from the rest (its first line).
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let head = String(decoding: bytes[start..<min(bytes.count, start + 4096)], as: UTF8.self)[...]
        let sniffed = CircleFormat.sniff(head)
        if sniffed == .csv && (format == nil || format == .csv) {
            let body = try TextDecoding.validatedBody(bytes, file: name)
            return try CSVEdgeListReader.read(utf8: bytes, from: body.lowerBound, file: name)
        }
        let text = try TextDecoding.decode(bytes, file: name)
        return try load(text: text, name: name, format: format)
    }

    /// Reads a circle from text; `name` is used in error messages.
    public static func load(text: String, name: String, format: CircleFormat? = nil) throws(CircleLoadError)
        -> StrategyCircle
    {
        var chosen = format ?? CircleFormat.sniff(text[...])
        // `.json` and `.csv` name families: the content says which member.
        if format == .json, text.drop(while: { $0.isWhitespace }).first == "{" { chosen = CircleFormat.refineJSON(text[...]) }
        if format == .csv, CircleFormat.sniff(text[...]) == .matrix { chosen = .matrix }
        switch chosen {
        case .yaml, .json:
            return try CircleDocumentReader.read(text, file: name)
        case .csv:
            return try CSVEdgeListReader.read(text, file: name)
        case .dot:
            return try DOTReader.read(text, file: name)
        case .graphml:
            return try GraphML.read(text, file: name)
        case .gexf:
            return try GEXF.read(text, file: name)
        case .nodelink:
            return try NodeLinkJSON.read(text, file: name)
        case .matrix:
            return try AdjacencyMatrixCSV.read(text, file: name)
        case .kumu:
            return try KumuJSON.read(text, file: name)
        }
    }
}

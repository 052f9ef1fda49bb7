import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// One XML tag with its attributes, children, text and where it starts: what the
/// GraphML and GEXF readers walk. Parsed by Foundation's `XMLParser` (libxml2), without
/// namespace processing (names keep their prefix, e.g. `y:NodeLabel`, `viz:position`) and
/// without resolving external entities.
final class XMLTag {
    let name: String
    let attributes: [String: String]
    let line: Int
    let column: Int
    var children: [XMLTag] = []
    var text = ""

    init(name: String, attributes: [String: String], line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.line = line
        self.column = column
    }

    /// The name without its namespace prefix.
    var localName: String { name.split(separator: ":").last.map(String.init) ?? name }

    func children(named local: String) -> [XMLTag] { children.filter { $0.localName == local } }
    func child(named local: String) -> XMLTag? { children.first { $0.localName == local } }

    /// Every descendant with this local name, depth first.
    func descendants(named local: String) -> [XMLTag] {
        children.flatMap { ($0.localName == local ? [$0] : []) + $0.descendants(named: local) }
    }

    func location(in file: String) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
}

enum XMLTree {
    /// The document's root tag; a syntax error is reported at its line and column.
    static func parse(_ text: String, file: String) throws(CircleLoadError) -> XMLTag {
        let builder = Builder()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        builder.parser = parser
        if !parser.parse() || builder.root == nil {
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not an XML document"
            throw CircleLoadError(.invalidData, "not well-formed XML: \(reason)",
                                  at: SourceLocation(file: file, line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1)))
        }
        return builder.root!
    }

    private final class Builder: NSObject, XMLParserDelegate {
        weak var parser: XMLParser?
        var root: XMLTag?
        var stack: [XMLTag] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let tag = XMLTag(name: qualifiedName ?? name, attributes: attributes,
                                         line: parser.lineNumber, column: parser.columnNumber)
            if let parent = stack.last { parent.children.append(tag) } else if root == nil { root = tag }
            stack.append(tag)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.text += String(decoding: block, as: UTF8.self)
        }
    }
}

/// XML text escaping for the writers.
enum XMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            case "\t": result += "&#9;"
            default:
                // Characters XML 1.0 cannot hold at all are dropped (a control character).
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

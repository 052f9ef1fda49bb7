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
    ///
    /// Foundation's parser on Linux (libxml2 in recovery mode) accepts a file cut short or
    /// with crossed tags; the builder checks both itself, so such a file is refused.
    static func parse(_ text: String, file: String) throws(CircleLoadError) -> XMLTag {
        let builder = Builder(text: text)
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        let parsed = parser.parse()
        func fail(_ message: String, _ line: Int, _ column: Int) -> CircleLoadError {
            CircleLoadError(.invalidData, "not well-formed XML: \(message)",
                            at: SourceLocation(file: file, line: max(line, 1), column: max(column, 1)))
        }
        if let problem = builder.problem { throw fail(problem.message, problem.line, problem.column) }
        if !parsed || builder.root == nil {
            let reason = parser.parserError.map(describe) ?? "no root tag"
            throw fail(reason, parser.lineNumber, parser.columnNumber)
        }
        if let open = builder.stack.last {
            throw fail("the file ends inside <\(open.name)>, opened here", open.line, open.column)
        }
        return builder.root!
    }

    /// libxml2's error in words (Foundation on Linux gives only its number, libxml2's
    /// `xmlParserErrors` code, which Apple's `XMLParser.ErrorCode` shares).
    static func describe(_ error: any Error) -> String {
        let code = (error as NSError).code
        switch code {
        case 4: return "the document is empty"
        case 5: return "the file ends before the document does"
        case 9: return "a character XML does not allow"
        case 26, 27: return "an entity reference that is not declared"
        case 89: return "entities that expand too far or refer to themselves"
        case 38, 39, 40, 41, 42: return "an attribute is malformed or given twice"
        case 73: return "a '>' is missing"
        case 76: return "a closing tag does not match the tag it closes"
        case 77: return "a tag is not finished"
        case 85: return "text or tags follow the root tag"
        default: return "libxml2 error \(code)"
        }
    }

    private final class Builder: NSObject, XMLParserDelegate {
        var root: XMLTag?
        var stack: [XMLTag] = []
        var problem: (message: String, line: Int, column: Int)?
        private let lines: [[UInt8]]

        init(text: String) {
            lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.utf8) }
        }

        /// libxml2 reports the position after a start tag; this finds the tag's `<`, as a
        /// character column.
        func start(before line: Int, _ column: Int) -> (line: Int, column: Int) {
            guard !lines.isEmpty else { return (line, column) }
            var row = min(max(line, 1), lines.count) - 1
            var offset = min(max(column - 1, 0), lines[row].count) - 1
            while row >= 0 {
                while offset >= 0 {
                    if lines[row][offset] == UInt8(ascii: "<") {
                        let characters = String(decoding: lines[row][..<offset], as: UTF8.self).count
                        return (row + 1, characters + 1)
                    }
                    offset -= 1
                }
                row -= 1
                if row >= 0 { offset = lines[row].count - 1 }
            }
            return (line, column)
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let place = start(before: parser.lineNumber, parser.columnNumber)
            let tag = XMLTag(name: qualifiedName ?? name, attributes: attributes, line: place.line, column: place.column)
            if let parent = stack.last {
                parent.children.append(tag)
            } else if root == nil {
                root = tag
            } else if problem == nil {
                problem = ("a second root tag <\(tag.name)>", place.line, place.column)
            }
            stack.append(tag)
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            let closing = qualifiedName ?? name
            if let open = stack.last, open.name != closing, problem == nil {
                problem = ("</\(closing)> closes <\(open.name)> (opened at line \(open.line), column \(open.column))",
                           parser.lineNumber, parser.columnNumber)
            }
            _ = stack.popLast()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            stack.last?.text += string
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            stack.last?.text += String(decoding: block, as: UTF8.self)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
            if problem == nil { problem = (XMLTree.describe(error), parser.lineNumber, parser.columnNumber) }
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

import Foundation
import StrategyModel
import Yams

/// Writes a circle as the circle file (docs/FILE-FORMAT.md), YAML or JSON, that
/// `CircleLoader` reads back equal: metadata, rings, sectors, nodes and edges with their
/// evidence, in the circle's order; keys left out where they hold the default. Yams quotes
/// the YAML; Foundation's encoder escapes the JSON strings.
public enum CircleDocumentWriter {
    /// A document value: text, a number, a list or an ordered mapping.
    indirect enum Value {
        case text(String)
        case number(Double)
        case list([Value])
        /// A short list written on one line in YAML (`[1, 3]`).
        case inlineList([Value])
        case mapping([(String, Value)])
    }

    public static func yaml(_ circle: StrategyCircle) throws -> String {
        func node(_ value: Value) -> Yams.Node {
            switch value {
            case let .text(text): return .scalar(.init(text))
            case let .number(number): return .scalar(.init(JSONText.number("\(number)")))
            case let .list(items): return .sequence(.init(items.map(node)))
            case let .inlineList(items): return .sequence(.init(items.map(node), .implicit, .flow))
            case let .mapping(pairs): return .mapping(.init(pairs.map { (Yams.Node.scalar(.init($0.0)), node($0.1)) }))
            }
        }
        return try Yams.serialize(node: node(document(circle)), allowUnicode: true, sortKeys: false)
    }

    public static func json(_ circle: StrategyCircle) -> String {
        func text(_ value: Value, indent: String) -> String {
            let inner = indent + "  "
            switch value {
            case let .text(string): return JSONText.string(string)
            case let .number(number): return JSONText.number("\(number)")
            case let .list(items), let .inlineList(items):
                if items.isEmpty { return "[]" }
                return "[\n" + items.map { inner + text($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
            case let .mapping(pairs):
                if pairs.isEmpty { return "{}" }
                return "{\n" + pairs.map { inner + JSONText.string($0.0) + ": " + text($0.1, indent: inner) }
                    .joined(separator: ",\n") + "\n\(indent)}"
            }
        }
        return text(document(circle), indent: "") + "\n"
    }

    /// The circle as an ordered document.
    static func document(_ circle: StrategyCircle) -> Value {
        func mapping(_ pairs: [(String, Value?)]) -> Value { .mapping(pairs.compactMap { key, value in value.map { (key, $0) } }) }
        func text(_ string: String?) -> Value? { string.map(Value.text) }
        func evidence(_ provenance: Provenance) -> [(String, Value?)] {
            [("quote", text(provenance.quote)), ("inferred", text(provenance.reason)),
             ("basis", provenance.basis.isEmpty ? nil : .list(provenance.basis.map(Value.text))),
             ("claim", text(provenance.wording?.rawValue))]
        }
        func doubt(_ doubt: WeightDoubt?) -> [(String, Value?)] {
            switch doubt {
            case let .range(range)?: [("range", .inlineList([.number(range.lowerBound), .number(range.upperBound)]))]
            case let .confidence(c)?: [("confidence", .number(c))]
            case nil: []
            }
        }
        func division(_ d: Division) -> Value {
            mapping([("id", .text(d.id)), ("label", d.label == d.id ? nil : .text(d.label)), ("label_en", text(d.labelEN))])
        }
        let meta = circle.metadata
        var top: [(String, Value?)] = []
        func names(_ list: [String]) -> Value? { list.isEmpty ? nil : .inlineList(list.map(Value.text)) }
        if meta.title != nil || meta.titleEN != nil || meta.source != nil || meta.notes != nil || !meta.participants.isEmpty {
            top.append(("circle", mapping([("title", text(meta.title)), ("title_en", text(meta.titleEN)),
                                           ("source", text(meta.source)), ("notes", text(meta.notes)),
                                           ("participants", names(meta.participants))])))
        }
        if !circle.rings.isEmpty { top.append(("rings", .list(circle.rings.map(division)))) }
        if !circle.sectors.isEmpty { top.append(("sectors", .list(circle.sectors.map(division)))) }
        top.append(("nodes", .list(circle.nodes.map { node in
            mapping([("id", .text(node.id)), ("label", node.label == node.id ? nil : .text(node.label)),
                     ("label_en", text(node.labelEN)), ("ring", text(node.ring)), ("sector", text(node.sector)),
                     ("status", node.isActive ? nil : .text("excluded"))]
                + evidence(node.provenance) + [("placement_inferred", text(node.placementReason))])
        })))
        top.append(("edges", .list(circle.edges.map { edge in
            mapping([("from", .text(edge.from)), ("to", .text(edge.to)), ("weight", .number(edge.weight)),
                     ("sign", .text(edge.sign == .negative ? "-" : "+")),
                     ("kind", edge.kind == .influences ? nil : .text(edge.kind.rawValue))] + doubt(edge.doubt)
                + [("drawn_by", names(edge.drawnBy))] + evidence(edge.provenance))
        })))
        return mapping(top)
    }
}

import Foundation
import StrategyModel
import Yams

/// Writes a circle as the circle file YAML (docs/FILE-FORMAT.md) that `CircleLoader` reads
/// back equal: metadata, rings, sectors, nodes and edges with their evidence, in the
/// circle's order; keys left out where they hold the default. Yams does the quoting.
public enum CircleYAMLWriter {
    public static func text(_ circle: StrategyCircle) throws -> String {
        func scalar(_ text: String) -> Yams.Node { .scalar(.init(text)) }
        func number(_ value: Double) -> Yams.Node {
            value == value.rounded() && abs(value) < 1e15 ? scalar(String(Int64(value))) : scalar("\(value)")
        }
        func mapping(_ pairs: [(String, Yams.Node?)]) -> Yams.Node {
            .mapping(.init(pairs.compactMap { key, value in value.map { (scalar(key), $0) } }))
        }
        func evidence(_ provenance: Provenance) -> [(String, Yams.Node?)] {
            [("quote", provenance.quote.map(scalar)), ("inferred", provenance.reason.map(scalar)),
             ("basis", provenance.basis.isEmpty ? nil : .sequence(.init(provenance.basis.map(scalar)))),
             ("claim", provenance.wording.map { scalar($0.rawValue) })]
        }
        func division(_ d: Division) -> Yams.Node {
            mapping([("id", scalar(d.id)), ("label", d.label == d.id ? nil : scalar(d.label)), ("label_en", d.labelEN.map(scalar))])
        }
        let meta = circle.metadata
        var top: [(String, Yams.Node?)] = []
        let header = mapping([("title", meta.title.map(scalar)), ("title_en", meta.titleEN.map(scalar)),
                              ("source", meta.source.map(scalar)), ("notes", meta.notes.map(scalar))])
        if case let .mapping(m) = header, !m.isEmpty { top.append(("circle", header)) }
        if !circle.rings.isEmpty { top.append(("rings", .sequence(.init(circle.rings.map(division))))) }
        if !circle.sectors.isEmpty { top.append(("sectors", .sequence(.init(circle.sectors.map(division))))) }
        top.append(("nodes", .sequence(.init(circle.nodes.map { node in
            mapping([("id", scalar(node.id)), ("label", node.label == node.id ? nil : scalar(node.label)),
                     ("label_en", node.labelEN.map(scalar)), ("ring", node.ring.map(scalar)), ("sector", node.sector.map(scalar)),
                     ("status", node.isActive ? nil : scalar("excluded"))]
                + evidence(node.provenance) + [("placement_inferred", node.placementReason.map(scalar))])
        }))))
        top.append(("edges", .sequence(.init(circle.edges.map { edge in
            mapping([("from", scalar(edge.from)), ("to", scalar(edge.to)), ("weight", number(edge.weight)),
                     ("sign", scalar(edge.sign == .negative ? "-" : "+")),
                     ("kind", edge.kind == .influences ? nil : scalar(edge.kind.rawValue))] + evidence(edge.provenance))
        }))))
        return try Yams.serialize(node: mapping(top), allowUnicode: true, sortKeys: false)
    }
}

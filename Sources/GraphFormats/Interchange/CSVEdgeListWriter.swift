import StrategyModel

/// Writes a circle as a CSV edge list (`CSVEdgeListReader` reads it back): source, target,
/// weight, sign, kind, evidence, quote, inferred. Node labels, rings, sectors, status and
/// nodes without edges are not held.
enum CSVEdgeListWriter {
    static func text(_ circle: StrategyCircle) -> String {
        var out = CSVWriting.row(["source", "target", "weight", "sign", "kind", "evidence", "quote", "inferred"]) + "\n"
        for edge in circle.edges {
            let p = edge.provenance
            out += CSVWriting.row([edge.from, edge.to, JSONText.number("\(edge.weight)"), edge.sign == .negative ? "-" : "+",
                                   edge.kind.rawValue, p.evidence == .unspecified ? "" : p.evidence.rawValue,
                                   p.quote ?? "", p.reason ?? ""]) + "\n"
        }
        return out
    }
}

/// Writes a circle in any format but DOT (which `GraphRendering.CircleExport` writes, since
/// it carries the drawing).
public enum CircleWriter {
    /// A node's place and colour in a drawing (GEXF's `viz:position` and `viz:color`).
    public struct Placement: Sendable {
        public var x: Double
        public var y: Double
        public var red: UInt8, green: UInt8, blue: UInt8

        public init(x: Double, y: Double, red: UInt8, green: UInt8, blue: UInt8) {
            self.x = x
            self.y = y
            self.red = red
            self.green = green
            self.blue = blue
        }
    }

    public struct Unsupported: Error, CustomStringConvertible {
        public var description: String
    }

    /// - Parameters:
    ///   - placements: node id → place and colour, written where the format holds them (GEXF).
    ///   - extras: more attributes (analysis results), written where the format holds free
    ///     attributes (GraphML, GEXF, node-link JSON) and ignored elsewhere.
    public static func text(_ circle: StrategyCircle, as format: CircleFormat, placements: [String: Placement] = [:],
                            extras: ExtraAttributes = .init()) throws -> String
    {
        switch format {
        case .yaml: return try CircleDocumentWriter.yaml(circle)
        case .json: return CircleDocumentWriter.json(circle)
        case .csv: return CSVEdgeListWriter.text(circle)
        case .graphml: return GraphML.text(circle, extras: extras)
        case .gexf: return GEXF.text(circle, placements: placements, extras: extras)
        case .nodelink: return NodeLinkJSON.text(circle, extras: extras)
        case .matrix: return AdjacencyMatrixCSV.text(circle)
        case .kumu: return KumuJSON.text(circle)
        case .dot: throw Unsupported(description: "DOT is written with the drawing (GraphRendering.CircleExport)")
        }
    }
}

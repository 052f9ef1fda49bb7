/// A Graphviz layout program. Names are Graphviz's own (`-K` option); only these are passed
/// to the C library, which guards against its unchecked-name bugs in 2.42.
public enum LayoutEngine: String, Sendable, CaseIterable {
    /// Hierarchical layers (Sugiyama): good for flows.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Spring model (Fruchterman–Reingold, force-directed).
    case fdp
    /// Multiscale force-directed, for large graphs.
    case sfdp
    /// Radial layers around a root.
    case twopi
    /// Circular.
    case circo
    /// No layout: nodes stay at their `pos` (in points); edges are routed. Used by the wheel.
    case nop
}

/// An output format Graphviz renders in-process.
public enum RenderFormat: String, Sendable, CaseIterable {
    case dot, xdot, svg, png, pdf, json

    /// The file extension (and the format a file name asks for).
    public init?(fileExtensionOf path: String) {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        let ext = path[path.index(after: dot)...].lowercased()
        switch ext {
        case "gv": self = .dot
        default: self.init(rawValue: ext)
        }
    }

    /// Graphviz's device name: cairo for PNG and PDF (anti-aliased, with real fonts).
    var device: String {
        switch self {
        case .png: return "png:cairo"
        case .pdf: return "pdf:cairo"
        default: return rawValue
        }
    }
}

/// Why Graphviz could not lay out, render or read a graph. The message is Graphviz's own
/// text, captured instead of printed.
public struct GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Stage: String, Sendable { case build, layout, render, parse }
    public var stage: Stage
    public var message: String
    /// For parse errors: the line Graphviz names, if it names one.
    public var line: Int?

    public init(_ stage: Stage, _ message: String, line: Int? = nil) {
        self.stage = stage
        self.message = message
        self.line = line
    }

    public var description: String { "Graphviz \(stage) failed: \(message)" }
}

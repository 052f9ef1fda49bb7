import Foundation
import StrategyAnalysis
import StrategyModel

/// Experts' linguistic ratings of edges, one row per expert and edge (CSV):
///
/// ```csv
/// expert,from,to,rating
/// anna,unternehmenskultur,social_media_einsatz,very high
/// ben,unternehmenskultur,social_media_einsatz,H
/// ```
/// `expert` may also be called `participant`. A rating is a term of the scale the reader is
/// given (by name or abbreviation, any case), its code, or a triangular number written
/// `l;m;u` with l ≤ m ≤ u. Problems name file, line and column.
public struct ExpertRatings: Sendable {
    public struct Rating: Sendable, Hashable {
        public var edge: EdgeRating
        public var location: SourceLocation
    }

    /// A term of a linguistic scale: its names (the first is the display name), its code and
    /// its triangular number (l, m, u).
    public struct Term: Sendable {
        public var names: [String]
        public var code: Int
        public var value: (lower: Double, middle: Double, upper: Double)

        public init(names: [String], code: Int, value: (Double, Double, Double)) {
            self.names = names
            self.code = code
            self.value = value
        }
    }

    /// The ratings without their places.
    public var edgeRatings: [EdgeRating] { ratings.map(\.edge) }

    /// The experts in order of first appearance.
    public var experts: [String]
    public var ratings: [Rating]

    public static func load(path: String, scale: [Term]) throws(CircleLoadError) -> ExpertRatings {
        try read(try CircleLoader.readText(path: path), file: path, scale: scale)
    }

    public static func read(_ text: String, file: String, scale: [Term]) throws(CircleLoadError) -> ExpertRatings {
        var parser = CSVParser(text: text, file: file)
        let (width, columns) = try parser.header(of: "a ratings file", requiring: [["expert", "participant"], ["from", "source"],
                                                                                     ["to", "target"], ["rating"]])
        let (expertColumn, fromColumn, toColumn, ratingColumn) = (columns[0], columns[1], columns[2], columns[3])
        let spellings = scale.map { $0.names[0] }.joined(separator: ", ")
        var experts: [String] = []
        var ratings: [Rating] = []
        var diagnostics: [Diagnostic] = []
        var seen = Set<[String]>()
        while let record = try parser.nextRow(reaching: columns, width: width, diagnostics: &diagnostics) {
            let expert = record[expertColumn].text.trimmedWhitespace
            let from = record[fromColumn].text.trimmedWhitespace
            let to = record[toColumn].text.trimmedWhitespace
            let text = record[ratingColumn].text.trimmedWhitespace
            let here = parser.location(of: record[ratingColumn])
            if expert.isEmpty || from.isEmpty || to.isEmpty {
                diagnostics.append(Diagnostic("expert, from and to must not be empty", at: parser.location(of: record[0])))
                continue
            }
            if !seen.insert([expert, from, to]).inserted {
                diagnostics.append(Diagnostic("\(expert) rates \(from)>\(to) a second time", at: parser.location(of: record[0])))
                continue
            }
            guard let value = Self.value(of: text, scale: scale) else {
                diagnostics.append(Diagnostic("unknown rating '\(text)'; expected a term (\(spellings)), its code "
                    + "(\(scale.map(\.code).min() ?? 0) to \(scale.map(\.code).max() ?? 0)) or l;m;u with l ≤ m ≤ u", at: here))
                continue
            }
            if !experts.contains(expert) { experts.append(expert) }
            ratings.append(Rating(edge: EdgeRating(expert: expert, from: from, to: to, lower: value.0, middle: value.1,
                                                   upper: value.2),
                                  location: parser.location(of: record[fromColumn])))
        }
        guard diagnostics.isEmpty else { throw CircleLoadError(.invalidData, diagnostics) }
        if ratings.isEmpty {
            throw CircleLoadError(.invalidData, "the file has no ratings", at: SourceLocation(file: file, line: 1, column: 1))
        }
        return ExpertRatings(experts: experts, ratings: ratings)
    }

    /// A rating's triangular number: a term, a code or `l;m;u`.
    static func value(of text: String, scale: [Term]) -> (Double, Double, Double)? {
        let key = text.lowercased().replacingOccurrences(of: "_", with: " ")
        if let term = scale.first(where: { $0.names.contains { $0.lowercased() == key } || String($0.code) == key }) {
            return term.value
        }
        let parts = text.split(separator: ";").compactMap { Double($0.trimmedWhitespace) }
        guard parts.count == 3, parts.allSatisfy(\.isFinite), parts[0] <= parts[1], parts[1] <= parts[2] else { return nil }
        return (parts[0], parts[1], parts[2])
    }

    /// Every influence naming a node `circle` lacks, at its place, with a did-you-mean.
    public func check(against circle: StrategyCircle) -> [Diagnostic] {
        let ids = circle.nodes.map(\.id)
        var diagnostics: [Diagnostic] = []
        for item in ratings {
            let rating = item.edge
            for id in [rating.from, rating.to] where circle.index(ofNode: id) == nil {
                let hint = Suggestion.closest(to: id, among: ids).map { " (did you mean '\($0)'?)" } ?? ""
                diagnostics.append(Diagnostic("no node '\(id)' in the circle\(hint)", at: item.location))
            }
            if rating.from == rating.to {
                diagnostics.append(Diagnostic("\(rating.expert) rates \(rating.from) on itself; DEMATEL's diagonal is 0",
                                              at: item.location))
            }
        }
        return diagnostics
    }
}

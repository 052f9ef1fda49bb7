/// One expert's rating of one influence, as a triangular fuzzy number (l, m, u): the input
/// of fuzzy DEMATEL and of an FCM built from experts' linguistic ratings.
public struct EdgeRating: Sendable, Hashable, Codable {
    public var expert: String
    public var from: String
    public var to: String
    public var lower: Double
    public var middle: Double
    public var upper: Double

    public init(expert: String, from: String, to: String, lower: Double, middle: Double, upper: Double) {
        self.expert = expert
        self.from = from
        self.to = to
        self.lower = lower
        self.middle = middle
        self.upper = upper
    }
}

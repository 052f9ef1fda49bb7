import Testing

/// Every value within `tolerance` of the reference, and as many values.
public func expectClose(_ actual: [Double], _ expected: [Double], _ tolerance: Double = 1e-9, _ what: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(actual.count == expected.count, "\(what): count", sourceLocation: sourceLocation)
    for (index, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance) {
        Issue.record("\(what)[\(index)]: \(a) vs \(e)", sourceLocation: sourceLocation)
    }
}

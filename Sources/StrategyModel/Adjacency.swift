/// Compressed sparse row (CSR) form of a circle's directed edges, for the algorithms.
///
/// Node `v` is an `Int32` index in `0..<nodeCount`; edge `e` is an index into the
/// edge-ordered arrays (`edgeSources`, …), which follow the order of `StrategyCircle.edges`.
/// The out-edges of `v` are the positions `outOffsets[v] ..< outOffsets[v + 1]` of the
/// `out…` arrays, in edge order (the order NetworkX would store them in); likewise for
/// in-edges. Weights are strengths (> 0); signs are +1 or −1 and never folded into weights.
public struct Adjacency: Sendable {
    public let nodeCount: Int
    public var edgeCount: Int { edgeSources.count }

    // Edge-indexed.
    public let edgeSources: [Int32]
    public let edgeTargets: [Int32]
    public let edgeWeights: [Double]
    public let edgeSigns: [Int8]

    // Out-edges grouped by source.
    public let outOffsets: [Int32]
    public let outTargets: [Int32]
    public let outWeights: [Double]
    public let outSigns: [Int8]
    public let outEdgeIDs: [Int32]

    // In-edges grouped by target.
    public let inOffsets: [Int32]
    public let inSources: [Int32]
    public let inWeights: [Double]
    public let inSigns: [Int8]
    public let inEdgeIDs: [Int32]

    /// Builds the CSR from edge arrays of equal length whose endpoints are in `0..<nodeCount`.
    ///
    /// - Complexity: O(n + m); a stable counting sort keeps each row in edge order.
    public init(nodeCount: Int, sources: [Int32], targets: [Int32], weights: [Double], signs: [Int8]) {
        precondition(sources.count == targets.count && targets.count == weights.count && weights.count == signs.count,
                     "edge arrays differ in length")
        self.nodeCount = nodeCount
        self.edgeSources = sources
        self.edgeTargets = targets
        self.edgeWeights = weights
        self.edgeSigns = signs

        let out = Self.group(by: sources, nodeCount: nodeCount)
        outOffsets = out.offsets
        outEdgeIDs = out.edgeIDs
        outTargets = out.edgeIDs.map { targets[Int($0)] }
        outWeights = out.edgeIDs.map { weights[Int($0)] }
        outSigns = out.edgeIDs.map { signs[Int($0)] }

        let into = Self.group(by: targets, nodeCount: nodeCount)
        inOffsets = into.offsets
        inEdgeIDs = into.edgeIDs
        inSources = into.edgeIDs.map { sources[Int($0)] }
        inWeights = into.edgeIDs.map { weights[Int($0)] }
        inSigns = into.edgeIDs.map { signs[Int($0)] }
    }

    /// Stable counting sort of edge ids by `keys`.
    private static func group(by keys: [Int32], nodeCount: Int) -> (offsets: [Int32], edgeIDs: [Int32]) {
        var offsets = [Int32](repeating: 0, count: nodeCount + 1)
        for key in keys { offsets[Int(key) + 1] += 1 }
        for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
        var next = offsets
        var edgeIDs = [Int32](repeating: 0, count: keys.count)
        for (edge, key) in keys.enumerated() {
            let slot = Int(next[Int(key)])
            edgeIDs[slot] = Int32(edge)
            next[Int(key)] += 1
        }
        return (offsets, edgeIDs)
    }

    /// Positions of `v`'s out-edges in the `out…` arrays.
    @inlinable public func outRange(_ v: Int) -> Range<Int> { Int(outOffsets[v])..<Int(outOffsets[v + 1]) }
    /// Positions of `v`'s in-edges in the `in…` arrays.
    @inlinable public func inRange(_ v: Int) -> Range<Int> { Int(inOffsets[v])..<Int(inOffsets[v + 1]) }
    @inlinable public func outDegree(_ v: Int) -> Int { Int(outOffsets[v + 1] - outOffsets[v]) }
    @inlinable public func inDegree(_ v: Int) -> Int { Int(inOffsets[v + 1] - inOffsets[v]) }
}

extension Adjacency {
    /// In-degree plus out-degree of every node (a self-loop counts twice, as in NetworkX).
    public var totalDegrees: [Int] { (0..<nodeCount).map { inDegree($0) + outDegree($0) } }
}

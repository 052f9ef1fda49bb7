import GraphAlgorithms
import StrategyModel

/// Every loop of a circle, enumerated once, kept in flat arrays with an index from each
/// influence to the loops through it: the baseline that what-if scenarios are compared with.
///
/// A scenario changes a few edges; the loops it breaks, weakens, strengthens or flips
/// are the loops through those edges, found through the index without enumerating
/// again (`LoopComparison`); a catalog built without the index (for one comparison) scans
/// its loops once instead. Memory is bounded by the limits (`maxCount` loops and
/// `maxStoredLinks` edges in all, 4 bytes each, twice that with the index), not by the size
/// of the graph. When the enumeration stops
/// at a limit, `isComplete` is false and no comparison is made from it.
public struct LoopCatalog: Sendable {
    /// The circle enumerated (an active part: no excluded nodes).
    public let circle: StrategyCircle
    public let limits: LoopSearch.Limits
    public let completion: LoopSearch.Completion
    /// True when the enumeration stopped because the loops found hold `maxStoredLinks` edges.
    public let stoppedAtStorage: Bool
    /// Every gain is scaled by this weight (the circle's largest), on both sides of a comparison.
    public let yardstick: Double
    /// Loop `i`'s edges (positions in `circle.edges`) are `edges[offsets[i]..<offsets[i+1]]`.
    let offsets: [Int32]
    let loopEdges: [Int32]
    let classifications: [LoopClassification]
    /// Loops through influence `e`: `loopsByEdge[edgeOffsets[e]..<edgeOffsets[e+1]]` (empty
    /// when the catalog is not indexed).
    let edgeOffsets: [Int32]
    let loopsByEdge: [Int32]
    /// Whether `loops(through:)` is available.
    public let isIndexed: Bool

    /// Most edges stored in all (200 MB, and as much again for the index); past it the
    /// enumeration stops and the catalog says so.
    public static let maxStoredLinks = 50_000_000
    /// The limits what-if comparisons use unless told otherwise.
    public static let defaultLimits = LoopSearch.Limits(maxCount: LoopQuery.defaultMaxCount, timeBudget: .seconds(20))

    /// Enumerates the loops of `circle`; `indexed` also builds the index from edges to loops
    /// (worth it when many scenarios are compared with one baseline).
    public init(_ circle: StrategyCircle, limits: LoopSearch.Limits = defaultLimits, indexed: Bool = true) {
        self.circle = circle
        self.limits = limits
        let g = circle.adjacency
        let yardstick = LoopClassification.yardstick(of: g)
        self.yardstick = yardstick
        var offsets: [Int32] = [0]
        var loopEdges: [Int32] = []
        var classifications: [LoopClassification] = []
        var tooMany = false
        var (completion, _) = LoopSearch.enumerate(g, limits: limits) { _, edges in
            guard loopEdges.count + edges.count <= Self.maxStoredLinks else { tooMany = true; return false }
            loopEdges.append(contentsOf: edges)
            offsets.append(Int32(loopEdges.count))
            classifications.append(LoopClassification(edges: edges, in: g, yardstick: yardstick))
            return true
        }
        if tooMany { completion = .countLimit }
        self.completion = completion
        stoppedAtStorage = tooMany
        self.offsets = offsets
        self.loopEdges = loopEdges
        self.classifications = classifications
        isIndexed = indexed
        guard indexed else {
            edgeOffsets = []
            loopsByEdge = []
            return
        }
        // Inverted index by counting sort.
        var edgeOffsets = [Int32](repeating: 0, count: g.edgeCount + 1)
        for e in loopEdges { edgeOffsets[Int(e) + 1] += 1 }
        for e in 0..<g.edgeCount { edgeOffsets[e + 1] += edgeOffsets[e] }
        var next = edgeOffsets
        var loopsByEdge = [Int32](repeating: 0, count: loopEdges.count)
        for loop in 0..<classifications.count {
            for slot in Int(offsets[loop])..<Int(offsets[loop + 1]) {
                let e = Int(loopEdges[slot])
                loopsByEdge[Int(next[e])] = Int32(loop)
                next[e] += 1
            }
        }
        self.edgeOffsets = edgeOffsets
        self.loopsByEdge = loopsByEdge
    }

    public var isComplete: Bool { completion == .complete }
    public var count: Int { classifications.count }
    public var reinforcing: Int { classifications.lazy.filter { $0.polarity == .reinforcing }.count }
    public var balancing: Int { count - reinforcing }
    public var reinforcingGain: Double {
        classifications.lazy.filter { $0.polarity == .reinforcing }.reduce(0) { $0 + $1.gain }
    }

    /// The edges of loop `i`, in loop order.
    public func edges(ofLoop i: Int) -> ArraySlice<Int32> { loopEdges[Int(offsets[i])..<Int(offsets[i + 1])] }
    public func classification(ofLoop i: Int) -> LoopClassification { classifications[i] }

    /// The loops through influence `e` (a position in `circle.edges`); needs an indexed catalog.
    func loops(through e: Int) -> ArraySlice<Int32> {
        precondition(isIndexed, "loops(through:) needs a catalog built with indexed: true")
        return loopsByEdge[Int(edgeOffsets[e])..<Int(edgeOffsets[e + 1])]
    }

    /// The loops through any of `edges` (positions in `circle.edges`), each once, in catalog order:
    /// through the index when there is one, else by one scan of every loop.
    public func loops(throughAny touched: [Int]) -> [Int] {
        guard !touched.isEmpty else { return [] }
        if isIndexed {
            var seen = Set<Int32>()
            var result: [Int] = []
            for e in touched { for loop in loops(through: e) where seen.insert(loop).inserted { result.append(Int(loop)) } }
            return result.sorted()
        }
        var marked = [Bool](repeating: false, count: circle.edges.count)
        for e in touched { marked[e] = true }
        return (0..<count).filter { loop in edges(ofLoop: loop).contains { marked[Int($0)] } }
    }

    /// Loop `i` as a `FeedbackLoop` of the catalog's circle.
    public func loop(_ i: Int) -> FeedbackLoop { FeedbackLoop(edges: Array(edges(ofLoop: i)), in: circle, yardstick: yardstick) }

    /// Why a comparison with this catalog is refused, or nil when it can be made.
    public var refusal: String? {
        if isComplete { return nil }
        let why = stoppedAtStorage
            ? "stopped after \(count) loops, which hold \(Self.maxStoredLinks) edges in all (the most kept in memory)"
            : "\(completion.rawValue) after \(count) loops"
        return "the baseline's loop enumeration \(why), so broken and new loops cannot be counted; "
            + (stoppedAtStorage ? "" : "raise the limit (--max-loops) or ")
            + "leave loops out of the comparison (--compute without loops)"
    }
}

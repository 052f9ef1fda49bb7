import Testing
import StrategyModel

@Suite("Adjacency (CSR)")
struct AdjacencyTests {
    // 0 → 2, 1 → 0, 0 → 1, 2 → 0 (−), 2 → 2: rows must keep file order.
    let circle: StrategyCircle

    init() throws {
        circle = try StrategyCircle(
            nodes: [Node(id: "a"), Node(id: "b"), Node(id: "c"), Node(id: "lonely")],
            edges: [
                Edge(from: "a", to: "c", weight: 1),
                Edge(from: "b", to: "a", weight: 2),
                Edge(from: "a", to: "b", weight: 3),
                Edge(from: "c", to: "a", weight: 4, sign: .negative),
                Edge(from: "c", to: "c", weight: 5),
            ])
    }

    @Test func outRowsInEdgeOrder() {
        let g = circle.adjacency
        #expect(g.nodeCount == 4)
        #expect(g.edgeCount == 5)
        #expect(g.outOffsets == [0, 2, 3, 5, 5])
        #expect(g.outTargets == [2, 1, 0, 0, 2])
        #expect(g.outWeights == [1, 3, 2, 4, 5])
        #expect(g.outSigns == [1, 1, 1, -1, 1])
        #expect(g.outEdgeIDs == [0, 2, 1, 3, 4])
        #expect(g.outDegree(3) == 0)
    }

    @Test func inRowsInEdgeOrder() {
        let g = circle.adjacency
        #expect(g.inOffsets == [0, 2, 3, 5, 5])
        #expect(g.inSources == [1, 2, 0, 0, 2])
        #expect(g.inEdgeIDs == [1, 3, 2, 0, 4])
        #expect(g.inDegree(0) == 2)
        #expect(Array(g.inRange(2)) == [3, 4])
    }

    @Test func edgeArraysFollowTheCircle() {
        let g = circle.adjacency
        #expect(g.edgeSources == [0, 1, 0, 2, 2])
        #expect(g.edgeTargets == [2, 0, 1, 0, 2])
        #expect(g.edgeWeights == [1, 2, 3, 4, 5])
    }
}

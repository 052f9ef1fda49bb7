import StrategyModel

extension LoopSearch {
    /// Enumerates the elementary circuits that use at least one of `edges`, each once.
    ///
    /// For the i-th given edge u → v, the loops counted for it are u → v followed by a
    /// simple path from v back to u that uses none of the given edges before it (so a loop
    /// through several given edges is reported for the first of them only). Paths are found
    /// by depth-first search pruned to the nodes that can still reach u, so the work is in
    /// proportion to the loops found, not to every loop of the graph: what a what-if
    /// scenario needs to count the loops an added edge creates.
    ///
    /// Calls `visit` with each loop's nodes (starting at the given edge's source) and its
    /// edges (edge i from node i to node i + 1), in the same conventions and with the same
    /// limits as `enumerate`.
    /// - Complexity: O(n + m) per given edge for the reachability pruning, plus the depth-first
    ///   search, in proportion to the loops found.
    @discardableResult
    public static func through(_ edges: [Int32], in graph: Adjacency, limits: Limits = .init(),
                               _ visit: (_ nodes: [Int32], _ edges: [Int32]) -> Bool) -> (Completion, Int) {
        let n = graph.nodeCount
        let deadline = limits.timeBudget.map { ContinuousClock.now + $0 }
        let maxLength = limits.maxLength ?? Int.max
        var found = 0
        var excluded = [Bool](repeating: false, count: graph.edgeCount)
        var canReach = [Bool](repeating: false, count: n)
        var onPath = [Bool](repeating: false, count: n)
        var queue: [Int32] = []
        for start in edges {
            let e = Int(start)
            let u = Int(graph.edgeSources[e])
            let v = Int(graph.edgeTargets[e])
            defer { excluded[e] = true }
            // Nodes that reach u without the excluded edges (reverse breadth-first search).
            for i in canReach.indices { canReach[i] = false }
            canReach[u] = true
            queue = [Int32(u)]
            var head = 0
            while head < queue.count {
                let x = Int(queue[head])
                head += 1
                for slot in graph.inRange(x) where !excluded[Int(graph.inEdgeIDs[slot])] {
                    let w = Int(graph.inSources[slot])
                    if !canReach[w] { canReach[w] = true; queue.append(Int32(w)) }
                }
            }
            guard canReach[v] else { continue }
            // Depth-first search for simple paths v ⇝ u; the frame holds the next out-slot to try.
            var pathNodes: [Int32] = [Int32(u)]
            var pathEdges: [Int32] = [start]
            if u == v {
                found += 1
                if !visit(pathNodes, pathEdges) { return (.stoppedByCaller, found) }
                if let maxCount = limits.maxCount, found >= maxCount { return (.countLimit, found) }
                continue
            }
            onPath[u] = true
            pathNodes.append(Int32(v))
            onPath[v] = true
            var frames: [(node: Int, slot: Int)] = [(v, Int(graph.outOffsets[v]))]
            while let top = frames.last {
                let x = top.node
                let end = Int(graph.outOffsets[x + 1])
                var slot = top.slot
                var advanced = false
                while slot < end {
                    let edge = Int(graph.outEdgeIDs[slot])
                    let w = Int(graph.outTargets[slot])
                    slot += 1
                    guard !excluded[edge], canReach[w] else { continue }
                    if w == u {
                        guard pathEdges.count + 1 <= maxLength else { continue }
                        found += 1
                        if !visit(pathNodes, pathEdges + [Int32(edge)]) { return (.stoppedByCaller, found) }
                        if let maxCount = limits.maxCount, found >= maxCount { return (.countLimit, found) }
                        if let deadline, found & 0xFF == 0, ContinuousClock.now >= deadline { return (.timeLimit, found) }
                        continue
                    }
                    guard !onPath[w], pathEdges.count + 2 <= maxLength else { continue }
                    frames[frames.count - 1].slot = slot
                    onPath[w] = true
                    pathNodes.append(Int32(w))
                    pathEdges.append(Int32(edge))
                    frames.append((w, Int(graph.outOffsets[w])))
                    advanced = true
                    break
                }
                if !advanced {
                    frames.removeLast()
                    let last = Int(pathNodes.removeLast())
                    onPath[last] = false
                    if pathEdges.count > 1 { pathEdges.removeLast() }
                    if let deadline, ContinuousClock.now >= deadline { return (.timeLimit, found) }
                }
            }
            onPath[u] = false
            pathEdges.removeAll()
        }
        return (.complete, found)
    }
}

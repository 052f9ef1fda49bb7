import GraphvizBridge
import Foundation
import StrategyModel

/// The strategy circle as the seed draws it: concentric rings (the innermost at the
/// centre) cut into sectors, so that each sector is a wedge across all rings.
///
/// Deterministic geometry computed in Swift; Graphviz only routes edges and draws (the
/// `nop` engine keeps the positions). Conventions: points, y up, origin at the centre,
/// angles in radians counter-clockwise from the positive x axis; the first sector starts
/// at 12 o'clock and sectors follow clockwise, as one reads a clock.
///
/// Placement: a sector's angle is proportional to the most nodes it holds on any one ring,
/// so the densest ring fits; within a sector, a ring's nodes are spread evenly and ordered
/// by the mean angle of their neighbours on inner rings (one barycentre sweep outwards, to
/// shorten edges and avoid crossings, as in Sugiyama-style layouts); each ring's radius is
/// the smallest, in 2 % steps, at which its boxes overlap no other (a box can only meet its
/// next neighbours in angular order, so the check is linear) and all lie in an annulus of
/// their own, clear of the inner rings, so the guide circle between two rings never crosses
/// a node.
public struct WheelLayout: Sendable {
    /// A sector wedge as drawn.
    public struct Wedge: Sendable, Hashable {
        /// Index in `StrategyCircle.sectors`, or nil for the wedge of nodes without a sector.
        public var sector: Int?
        public var startAngle: Double
        public var endAngle: Double
        public var middleAngle: Double { (startAngle + endAngle) / 2 }
    }

    /// Node centres, in the order of the node indices given.
    public var positions: [(x: Double, y: Double)]
    /// Radius of each ring's node centres, centre outwards (0 for a one-node core).
    public var ringRadii: [Double]
    /// Radii of the guide circles between rings and around the outermost ring.
    public var boundaryRadii: [Double]
    /// Radius of the core disc the wedges start from.
    public var coreRadius: Double
    public var wedges: [Wedge]

    /// Lays out `nodes` (indices into `circle.nodes`) whose boxes have the given sizes.
    ///
    /// - Parameters:
    ///   - sizes: width and height of each node's box in points, in the order of `nodes`.
    ///   - gap: the least empty space between two boxes, in points.
    public init(circle: StrategyCircle, nodes: [Int], sizes: [(width: Double, height: Double)], gap: Double = 8) {
        let ringCount = max(circle.rings.count, 1)
        // Ring of each shown node; nodes without a ring go on an extra outermost ring.
        let hasUnringed = nodes.contains { circle.nodes[$0].ring.flatMap(circle.index(ofRing:)) == nil }
        let rings = ringCount + (hasUnringed && !circle.rings.isEmpty ? 1 : 0)
        func ring(of node: Int) -> Int {
            circle.nodes[node].ring.flatMap(circle.index(ofRing:)) ?? (circle.rings.isEmpty ? 0 : ringCount)
        }
        let noSector = circle.sectors.count
        func sector(of node: Int) -> Int { circle.nodes[node].sector.flatMap(circle.index(ofSector:)) ?? noSector }
        // The centre holds innermost-ring nodes without a sector (the seed's core).
        func isCentral(_ node: Int) -> Bool { ring(of: node) == 0 && sector(of: node) == noSector && rings > 1 }

        // Sector widths: the most nodes the sector holds on any one ring.
        var perRing = [[Int]](repeating: [Int](repeating: 0, count: noSector + 1), count: rings)
        for node in nodes where !isCentral(node) { perRing[ring(of: node)][sector(of: node)] += 1 }
        let demand = (0...noSector).map { s in perRing.map { $0[s] }.max() ?? 0 }
        let total = Double(demand.reduce(0, +))
        var wedges: [Wedge] = []
        var angle = Double.pi / 2
        for s in 0...noSector where demand[s] > 0 {
            let width = 2 * Double.pi * Double(demand[s]) / total
            wedges.append(Wedge(sector: s == noSector ? nil : s, startAngle: angle, endAngle: angle - width))
            angle -= width
        }
        var wedgeOf: [Int: Wedge] = [:]
        for wedge in wedges { wedgeOf[wedge.sector ?? noSector] = wedge }

        var positions = [(x: Double, y: Double)](repeating: (0, 0), count: nodes.count)
        var angles = [Double?](repeating: nil, count: nodes.count)
        let localIndex = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        func box(_ local: Int) -> (minX: Double, minY: Double, maxX: Double, maxY: Double) {
            let (x, y) = positions[local]
            let (w, h) = sizes[local]
            return (x - w / 2 - gap / 2, y - h / 2 - gap / 2, x + w / 2 + gap / 2, y + h / 2 + gap / 2)
        }
        func overlap(_ a: Int, _ b: Int) -> Bool {
            let p = box(a)
            let q = box(b)
            return p.minX < q.maxX && q.minX < p.maxX && p.minY < q.maxY && q.minY < p.maxY
        }

        // The centre: one node at the origin, several on a small circle.
        let central = nodes.indices.filter { isCentral(nodes[$0]) }
        var coreRadius = 0.0
        if central.count > 1 {
            var radius = 0.0
            repeat {
                radius += 4
                for (k, local) in central.enumerated() {
                    let theta = Double.pi / 2 - 2 * Double.pi * Double(k) / Double(central.count)
                    positions[local] = (radius * cos(theta), radius * sin(theta))
                }
            } while central.indices.contains(where: { i in central.indices.contains { j in j > i && overlap(central[i], central[j]) } })
        }
        for local in central {
            let (x, y) = positions[local]
            let (w, h) = sizes[local]
            coreRadius = max(coreRadius, hypot(abs(x) + w / 2, abs(y) + h / 2))
        }
        var boundaries: [Double] = []
        var ringRadii = [Double](repeating: 0, count: rings)
        var previousOuter = coreRadius

        // Outer rings, one at a time.
        let adjacency = circle.adjacency
        for r in 0..<rings {
            let members = nodes.indices.filter { ring(of: nodes[$0]) == r && !isCentral(nodes[$0]) }
            guard !members.isEmpty else {
                ringRadii[r] = previousOuter
                continue
            }
            // Order within each sector by the mean angle of already placed neighbours.
            var bySector: [Int: [Int]] = [:]
            for local in members { bySector[sector(of: nodes[local]), default: []].append(local) }
            for s in bySector.keys.sorted() {  // a fixed order: placing one sector informs the next
                let locals = bySector[s] ?? []
                guard let wedge = wedgeOf[s] else { continue }
                func preferred(_ local: Int) -> Double {
                    let node = nodes[local]
                    var sum = 0.0
                    var count = 0
                    for e in adjacency.outRange(node) { if let a = localIndex[Int(adjacency.outTargets[e])].flatMap({ angles[$0] }) { sum += unwrap(a, near: wedge.middleAngle); count += 1 } }
                    for e in adjacency.inRange(node) { if let a = localIndex[Int(adjacency.inSources[e])].flatMap({ angles[$0] }) { sum += unwrap(a, near: wedge.middleAngle); count += 1 } }
                    return count == 0 ? wedge.middleAngle : sum / Double(count)
                }
                let keyed = locals.map { (local: $0, key: preferred($0)) }
                // Angles decrease clockwise, so a larger preferred angle comes first.
                let ordered = keyed.enumerated().sorted { lhs, rhs in
                    lhs.element.key != rhs.element.key ? lhs.element.key > rhs.element.key : lhs.offset < rhs.offset
                }.map(\.element.local)
                let width = wedge.startAngle - wedge.endAngle
                for (k, local) in ordered.enumerated() {
                    angles[local] = wedge.startAngle - width * (Double(k) + 0.5) / Double(ordered.count)
                }
            }
            // Smallest radius at which the ring sits in its own annulus (every box farther
            // out than the inner rings' farthest corner, plus a gap) without overlaps.
            let tallest = members.map { sizes[$0].height }.max() ?? 0
            var radius = previousOuter + gap + tallest / 2
            func place(_ radius: Double) {
                for local in members {
                    let theta = angles[local] ?? 0
                    positions[local] = (radius * cos(theta), radius * sin(theta))
                }
            }
            // On one radius, boxes can only collide with their neighbours in angular order:
            // check each against the next few (cyclically), O(m) per radius tried.
            let byAngle = members.sorted { (angles[$0] ?? 0) > (angles[$1] ?? 0) }
            let reach = min(3, byAngle.count - 1)
            func fits() -> Bool {
                let clearOfInner = members.allSatisfy { nearestDistance(box($0)) >= previousOuter + gap / 2 }
                guard clearOfInner else { return false }
                for (i, a) in byAngle.enumerated() {
                    for step in stride(from: 1, through: reach, by: 1) where overlap(a, byAngle[(i + step) % byAngle.count]) {
                        return false
                    }
                }
                return true
            }
            place(radius)
            var steps = 0
            while !fits() && steps < 400 {
                radius *= 1.02
                place(radius)
                steps += 1
            }
            ringRadii[r] = radius
            let innerEdge = members.map { nearestDistance(box($0)) }.min() ?? radius
            boundaries.append((previousOuter + innerEdge) / 2)
            previousOuter = members.map { farthestDistance(box($0)) }.max() ?? radius
        }
        boundaries.append(previousOuter + gap)
        if central.isEmpty, !boundaries.isEmpty { boundaries.removeFirst() }

        self.positions = positions
        self.ringRadii = ringRadii
        self.boundaryRadii = boundaries
        self.coreRadius = central.isEmpty ? 0 : (boundaries.first ?? coreRadius)
        self.wedges = wedges
    }
}

private typealias Box = (minX: Double, minY: Double, maxX: Double, maxY: Double)

/// Distance from the centre to the nearest point of a box (0 when the box holds the centre).
private func nearestDistance(_ b: Box) -> Double {
    let dx = max(b.minX, -b.maxX, 0)
    let dy = max(b.minY, -b.maxY, 0)
    return hypot(dx, dy)
}

/// Distance from the centre to the farthest corner of a box.
private func farthestDistance(_ b: Box) -> Double {
    hypot(max(abs(b.minX), abs(b.maxX)), max(abs(b.minY), abs(b.maxY)))
}

/// `angle` shifted by whole turns to lie within half a turn of `reference`.
private func unwrap(_ angle: Double, near reference: Double) -> Double {
    var a = angle
    while a - reference > .pi { a -= 2 * .pi }
    while reference - a > .pi { a += 2 * .pi }
    return a
}

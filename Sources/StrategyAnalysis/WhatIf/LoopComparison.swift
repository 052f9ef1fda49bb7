import GraphAlgorithms
import StrategyModel

/// How a scenario changes the loops of its baseline, in proportion to the change.
///
/// With the baseline's loops in a `LoopCatalog`: a loop is *broken* when the scenario removes
/// one of its edges (or a node on it); a surviving loop whose edges were
/// re-weighted or re-signed is classified again and may *flip* polarity or gain or lose
/// gain; *new* loops are the loops through edges the scenario adds (found by
/// `LoopSearch.through`). Nothing else is enumerated again. Gains on both sides use
/// the baseline's yardstick, so a scenario that changes nothing changes no gain.
///
/// Refused (with the reason) when the baseline's enumeration or the search for new loops
/// stopped at a limit: cut lists are never compared. docs/WHATIF.md states the rules.
public struct LoopComparison: Sendable, Codable {
    public var reinforcingBefore: Int
    public var reinforcingAfter: Int
    public var balancingBefore: Int
    public var balancingAfter: Int
    public var reinforcingBroken: Int
    public var balancingBroken: Int
    /// Loops through edges the scenario adds.
    public var reinforcingNew: Int
    public var balancingNew: Int
    /// Surviving loops whose polarity changed (a re-signed influence).
    public var reinforcingToBalancing: Int
    public var balancingToReinforcing: Int
    /// Surviving loops whose edges were re-weighted or re-signed.
    public var changedLoops: Int
    public var reinforcingGainBefore: Double
    public var reinforcingGainAfter: Double
    /// Reinforcing gain the baseline loses: broken and flipped reinforcing loops, and what
    /// surviving reinforcing loops lose by weaker edges.
    public var reinforcingGainLost: Double
    /// Reinforcing gain the scenario adds: new and flipped-to-reinforcing loops, and what
    /// surviving reinforcing loops gain by stronger edges.
    public var reinforcingGainGained: Double
    /// `reinforcingGainLost` as a share of the baseline's reinforcing gain (0 when it had none).
    public var reinforcingGainLostShare: Double
    /// The limit the enumerations ran under.
    public var loopLimit: Int?
    /// The strongest loops the scenario breaks, flips, and creates, with their edges' evidence.
    public var strongestBroken: [FeedbackLoop]
    public var strongestFlipped: [FeedbackLoop]
    public var strongestNew: [FeedbackLoop]

    /// How many loops of each kind the comparison lists with their edges.
    public static let listed = 5

    /// Why a comparison was not made.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Compares `changed` (an active part) with the catalog's baseline.
    public init(_ catalog: LoopCatalog, changed: StrategyCircle) throws(Refusal) {
        try self.init(catalog, changed: changed, match: EdgeCorrespondence(baseline: catalog.circle, changed: changed))
    }

    init(_ catalog: LoopCatalog, changed: StrategyCircle, match: EdgeCorrespondence) throws(Refusal) {
        if let refusal = catalog.refusal { throw Refusal(description: refusal) }
        let base = catalog.circle
        let yardstick = catalog.yardstick
        let g = changed.adjacency

        // Each baseline edge's fate: removed, or kept with its weight and sign after.
        var removed = [Bool](repeating: false, count: base.edges.count)
        var touched: [Int] = []
        var afterWeight = base.adjacency.edgeWeights
        var afterSign = base.adjacency.edgeSigns
        for e in base.edges.indices {
            guard let now = match.after[e] else {
                removed[e] = true
                touched.append(e)
                continue
            }
            if match.isReweighted(e, baseline: base, changed: changed) {
                afterWeight[e] = changed.edges[now].weight
                afterSign[e] = changed.edges[now].sign.rawValue
                touched.append(e)
            }
        }

        // The loops through touched edges, each once.
        var brokenLoops: [Int] = []
        var flippedLoops: [(loop: Int, after: LoopClassification)] = []
        var counts = (rBroken: 0, bBroken: 0, rToB: 0, bToR: 0, changed: 0)
        var lost = 0.0, gained = 0.0, gainAfter = catalog.reinforcingGain
        for i in catalog.loops(throughAny: touched) {
            do {
                let before = catalog.classification(ofLoop: i)
                let loopEdges = catalog.edges(ofLoop: i)
                if loopEdges.contains(where: { removed[Int($0)] }) {
                    brokenLoops.append(i)
                    if before.polarity == .reinforcing {
                        counts.rBroken += 1
                        lost += before.gain
                        gainAfter -= before.gain
                    } else {
                        counts.bBroken += 1
                    }
                    continue
                }
                counts.changed += 1
                var negatives = 0
                var gain = 1.0
                for e in loopEdges {
                    if afterSign[Int(e)] < 0 { negatives += 1 }
                    gain *= afterWeight[Int(e)] / yardstick
                }
                let after = LoopClassification(negativeEdges: negatives, gain: gain,
                                               rawGain: loopEdges.reduce(1) { $0 * afterWeight[Int($1)] })
                switch (before.polarity, after.polarity) {
                case (.reinforcing, .reinforcing):
                    lost += max(0, before.gain - after.gain)
                    gained += max(0, after.gain - before.gain)
                    gainAfter += after.gain - before.gain
                case (.reinforcing, .balancing):
                    counts.rToB += 1
                    lost += before.gain
                    gainAfter -= before.gain
                    flippedLoops.append((i, after))
                case (.balancing, .reinforcing):
                    counts.bToR += 1
                    gained += after.gain
                    gainAfter += after.gain
                    flippedLoops.append((i, after))
                case (.balancing, .balancing):
                    break
                }
            }
        }

        // New loops: the loops through edges the baseline does not have.
        let added = match.added.map { Int32($0) }
        var newReinforcing = 0, newBalancing = 0
        var strongestNew: [(gain: Double, edges: [Int32])] = []
        let (completion, _) = LoopSearch.through(added, in: g, limits: catalog.limits) { _, edges in
            let kind = LoopClassification(edges: edges, in: g, yardstick: yardstick)
            if kind.polarity == .reinforcing {
                newReinforcing += 1
                gained += kind.gain
                gainAfter += kind.gain
            } else {
                newBalancing += 1
            }
            Self.keepStrongest(&strongestNew, (kind.gain, edges))
            return true
        }
        guard completion == .complete else {
            throw Refusal(description: "the search for loops through the added edges \(completion.rawValue) "
                + "after \(newReinforcing + newBalancing) loops, so new loops cannot be counted; raise the limit (--max-loops)")
        }

        reinforcingBefore = catalog.reinforcing
        balancingBefore = catalog.balancing
        reinforcingBroken = counts.rBroken
        balancingBroken = counts.bBroken
        reinforcingNew = newReinforcing
        balancingNew = newBalancing
        reinforcingToBalancing = counts.rToB
        balancingToReinforcing = counts.bToR
        changedLoops = counts.changed
        reinforcingAfter = reinforcingBefore - counts.rBroken - counts.rToB + counts.bToR + newReinforcing
        balancingAfter = balancingBefore - counts.bBroken - counts.bToR + counts.rToB + newBalancing
        let gainBefore = catalog.reinforcingGain
        reinforcingGainBefore = gainBefore
        reinforcingGainAfter = max(0, gainAfter)
        reinforcingGainLost = lost
        reinforcingGainGained = gained
        reinforcingGainLostShare = gainBefore > 0 ? min(1, lost / gainBefore) : 0
        loopLimit = catalog.limits.maxCount
        strongestBroken = brokenLoops
            .sorted { (catalog.classification(ofLoop: $0).gain, -$0) > (catalog.classification(ofLoop: $1).gain, -$1) }
            .prefix(Self.listed).map { catalog.loop($0) }
        strongestFlipped = flippedLoops
            .sorted { ($0.after.gain, -$0.loop) > ($1.after.gain, -$1.loop) }
            .prefix(Self.listed).compactMap { item in
                // Drawn as the loop is after the scenario.
                let edges = catalog.edges(ofLoop: item.loop).compactMap { match.after[Int($0)].map(Int32.init) }
                return FeedbackLoop(edges: edges, in: changed, yardstick: yardstick)
            }
        self.strongestNew = strongestNew.map { FeedbackLoop(edges: $0.edges, in: changed, yardstick: yardstick) }
    }

    /// Keeps the `listed` strongest (ties: the one found first).
    private static func keepStrongest(_ kept: inout [(gain: Double, edges: [Int32])], _ candidate: (gain: Double, edges: [Int32])) {
        if kept.count < listed {
            kept.append(candidate)
        } else if let weakest = kept.indices.min(by: { kept[$0].gain < kept[$1].gain }), candidate.gain > kept[weakest].gain {
            kept[weakest] = candidate
        } else {
            return
        }
        kept.sort { $0.gain > $1.gain }
    }
}

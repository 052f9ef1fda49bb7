import GraphAlgorithms
import StrategyModel

/// Which of a report's headline findings hold on the edges the source states, and
/// which depend on inferred (or unspecified) ones.
///
/// The report is computed again on `StrategyCircle.restricted(to: .stated)` (every node,
/// only stated edges) and compared finding by finding:
/// - key nodes: each of the top nodes is or is not among the stated layer's top;
/// - clusters: each cluster holds together (all its members in one stated-layer cluster) or
///   splits; the partitions' normalised mutual information is given too;
/// - the strongest loops: each rests on stated edges alone, or names the edges
///   it needs that the text does not state;
/// - the polarity balance: reinforcing and balancing loops on both layers.
public struct EvidenceCheck: Sendable, Codable {
    public struct Finding: Sendable, Codable {
        /// What the finding is about: "key node", "cluster", "loop", "polarity".
        public var kind: String
        /// The finding, as the report states it.
        public var subject: String
        /// True when it holds on the stated layer alone; nil when that cannot be decided
        /// (a loop enumeration stopped at a limit on either layer).
        public var holdsOnStated: Bool?
        /// Why not, or what remains, in words.
        public var detail: String
    }

    /// Edges of the analysed circle by evidence class.
    public var stated: Int
    public var inferred: Int
    public var unspecified: Int
    public var findings: [Finding]
    /// Normalised mutual information of the clusters on both layers (1 = the same clusters).
    public var clusterAgreement: Double

    /// Compares `report` (of `circle`, whose active part it analysed) with the same report
    /// on the stated layer. Nil when the circle states no edge or states them all.
    public init?(_ report: AnalysisReport, circle: StrategyCircle, clusterOptions: ClusterOptions) {
        let active = circle.activePart
        let counts = active.edgeCountByEvidence
        stated = counts[.stated] ?? 0
        inferred = counts[.inferred] ?? 0
        unspecified = counts[.unspecified] ?? 0
        guard stated > 0, stated < active.edges.count else { return nil }
        let layer = circle.restricted(to: .stated)
        let statedReport = AnalysisReport(layer, clusterOptions: clusterOptions, top: report.keyNodes.count,
                                          checkEvidence: false)
        let label = { (id: String) in active.node(id)?.label ?? id }
        var findings: [Finding] = []

        let statedTop = statedReport.keyNodes.map(\.id)
        for key in report.keyNodes {
            let rank = statedTop.firstIndex(of: key.id)
            findings.append(Finding(
                kind: "key node", subject: key.label, holdsOnStated: rank != nil,
                detail: rank.map { "rank \($0 + 1) on the stated layer" }
                    ?? "not among the stated layer's top \(statedTop.count)"))
        }

        let statedCluster = Dictionary(uniqueKeysWithValues: zip(active.nodes.map(\.id), statedReport.clusters.membership))
        for cluster in report.clusters.clusters {
            let parts = Set(cluster.members.compactMap { statedCluster[$0] })
            findings.append(Finding(
                kind: "cluster", subject: "cluster \(cluster.number) (\(cluster.members.count) nodes)",
                holdsOnStated: parts.count == 1,
                detail: parts.count == 1 ? "holds together" : "splits into \(parts.count) clusters"))
        }
        clusterAgreement = PartitionAgreement.normalizedMutualInformation(
            Partition(labels: report.clusters.membership), Partition(labels: statedReport.clusters.membership))

        for loop in report.loops.loops {
            let missing = loop.edges.filter { $0.evidence != .stated }
            let path = (loop.nodes + [loop.nodes[0]]).map(label).joined(separator: " → ")
            findings.append(Finding(
                kind: "loop", subject: "\(loop.polarity.letter): \(path)", holdsOnStated: missing.isEmpty,
                detail: missing.isEmpty ? "every edge is stated"
                    : "needs " + missing.map { "\(label($0.from)) → \(label($0.to)) (\($0.evidence.rawValue))" }
                        .joined(separator: ", ")))
        }

        let all = report.loops
        let onStated = statedReport.loops
        let whole = all.completion == .complete && onStated.completion == .complete
        let sameBalance = (all.reinforcing > 0) == (onStated.reinforcing > 0)
            && (all.balancing > 0) == (onStated.balancing > 0)
        findings.append(Finding(
            kind: "polarity",
            subject: "\(all.reinforcing) reinforcing, \(all.balancing) balancing loops",
            holdsOnStated: whole ? sameBalance : nil,
            detail: "stated layer: \(onStated.reinforcing) reinforcing, \(onStated.balancing) balancing"
                + (whole ? "" : "; not compared: a loop enumeration stopped at its limit, so the counts are partial")))
        self.findings = findings
    }
}

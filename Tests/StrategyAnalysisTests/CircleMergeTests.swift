import Foundation
import GraphFormats
import StrategyAnalysis
import StrategyModel
import TestSupport
import Testing

/// Merging the three constructed participants of Datasets/workshop (Scripts/workshop/
/// make_participants.py). The expected figures are worked by hand from the changes each
/// participant makes to the shipped circle.
@Suite("Merging participants' circles")
struct CircleMergeTests {
    static func participants() throws -> [(name: String, circle: StrategyCircle)] {
        try ["anna", "ben", "carla"].map { name in
            (name, try CircleLoader.load(path: TestPaths.file("Datasets/workshop/\(name).yaml").path))
        }
    }

    func row(_ merge: CircleMerge, _ from: String, _ to: String) throws -> CircleMerge.EdgeRow {
        try #require(merge.edges.first { $0.from == from && $0.to == to }, "\(from)>\(to)")
    }

    @Test func perEdgeFiguresByHand() throws {
        let merge = try CircleMerge(Self.participants())
        // anna 3, ben 1, carla 1 (the shipped weight): mean 5/3, median 1.
        let culture = try row(merge, "unternehmenskultur", "interne_kommunikation")
        #expect(culture.drawnBy == ["anna", "ben", "carla"])
        #expect(abs(culture.mean - 5.0 / 3) < 1e-12 && culture.median == 1 && culture.minimum == 1 && culture.maximum == 3)
        // 3, 3, and carla's 2: mean 8/3, median 3.
        let social = try row(merge, "social_werden", "menschen_aktivieren")
        #expect(abs(social.mean - 8.0 / 3) < 1e-12 && social.median == 3 && social.minimum == 2)
        // ben draws it −, anna and carla +: a conflict, the majority's + kept.
        let medium = try row(merge, "social_media_medium", "stakeholder_macht")
        #expect(medium.signConflict && medium.positive == 2 && medium.negative == 1)
        #expect(merge.merged.edge(EdgeReference(from: "social_media_medium", to: "stakeholder_macht"))?.edge.sign == .positive)
        // ben turns cultural change against the culture.
        let change = try row(merge, "kulturelle_veraenderung", "unternehmenskultur")
        #expect(change.signConflict && change.negative == 1)
        // carla doubts the self-reinforcing step.
        #expect(try row(merge, "vision_vorantreiben", "social_werden").drawnBy == ["anna", "ben"])
        // anna dropped it: drawn by two.
        #expect(try row(merge, "attraktivitaet", "absatz_marktanteile").drawnBy == ["ben", "carla"])
        #expect(try row(merge, "gesamtstrategie", "wissens_transfer").drawnBy == ["anna", "ben"])
        // ben alone: an added node and two added edges.
        #expect(merge.nodes.filter(\.alone).map(\.id) == ["kundenbindung"])
        #expect(try row(merge, "licence_to_operate", "absatz_marktanteile").drawnBy == ["ben"])
        #expect(merge.edges.count == 61 && merge.merged.edges.count == 61)
    }

    @Test func agreementThresholdAndMedian() throws {
        let merge = try CircleMerge(Self.participants(), minAgreement: 2, weight: .median)
        #expect(merge.merged.edges.count == 59)
        #expect(merge.merged.edge(EdgeReference(from: "licence_to_operate", to: "absatz_marktanteile")) == nil)
        let culture = try #require(merge.merged.edge(EdgeReference(from: "unternehmenskultur", to: "interne_kommunikation")))
        #expect(culture.edge.weight == 1)
        #expect(culture.edge.provenance.reason?.contains("drawn by 3 of 3 participants") == true)
        let medium = try #require(merge.merged.edge(EdgeReference(from: "social_media_medium", to: "stakeholder_macht")))
        #expect(medium.edge.provenance.reason?.contains("sign conflict: 2 +, 1 −") == true)
    }

    @Test func hugeWeightsAreWrittenNotTrapped() throws {
        // Weights past Int's range once trapped when the evidence text was written.
        let one = try StrategyCircle(nodes: [Node(id: "a"), Node(id: "b")], edges: [Edge(from: "a", to: "b", weight: 1e300)])
        let two = try StrategyCircle(nodes: [Node(id: "a"), Node(id: "b")], edges: [Edge(from: "a", to: "b", weight: 3e300)])
        let merge = try CircleMerge([("one", one), ("two", two)])
        #expect(merge.merged.edges.first?.provenance.reason?.contains("weights 1e+300–3e+300") == true)
    }

    @Test func rangesAreTheParticipantsSpreadAndRenderFromTheFile() throws {
        let merge = try CircleMerge(Self.participants())
        func edge(_ from: String, _ to: String) throws -> Edge {
            try #require(merge.merged.edge(EdgeReference(from: from, to: to))?.edge)
        }
        // 3, 1, 1 drawn by all: the range is their spread.
        #expect(try edge("unternehmenskultur", "interne_kommunikation").doubt == .range(1...3))
        // ben −3, anna and carla +3: the range crosses 0, a sign conflict.
        #expect(try edge("social_media_medium", "stakeholder_macht").doubt == .range(-3...3))
        // carla named both ends but drew no edge: she counts 0 (anna and ben drew 2).
        #expect(try edge("vision_vorantreiben", "social_werden").doubt == .range(0...2))
        // only ben named kundenbindung's edges' ends... ben's licence → sales: anna and carla
        // named both ends and drew nothing: 0 to 2.
        #expect(try edge("licence_to_operate", "absatz_marktanteile").doubt == .range(0...2))
        #expect(merge.merged.metadata.participants == ["anna", "ben", "carla"])
        #expect(try edge("gesamtstrategie", "wissens_transfer").drawnBy == ["anna", "ben"])

        // The merged file carries it all, and the agreement read back is the merge's.
        let text = try CircleDocumentWriter.yaml(merge.merged)
        let reread = try CircleLoader.load(text: text, name: "merged.yaml", format: .yaml)
        #expect(reread.edges == merge.merged.edges && reread.metadata.participants == merge.merged.metadata.participants)
        let agreement = reread.workshopAgreement
        let medium = try #require(agreement[EdgeReference(from: "social_media_medium", to: "stakeholder_macht")])
        #expect(medium.signConflict && medium.share == 1)
        let doubted = try #require(agreement[EdgeReference(from: "vision_vorantreiben", to: "social_werden")])
        #expect(!doubted.signConflict && abs(doubted.share - 2.0 / 3) < 1e-15)
        #expect(agreement.values.filter(\.signConflict).count == merge.edges.filter(\.signConflict).count)
    }

    @Test func matchingByLabelAndThroughAMapping() throws {
        // Two participants who name the same elements differently.
        let first = try StrategyCircle(
            nodes: [Node(id: "culture", label: "Unternehmenskultur"), Node(id: "comms", label: "Interne Kommunikation")],
            edges: [Edge(from: "culture", to: "comms", weight: 2)])
        let second = try StrategyCircle(
            nodes: [Node(id: "kultur", label: "unternehmenskultur"), Node(id: "ik", label: "Interne  Kommunikation (IK)")],
            edges: [Edge(from: "kultur", to: "ik", weight: 4)])
        // By id nothing matches.
        #expect(try CircleMerge([("a", first), ("b", second)]).edges.count == 2)
        // By label the culture matches, the communication does not (its label differs).
        let byLabel = try NodeMatching(key: .label).align([("a", first), ("b", second)])
        #expect(byLabel[1].circle.nodes.map(\.id) == ["culture", "ik"])
        // The mapping names the second label too: one edge, drawn by both, mean 3.
        let mapped = try NodeMatching(key: .label, mapping: [("Interne Kommunikation (IK)", "comms")])
            .align([("a", first), ("b", second)])
        let merge = try CircleMerge(mapped)
        #expect(merge.edges.count == 1 && merge.edges[0].drawnBy == ["a", "b"] && merge.edges[0].mean == 3)
        // A mapping that folds two of one participant's elements into one is refused by name.
        #expect(throws: NodeMatching.Collision.self) {
            try NodeMatching(mapping: [("Unternehmenskultur", "x"), ("Interne Kommunikation", "x")]).align([("a", first)])
        }
    }
}

/// The consensus agenda on the three constructed participants: which edges are disputed and
/// why follows from the changes each participant made (Datasets/workshop/README.md); the
/// polarity changes of a sign conflict are the loops through that edge, counted apart.
@Suite("Consensus report")
struct ConsensusReportTests {
    @Test func disputesAndTheirWeightOnTheFindings() throws {
        let report = try ConsensusReport(CircleMergeTests.participants())
        func item(_ from: String, _ to: String) throws -> ConsensusReport.Item {
            try #require((report.disagreements + report.agreements).first { $0.from == from && $0.to == to }, "\(from)>\(to)")
        }
        // ben turns cultural change against the culture: every loop through it flips polarity.
        let flip = try item("kulturelle_veraenderung", "unternehmenskultur")
        #expect(flip.disputes == ["sign conflict: 2 +, 1 −"] && flip.low == -1 && flip.high == 1)
        let merged = try CircleMerge(CircleMergeTests.participants()).merged.activePart
        var query = LoopQuery()
        query.throughEdge = EdgeReference(from: "kulturelle_veraenderung", to: "unternehmenskultur")
        query.limit = 0
        #expect(flip.changes.loopPolarities == LoopReport(merged, query: query).matching && flip.changes.loopPolarities > 0)
        #expect(report.disagreements.first?.from == "kulturelle_veraenderung")
        // carla drops the vision → becoming social step.
        #expect(try item("vision_vorantreiben", "social_werden").disputes == ["drawn by 2 of 3"])
        // anna 3, ben 1, carla 1.
        #expect(try item("unternehmenskultur", "interne_kommunikation").disputes == ["weights 1–3"])
        // kundenbindung is ben's alone: no agreement possible.
        #expect(try item("kundenbindung", "absatz_marktanteile").disputes == ["only ben named both ends"])
        // Agreed edges: all who could drew them, one sign, one weight.
        #expect(report.agreements.allSatisfy { $0.drawnBy.count == $0.couldDraw && $0.couldDraw == 3 && $0.low == 0 })
        for list in [report.disagreements, report.agreements] {
            #expect(zip(list, list.dropFirst()).allSatisfy { $0.changes.total >= $1.changes.total })
        }
        #expect(report.disagreements.count + report.agreements.count == merged.edges.count)
    }
}

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
}

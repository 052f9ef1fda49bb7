import Foundation
import TestSupport
import Testing

@Suite("circle command line")
struct CLITests {
    @Test func infoOnTheBuiltInCircleFromAnyFolder() throws {
        let run = try runCircle(["info"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Handlungsfelder einer Social Centric Strategy"))
        #expect(run.stdout.contains("\(reference.activeNodes) active nodes (\(reference.excludedNodes) excluded), "
            + "\(reference.activeEdges) active edges (\(reference.edges) in the file)"))
        #expect(run.stdout.contains("kostenfuehrerschaft"))
        #expect(run.stderr.isEmpty)
    }

    @Test func infoAsJSONAndCSV() throws {
        let json = try runCircle(["info", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["activeNodes"] as? Int == reference.activeNodes)
        #expect(object["activeEdges"] as? Int == reference.activeEdges)
        let csv = try runCircle(["info", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("section,id,label,active,excluded\ntotal,nodes,nodes,\(reference.activeNodes),\(reference.excludedNodes)\n"))
        #expect(csv.stdout.contains("\nring,stossrichtungen,Strategische Stoßrichtungen,4,3\n"))
    }

    @Test func infoOnAUserFile() throws {
        let file = try writeScratch("mine.csv", "source,target,weight\na,b,2\nb,c,1\n")
        let run = try runCircle(["info", file])
        #expect(run.status == 0)
        #expect(run.stdout.contains("3 active nodes (0 excluded), 2 active edges (2 in the file)"))
    }

    @Test func validateReportsEachProblemWithItsPosition() throws {
        let bad = try writeScratch("bad.yaml", "nodes:\n  - id: alpha\n  - id: beta\nedges:\n  - {from: alpha, to: betta}\n")
        let good = try writeScratch("good.yaml", "nodes: [{id: a}]\n")
        let run = try runCircle(["validate", good, bad])
        #expect(run.status == 65)
        #expect(run.stderr == "bad.yaml:5:23: error: edge refers to unknown node 'betta' (did you mean 'beta'?)\n")
        #expect(run.stdout == "good.yaml: ok (1 node, 0 edges)\n")
    }

    @Test func missingInputExits66() throws {
        let run = try runCircle(["validate", "no-such-file.yaml"])
        #expect(run.status == 66)
        #expect(run.stderr == "no-such-file.yaml: error: no such file\n")
        #expect(try runCircle(["info", "no-such-file.yaml"]).status == 66)
    }

    @Test func badUsageExits64() throws {
        #expect(try runCircle(["info", "--format", "xml"]).status == 64)
        #expect(try runCircle(["validate"]).status == 64)
        #expect(try runCircle(["frobnicate", "x", "y"]).status == 64)
    }

    @Test func validateAsJSON() throws {
        let bad = try writeScratch("weights.yaml", "nodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b, weight: 0}]\n")
        let run = try runCircle(["validate", bad, "--format", "json"])
        #expect(run.status == 65)
        let results = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
        let errors = try #require(results.first?["errors"] as? [[String: Any]])
        #expect(errors.first?["line"] as? Int == 2)
        #expect(errors.first?["column"] as? Int == 34)
    }
}

@Suite("circle render")
struct RenderCommandTests {
    @Test func rendersTheBuiltInCircleToEveryFormat() throws {
        for (name, magic) in [("circle.png", "\u{89}PNG"), ("circle.svg", "<?xml"), ("circle.pdf", "%PDF-"),
                              ("circle.dot", "digraph"), ("circle.xdot", "digraph"), ("circle.json", "{")] {
            let run = try runCircle(["render", "-o", name])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            let data = try Data(contentsOf: scratchFolder.appending(path: name))
            #expect(String(decoding: data.prefix(magic.utf8.count), as: UTF8.self) == magic
                || data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "\(name) does not start with \(magic)")
        }
    }

    @Test func dotOutputReadsBackToTheSameSummary() throws {
        #expect(try runCircle(["render", "-o", "roundtrip.dot"]).status == 0)
        let fromDOT = try runCircle(["info", "roundtrip.dot"])
        let builtIn = try runCircle(["info"])
        #expect(fromDOT.status == 0)
        #expect(fromDOT.stdout == builtIn.stdout)
    }

    @Test func usageErrorsExit64() throws {
        let unknown = try runCircle(["render", "-o", "x.svg", "--highlight", "social_werdn"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no node 'social_werdn' in the circle (did you mean 'social_werden'?)"))
        #expect(try runCircle(["render", "-o", "x.bmp"]).status == 64)
        let csv = try writeScratch("plain.csv", "source,target\na,b\n")
        #expect(try runCircle(["render", csv, "-o", "x.svg", "--layout", "wheel"]).status == 64)
    }

    @Test func aFailedRenderLeavesTheExistingFileAlone() throws {
        let target = try writeScratch("keep.png", "precious")
        let bad = try writeScratch("broken.yaml", "nodes: [{id: a}]\nedges: [{from: a, to: b}]\n")
        let run = try runCircle(["render", bad, "-o", target])
        #expect(run.status == 65)
        #expect(try String(contentsOf: scratchFolder.appending(path: target), encoding: .utf8) == "precious")
        let unwritable = try runCircle(["render", "-o", "no/such/folder/x.png"])
        #expect(unwritable.status == 73)
        #expect(unwritable.stderr.contains("no/such/folder/x.png: error: cannot write"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratchFolder.path)
            .filter { $0.hasSuffix(".partial") }
        #expect(leftovers.isEmpty)
    }

    @Test func coloursByClusterAndSizesByAMeasure() throws {
        let run = try runCircle(["render", "-o", "clusters.svg", "--color-by", "cluster", "--size-by", "pagerank"])
        #expect(run.status == 0, "\(run.stderr)")
        let svg = try String(contentsOf: scratchFolder.appending(path: "clusters.svg"), encoding: .utf8)
        // Absatz und Marktanteile has the highest PageRank: its label is drawn largest.
        #expect(svg.contains("font-size=\"16.00\" fill=\"#222222\">Absatz und</text>"))
        #expect(try runCircle(["render", "-o", "x.svg", "--size-by", "nonsense"]).status == 64)
    }

    @Test func highlightsALoopAndEdges() throws {
        let run = try runCircle(["render", "-o", "loop.dot", "--highlight-loop", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        let dot = try String(contentsOf: scratchFolder.appending(path: "loop.dot"), encoding: .utf8)
        // The strongest loop's three edges are drawn black.
        for (from, to) in [("social_werden", "menschen_aktivieren"), ("menschen_aktivieren", "vision_vorantreiben"),
                           ("vision_vorantreiben", "social_werden")] {
            let line = dot.split(separator: "\n").first { $0.contains("\"\(from)\" -> \"\(to)\"") }
            #expect(line?.contains("\"color\"=\"#000000\"") == true, "\(from) -> \(to)")
        }
        #expect(try runCircle(["render", "-o", "e.svg", "--highlight", "licence_to_operate>krisenkommunikation"]).status == 0)
        #expect(try runCircle(["render", "-o", "e.svg", "--highlight", "guidelines>nowhere"]).status == 64)
        #expect(try runCircle(["render", "-o", "e.svg", "--highlight-loop", "100000"]).status == 64)
    }

    @Test func rendersAPlainGraphWithAnEngine() throws {
        let csv = try writeScratch("g.csv", "source,target,weight,sign\na,b,2,+\nb,c,1,-\nc,a,1,+\n")
        for layout in ["dot", "neato", "fdp", "sfdp", "twopi", "circo"] {
            let run = try runCircle(["render", csv, "-o", "g-\(layout).svg", "--layout", layout, "--size-by", "degree"])
            #expect(run.status == 0, "\(layout): \(run.stderr)")
        }
    }
}

@Suite("circle analyze and the measures")
struct AnalysisCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "GraphAlgorithmsTests/Fixtures/centrality.json")

    @Test func analyzeIsTheDefaultAndNamesWhatMatters() throws {
        let run = try runCircle([])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Key nodes"))
        #expect(run.stdout.contains("Synergy clusters (leiden, modularity"))
        #expect(run.stdout.contains("Synergy between neighbouring sectors"))
        #expect(try runCircle(["analyze"]).stdout == run.stdout)
        let json = try runCircle(["analyze", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["keyNodes"] as? [Any])?.count == 5)
        #expect(((object["clusters"] as? [String: Any])?["modularity"] as? Double).map { $0 > 0.4 } == true)
    }

    @Test func centralityCSVMatchesNetworkXAtFullPrecision() throws {
        let run = try runCircle(["centrality", "--measure", "pagerank,betweenness,closeness", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "id,pagerank,betweenness,closeness")
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures)) as? [String: Any]
        let seed = ((fixture?["graphs"] as? [String: Any])?["seed"] as? [String: Any])?["measures"] as? [String: [String: Double]]
        let measures = try #require(seed)
        #expect(lines.count == reference.activeNodes + 1)
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            let id = fields[0]
            #expect(abs(Double(fields[1])! - measures["pagerank"]![id]!) < 1e-8, "pagerank \(id)")
            #expect(abs(Double(fields[2])! - measures["betweenness"]![id]!) < 1e-9, "betweenness \(id)")
            #expect(abs(Double(fields[3])! - measures["closeness"]![id]!) < 1e-9, "closeness \(id)")
        }
    }

    @Test func clustersDensityAndArrange() throws {
        let clusters = try runCircle(["clusters", "--algorithm", "louvain", "--seed", "3", "--format", "csv"])
        #expect(clusters.status == 0)
        #expect(clusters.stdout.hasPrefix("id,cluster\n"))
        #expect(clusters.stdout.split(separator: "\n").count == reference.activeNodes + 1)
        let signed = try runCircle(["clusters", "--signed"])
        #expect(signed.stdout.contains("signed modularity"))
        let density = try runCircle(["density", "--by", "ring"])
        #expect(density.status == 0 && density.stdout.contains("Strategische Stoßrichtungen"))
        let arrange = try runCircle(["arrange"])
        #expect(arrange.status == 0 && arrange.stdout.contains("Method: exact"))
        let csv = try writeScratch("nosectors.csv", "source,target\na,b\n")
        #expect(try runCircle(["arrange", csv]).status == 64)
    }

    @Test func approximateBetweennessSaysSoAndStaysWithinEpsilon() throws {
        let run = try runCircle(["centrality", "--measure", "betweenness", "--approximate", "--epsilon", "0.05", "--seed", "4",
                                 "--format", "csv", "--threads", "1"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("id,betweenness_approx\n"))
        #expect(run.stderr.contains("betweenness is approximate: every value within 0.05 of the exact one with probability ≥ 0.9"))
        let fixture = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures)) as? [String: Any]
        let seed = ((fixture?["graphs"] as? [String: Any])?["seed"] as? [String: Any])?["measures"] as? [String: [String: Double]]
        let exact = try #require(seed?["betweenness"])
        for line in run.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            #expect(abs(Double(fields[1])! - exact[fields[0]]!) <= 0.05, "\(fields[0])")
        }
        let twoThreads = try runCircle(["centrality", "--measure", "betweenness", "--approximate", "--epsilon", "0.05", "--seed", "4",
                                        "--format", "csv", "--threads", "2"])
        #expect(twoThreads.stdout == run.stdout)
        #expect(try runCircle(["centrality", "--approximate", "--epsilon", "0"]).status == 64)
    }

    @Test func timingsGoToStderrAndLeaveTheResultsAlone() throws {
        let plain = try runCircle(["centrality", "--format", "csv"])
        let timed = try runCircle(["centrality", "--format", "csv", "--timings"])
        #expect(timed.status == 0 && timed.stdout == plain.stdout)
        for phase in ["load:", "centrality:", "output:", "total (whole process after start-up):"] {
            #expect(timed.stderr.contains(phase), "\(phase)")
        }
        #expect(!plain.stderr.contains("timings"))
        let render = try runCircle(["render", "-o", "timed.svg", "--timings"])
        #expect(render.status == 0 && render.stderr.contains("layout and drawing:") && render.stderr.contains("write timed.svg:"))
    }

    @Test func unknownMeasureIsAUsageError() throws {
        let run = try runCircle(["centrality", "--measure", "pagernak"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("did you mean 'pagerank'?"))
    }
}

@Suite("circle loops")
struct LoopsCommandTests {
    @Test func theSelfReinforcingDynamicComesFirst() throws {
        let run = try runCircle(["loops", "--polarity", "reinforcing", "--limit", "3"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("\(reference.loops.reinforcing) loops: \(reference.loops.reinforcing) reinforcing, 0 balancing"))
        // The loop of stated links only: gain 3/3 · 3/3 · 2/3 (weights over the largest weight).
        #expect(run.stdout.contains("1  R    3  0.6667  stated    Social werden → Menschen aktivieren → Vision vorantreiben → Social werden"))
    }

    @Test func csvExportAndBounds() throws {
        let run = try runCircle(["loops", "--format", "csv", "--limit", "100000"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "rank,polarity,length,gain,raw_gain,negative_edges,evidence,nodes,edge_evidence,edge_sources")
        #expect(lines.count == reference.loops.total + 1)
        let bounded = try runCircle(["loops", "--max-count", "10"])
        #expect(bounded.status == 0)
        #expect(bounded.stderr.contains("stopped at the count limit after 10 loops"))
        let through = try runCircle(["loops", "--through", "kulturelle_veraenderung", "--max-length", "3"])
        #expect(through.stdout.contains("Einsatz von Social Media → Kulturelle Veränderungen → Unternehmenskultur"))
        #expect(try runCircle(["loops", "--through-edge", "a>b"]).status == 64)
    }
}

@Suite("circle breakers, micmac, dematel, simulate")
struct StructureCommandTests {
    @Test func breakersAreExactOnTheSeed() throws {
        let run = try runCircle(["breakers", "--format", "json"])
        #expect(run.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["nodesProvenMinimal"] as? Bool == true)
        #expect(object["reinforcingLoops"] as? Int == reference.loops.reinforcing)
        let nodes = try #require(object["nodes"] as? [String])
        // A smallest set, as brute force over every node set finds them.
        #expect(reference.breakers.sets.contains(nodes.sorted()))
    }

    @Test func micmacDrawsItsMap() throws {
        let run = try runCircle(["micmac", "--map", "micmac.svg"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Influential ("))
        let svg = try String(contentsOf: scratchFolder.appending(path: "micmac.svg"), encoding: .utf8)
        #expect(svg.contains("Bestehende Gesamtstrategie"))
        #expect(try runCircle(["micmac", "--map", "m.txt"]).status == 64)
    }

    @Test func dematelSplitsCausesAndEffects() throws {
        let run = try runCircle(["dematel", "--format", "csv"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.count == reference.activeNodes)
        let group = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], $0[5]) })
        #expect(group["gesamtstrategie"] == "cause")
        #expect(group["absatz_marktanteile"] == "effect")
        let cycle = try writeScratch("cycle.csv", "source,target\na,b\nb,c\nc,a\n")
        let refused = try runCircle(["dematel", cycle])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("does not converge"))
    }

    @Test func simulateReportsTheScenarioAgainstTheBaseline() throws {
        let run = try runCircle(["simulate", "--clamp", "social_werden=0", "--format", "csv"])
        #expect(run.status == 0)
        let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        let change = Dictionary(uniqueKeysWithValues: rows.map { ($0[0], Double($0[3]) ?? .nan) })
        // Switching the social dynamic off lowers what it drives.
        #expect((change["menschen_aktivieren"] ?? 0) < -0.1)
        #expect((change["vision_vorantreiben"] ?? 0) < -0.01)
        #expect(try runCircle(["simulate", "--clamp", "nobody=1"]).status == 64)
        #expect(try runCircle(["simulate", "--clamp", "social_werden"]).status == 64)
    }
}

@Suite("circle whatif")
struct WhatIfCommandTests {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appending(path: "Scripts/whatif")

    func runScript(_ name: String) throws -> [[String: Any]] {
        let output = scratchFolder.appending(path: "whatif-\(name)").path
        let run = try runCircle(["whatif", "--script", Self.scripts.appending(path: name).path, "--format", "json",
                                 "--output-dir", output])
        #expect(run.status == 0, "\(name): \(run.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    }

    /// The element whose simulated steady state falls most.
    func largestDrop(_ diff: [String: Any]) -> String? {
        guard let dynamics = diff["dynamics"] as? [String: Any], let ids = dynamics["ids"] as? [String],
              let before = dynamics["before"] as? [Double], let after = dynamics["after"] as? [Double] else { return nil }
        return ids.indices.min { after[$0] - before[$0] < after[$1] - before[$1] }.map { ids[$0] }
    }

    func loops(_ diff: [String: Any]) -> [String: Any] { diff["loops"] as? [String: Any] ?? [:] }

    /// The loop counts of a script's scenario equal NetworkX's (Scripts/reference/seed_findings.py).
    func expectLoopsAsNetworkX(_ diff: [String: Any], scenario: String) throws {
        let expected = try #require(reference.scenarios[scenario], "no reference for \(scenario)")
        let loops = loops(diff)
        #expect(loops["reinforcingBefore"] as? Int == expected.before.reinforcing, "\(scenario)")
        #expect(loops["reinforcingAfter"] as? Int == expected.after.reinforcing, "\(scenario)")
        #expect(loops["balancingAfter"] as? Int == expected.after.balancing, "\(scenario)")
        #expect(loops["reinforcingBroken"] as? Int == expected.reinforcingBroken, "\(scenario)")
        #expect(loops["balancingBroken"] as? Int == expected.balancingBroken, "\(scenario)")
        #expect(loops["reinforcingNew"] as? Int == expected.reinforcingNew, "\(scenario)")
        #expect(loops["balancingNew"] as? Int == expected.balancingNew, "\(scenario)")
    }

    @Test func neglectCulture() throws {
        let diff = try #require(try runScript("neglect-culture.yaml").first)
        try expectLoopsAsNetworkX(diff, scenario: "neglect-culture")
        // The thesis: most of the self-reinforcing dynamic needs the culture.
        #expect(reference.scenarios["neglect-culture"]!.reinforcingBroken * 2 > reference.loops.reinforcing)
        #expect(largestDrop(diff) == "guidelines")
        // Broken loops are named with the source behind each link.
        let broken = try #require(loops(diff)["strongestBroken"] as? [[String: Any]])
        let edges = try #require(broken.first?["edges"] as? [[String: Any]])
        #expect(edges.contains { ($0["quote"] as? String)?.contains("durch das ganze Unternehmen und die Kultur") == true })
        #expect(FileManager.default.fileExists(atPath: scratchFolder.appending(path: "whatif-neglect-culture.yaml/results/neglect-culture.json").path))
    }

    @Test func dropInternalCommunication() throws {
        let diff = try #require(try runScript("drop-internal-communication.yaml").first)
        try expectLoopsAsNetworkX(diff, scenario: "drop-internal-communication")
        #expect(largestDrop(diff) == "experten_identifizieren")
        let inStrength = (diff["centrality"] as? [[String: Any]])?.first { $0["measure"] as? String == "in-strength" }
        let experts = (inStrength?["nodes"] as? [[String: Any]])?.first { $0["id"] as? String == "experten_identifizieren" }
        #expect(experts?["after"] as? Double == 0)
    }

    @Test func noLicenceBeforeCrisis() throws {
        let diffs = try runScript("no-licence-before-crisis.yaml")
        #expect(diffs.count == 2)
        for (diff, name) in zip(diffs, ["no-licence-to-operate", "licence-does-not-help-the-crisis"]) {
            #expect(largestDrop(diff) == "krisenkommunikation")
            try expectLoopsAsNetworkX(diff, scenario: name)
        }
        #expect(diffs[1]["centrality"] == nil)
    }

    @Test func crowdSupportBringsBackCostLeadership() throws {
        let diff = try #require(try runScript("crowd-support-cost-leadership.yaml").first)
        try expectLoopsAsNetworkX(diff, scenario: "crowd-support-brings-back-cost-leadership")
        #expect(diff["addedNodes"] as? [String] == ["kostenfuehrerschaft", "crowd_support"])
        let dynamics = try #require(diff["dynamics"] as? [String: Any])
        let ids = try #require(dynamics["ids"] as? [String])
        let index = try #require(ids.firstIndex(of: "absatz_marktanteile"))
        // A new positive path into sales raises its steady state.
        let change = (dynamics["after"] as! [Double])[index] - (dynamics["before"] as! [Double])[index]
        #expect(change > 0.01)
    }

    @Test func sweepsAndTheRobustnessCurve() throws {
        let single = try runCircle(["whatif", "--sweep", "single", "--format", "csv"])
        #expect(single.status == 0, "\(single.stderr)")
        #expect(single.stdout.split(separator: "\n").count == reference.activeNodes + 1)
        let pairs = try runCircle(["whatif", "--sweep", "pairs", "--top", "3"])
        #expect(pairs.status == 0 && pairs.stdout.contains("\(reference.activeNodes * (reference.activeNodes - 1) / 2) scenarios"))
        let sectors = try runCircle(["whatif", "--sweep", "sectors"])
        #expect(sectors.status == 0 && sectors.stdout.contains("4 scenarios"))
        let attack = try runCircle(["whatif", "--sweep", "attack", "--curve", "attack.csv", "--curve-svg", "attack.svg"])
        #expect(attack.status == 0)
        let csv = try String(contentsOf: scratchFolder.appending(path: "attack.csv"), encoding: .utf8)
        #expect(csv.hasPrefix("removed,share_removed,node,reinforcing_loops"))
        let last = try #require(csv.split(separator: "\n").last)
        #expect(last.split(separator: ",")[3] == "0")
        let svg = try String(contentsOf: scratchFolder.appending(path: "attack.svg"), encoding: .utf8)
        #expect(svg.contains("<polyline"))
    }

    @Test func rendersAScenario() throws {
        let script = Self.scripts.appending(path: "no-licence-before-crisis.yaml").path
        #expect(try runCircle(["render", "--script", script, "-o", "x.dot"]).status == 64)  // two scenarios: name one
        let run = try runCircle(["render", "--script", script, "--scenario", "no-licence-to-operate", "-o", "scenario.dot"])
        #expect(run.status == 0, "\(run.stderr)")
        let dot = try String(contentsOf: scratchFolder.appending(path: "scenario.dot"), encoding: .utf8)
        let lines = dot.split(separator: "\n")
        // The removed element is greyed and dashed, and so is its link to crisis communication.
        #expect(lines.first { $0.hasPrefix("  \"licence_to_operate\" [") }?.contains("\"style\"=\"rounded,filled,dashed\"") == true)
        #expect(lines.first { $0.contains("\"licence_to_operate\" -> \"krisenkommunikation\"") }?
            .contains("\"style\"=\"dashed\"") == true)
        // Broken reinforcing loops have their surviving links dotted: without the culture.
        let culture = try writeScratch("culture-script.yaml", "scenarios:\n  - name: c\n    remove: [unternehmenskultur]\n")
        #expect(try runCircle(["render", "--script", culture, "-o", "culture.dot"]).status == 0)
        let cultureDOT = try String(contentsOf: scratchFolder.appending(path: "culture.dot"), encoding: .utf8)
        #expect(cultureDOT.split(separator: "\n").first { $0.contains("\"social_media_einsatz\" -> \"kulturelle_veraenderung\"") }?
            .contains("\"style\"=\"dotted\"") == true)
    }

    @Test func quickFlagsAndErrors() throws {
        let run = try runCircle(["whatif", "--remove", "unternehmenskultur"])
        let culture = reference.scenarios["neglect-culture"]!
        #expect(run.status == 0 && run.stdout.contains(
            "Reinforcing loops: \(culture.before.reinforcing) → \(culture.after.reinforcing)"))
        #expect(try runCircle(["whatif"]).status == 64)
        #expect(try runCircle(["whatif", "--remove", "unternehmenskultr"]).stderr.contains("did you mean 'unternehmenskultur'?"))
        let bad = try writeScratch("bad-script.yaml", "scenarios:\n  - name: x\n    remvoe: [a]\n")
        let badRun = try runCircle(["whatif", "--script", bad])
        #expect(badRun.status == 65)
        #expect(badRun.stderr.contains("bad-script.yaml:3:5: error: unknown key 'remvoe' in a scenario (did you mean 'remove'?)"))
        let unknownNode = try writeScratch("unknown-node.yaml", """
            scenarios:
              - name: x
                remove: [nobody, unternehmenskultr]
                remove_edges: ["licence_to_operate>krisenkommunikation", "social_werden>nowhere"]
                remove_sector: [wisen]

            """)
        let unknownRun = try runCircle(["whatif", "--script", unknownNode])
        // Every unknown id at once, each where the script names it, with a did-you-mean.
        #expect(unknownRun.status == 65)
        #expect(unknownRun.stderr.split(separator: "\n").map(String.init) == [
            "unknown-node.yaml:3:14: error: scenario 'x': no node 'nobody' in the circle",
            "unknown-node.yaml:3:22: error: scenario 'x': no node 'unternehmenskultr' in the circle (did you mean 'unternehmenskultur'?)",
            "unknown-node.yaml:4:62: error: scenario 'x': no node 'nowhere' in the circle",
            "unknown-node.yaml:5:21: error: scenario 'x': no sector 'wisen' in the circle (did you mean 'wissen'?)",
        ])
    }
}

@Suite("Degenerate circles")
struct DegenerateCircleTests {
    /// Tiny and odd circles go through every command without a crash or an internal error.
    @Test func everyCommandCopes() throws {
        let files = [
            try writeScratch("d-empty.yaml", "nodes: []\n"),
            try writeScratch("d-one.yaml", "nodes: [{id: a}]\n"),
            try writeScratch("d-loop.yaml", "nodes: [{id: a}, {id: b}]\nedges: [{from: a, to: a}]\n"),
            try writeScratch("d-ringed.yaml", """
                rings: [r]
                sectors: [s]
                nodes: [{id: a, ring: r}, {id: b, ring: r, sector: s, status: excluded}]
                edges: [{from: a, to: b}]

                """),
        ]
        let commands: [[String]] = [
            ["analyze"], ["centrality", "--measure", "all"], ["clusters", "--algorithm", "louvain", "--signed"],
            ["loops"], ["breakers"], ["micmac"], ["dematel"], ["simulate"], ["whatif", "--sweep", "single"],
            ["whatif", "--sweep", "attack"], ["render", "-o", "d.svg"],
        ]
        for file in files {
            for command in commands {
                let run = try runCircle(command + [file])
                #expect([0, 64, 65].contains(run.status), "\(command.joined(separator: " ")) \(file): \(run.status) \(run.stderr)")
            }
        }
    }
}

@Suite("Evidence and provenance in every output")
struct EvidenceCommandTests {
    static let own = """
        nodes:
          - {id: kultur, label: Kultur, quote: "Kultur ist alles"}
          - {id: guidelines, label: Guidelines}
          - {id: krise, label: Krise, inferred: "folgt aus der Kultur"}
        edges:
          - {from: kultur, to: guidelines, weight: 3, quote: "je mehr Kultur, desto leichter Guidelines", claim: explicit}
          - {from: guidelines, to: krise, inferred: "Regeln helfen in der Krise", basis: ["Regeln sind gut"]}
          - {from: krise, to: kultur, weight: 2}

        """

    @Test func explainNamesTheWordsBehindAnElementAndAnInfluence() throws {
        let node = try runCircle(["explain", "licence_to_operate"])
        #expect(node.status == 0)
        #expect(node.stdout.contains("Stated: “Je mehr ich mich um die “Licence to operate” kümmere”"))
        #expect(node.stdout.contains("Placement inferred: an example of the P.P.P.S. thesis"))
        #expect(node.stdout.contains("Rank by measure:"))
        let edge = try runCircle(["explain", "kulturelle_veraenderung>unternehmenskultur", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(edge.stdout.utf8)) as? [String: Any])
        #expect(object["evidence"] as? String == "inferred")
        #expect((object["basis"] as? [String])?.first?.contains("als Voraussetzung und oder Folge") == true)
        #expect((object["influence"] as? [String: Any])?["ruleWeight"] as? Double == 1)
        #expect(object["reinforcingLoops"] as? Int == reference.scenarios["neglect-culture"]!.reinforcingBroken)
        let file = try writeScratch("own.yaml", Self.own)
        let mine = try runCircle(["explain", "guidelines>krise", file])
        #expect(mine.status == 0 && mine.stdout.contains("Inferred: Regeln helfen in der Krise"))
        #expect(mine.stdout.contains("rests on: “Regeln sind gut”"))
        #expect(try runCircle(["explain", "kulturr", file]).stderr.contains("did you mean 'kultur'?"))
        #expect(try runCircle(["explain", "kultur>krise", file]).status == 64)
        #expect(try runCircle(["explain", ">", file]).status == 64)
    }

    @Test func theStatedLayerAloneAsNetworkXCountsIt() throws {
        let stated = try runCircle(["loops", "--evidence", "stated", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(stated.stdout.utf8)) as? [String: Any])
        #expect(object["reinforcing"] as? Int == reference.statedLayer.loops.reinforcing)
        #expect(object["balancing"] as? Int == reference.statedLayer.loops.balancing)
        let info = try runCircle(["info", "--evidence", "stated", "--format", "json"])
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(info.stdout.utf8)) as? [String: Any])
        #expect(summary["activeEdges"] as? Int == reference.statedLayer.activeEdges)
        let file = try writeScratch("own-layer.yaml", Self.own)
        let mine = try runCircle(["loops", "--evidence", "stated", file])
        #expect(mine.status == 0 && mine.stdout.hasPrefix("0 loops"))
        #expect(try runCircle(["loops", "--evidence", "inferred", file]).stdout.hasPrefix("0 loops"))
        #expect(try runCircle(["loops", "--evidence", "all", file]).stdout.hasPrefix("1 loops"))
        let bare = try writeScratch("bare.csv", "source,target\na,b\n")
        let refused = try runCircle(["analyze", "--evidence", "stated", bare])
        #expect(refused.status == 64 && refused.stderr.contains("no edge belongs to the stated evidence layer"))
    }

    @Test func analyzeSaysWhatHoldsOnTheStatedLayer() throws {
        let run = try runCircle(["analyze", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let evidence = try #require(object["evidence"] as? [String: Any])
        #expect(evidence["stated"] as? Int == reference.statedLayer.activeEdges)
        let findings = try #require(evidence["findings"] as? [[String: Any]])
        // The self-reinforcing loop of the P.P.P.S. is stated link by link; the polarity finding names both layers.
        #expect(findings.contains { ($0["subject"] as? String)?.hasPrefix("R: Social werden") == true && $0["holdsOnStated"] as? Bool == true })
        #expect(findings.contains { $0["kind"] as? String == "polarity" })
        let table = try runCircle(["analyze"])
        #expect(table.stdout.contains("On the stated edges alone"))
    }

    @Test func loopsCarryEachLinksEvidence() throws {
        let run = try runCircle(["loops", "--limit", "1", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let loop = try #require((object["loops"] as? [[String: Any]])?.first)
        #expect(loop["evidence"] as? String == "stated")
        let edges = try #require(loop["edges"] as? [[String: Any]])
        #expect(edges.count == 3 && edges.allSatisfy { $0["quote"] is String })
    }

    @Test func svgTooltipsShowTheTextBehindEachElement() throws {
        #expect(try runCircle(["render", "-o", "tooltips.svg"]).status == 0)
        let svg = try String(contentsOf: scratchFolder.appending(path: "tooltips.svg"), encoding: .utf8)
        #expect(svg.contains("xlink:title=\"Licence to operate&#10;stated: “Je mehr ich mich um die “Licence to operate” kümmere”"))
        #expect(svg.contains("inferred: cultural change changes the corporate culture"))
        let file = try writeScratch("own-svg.yaml", Self.own)
        #expect(try runCircle(["render", file, "-o", "own.svg"]).status == 0)
        let own = try String(contentsOf: scratchFolder.appending(path: "own.svg"), encoding: .utf8)
        #expect(own.contains("xlink:title=\"Kultur&#10;stated: “Kultur ist alles”\""))
        #expect(own.contains("evidence not given"))
        #expect(try runCircle(["render", file, "-o", "own.dot"]).status == 0)
        let dot = try String(contentsOf: scratchFolder.appending(path: "own.dot"), encoding: .utf8)
        #expect(dot.contains("\"tooltip\"=\"guidelines → krise (+1)\\ninferred: Regeln helfen in der Krise\\n  rests on: “Regeln sind gut”\""))
    }
}

@Suite("Same input, same bytes")
struct DeterminismTests {
    /// Each command runs in three separate processes (each with its own hash seed); the
    /// outputs must be byte-identical.
    @Test(arguments: [
        ["analyze"], ["analyze", "--format", "json"], ["analyze", "--format", "csv"],
        ["loops", "--format", "json"], ["clusters", "--format", "csv"], ["centrality", "--measure", "all", "--format", "csv"],
        ["whatif", "--remove", "unternehmenskultur", "--format", "json"], ["whatif", "--sweep", "single", "--format", "csv"],
        ["explain", "wissens_transfer"], ["micmac", "--format", "csv"], ["breakers", "--format", "json"],
    ])
    func textOutputs(arguments: [String]) throws {
        let runs = try (0..<3).map { _ in try runCircle(arguments) }
        #expect(runs.allSatisfy { $0.status == 0 })
        #expect(Set(runs.map(\.stdout)).count == 1, "\(arguments.joined(separator: " ")) differs between processes")
    }

    @Test(arguments: ["svg", "png", "dot", "pdf"])
    func drawings(format: String) throws {
        var outputs: [Data] = []
        for run in 0..<3 {
            let name = "same-\(run).\(format)"
            let result = try runCircle(["render", "--color-by", "cluster", "--size-by", "betweenness", "-o", name])
            #expect(result.status == 0, "\(result.stderr)")
            outputs.append(try Data(contentsOf: scratchFolder.appending(path: name)))
        }
        #expect(Set(outputs).count == 1, "\(format) differs between processes")
    }
}

@Suite("Undirected inputs and weights")
struct UndirectedInputTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "GraphAlgorithmsTests/Fixtures/centrality.json")

    /// Zachary's karate club as a DOT `graph` (each link once): weighted betweenness,
    /// closeness and strength equal NetworkX's on the undirected graph, with and without
    /// --undirected (a link is never counted twice).
    @Test(arguments: [[], ["--undirected"]])
    func anUndirectedDOTGraphIsMeasuredAsNetworkXMeasuresIt(extra: [String]) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures)) as? [String: Any]
        let karate = try #require((object?["graphs"] as? [String: Any])?["karate"] as? [String: Any])
        let edges = try #require(karate["edges"] as? [[Any]])
        let measures = try #require(karate["measures"] as? [String: [String: Double]])
        let dot = "graph karate {\n" + edges.map { "  \"\($0[0])\" -- \"\($0[1])\" [weight=\($0[2])]" }.joined(separator: "\n") + "\n}\n"
        let file = try writeScratch("karate.dot", dot)
        let run = try runCircle(["centrality", file, "--measure", "betweenness,closeness,strength,pagerank",
                                 "--format", "csv"] + extra)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n").dropFirst()
        #expect(lines.count == 34)
        for line in lines {
            let fields = line.split(separator: ",").map(String.init)
            let id = fields[0]
            #expect(abs(Double(fields[1])! - measures["betweenness"]![id]!) < 1e-9, "betweenness \(id)")
            #expect(abs(Double(fields[2])! - measures["closeness"]![id]!) < 1e-9, "closeness \(id)")
            #expect(abs(Double(fields[3])! - measures["strength"]![id]!) < 1e-9, "strength \(id)")
            #expect(abs(Double(fields[4])! - measures["pagerank"]![id]!) < 1e-8, "pagerank \(id)")
        }
    }

    /// --weight-as changes only how path measures read weights: PageRank stays weighted.
    @Test func weightAsNoneLeavesFlowMeasuresWeighted() throws {
        let strength = try runCircle(["centrality", "--measure", "pagerank,eigenvector,katz", "--format", "csv"])
        let none = try runCircle(["centrality", "--measure", "pagerank,eigenvector,katz", "--weight-as", "none", "--format", "csv"])
        #expect(strength.status == 0 && none.stdout == strength.stdout)
        let hops = try runCircle(["centrality", "--measure", "betweenness", "--weight-as", "none", "--format", "csv"])
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.fixtures)) as? [String: Any]
        let seed = try #require(((object?["graphs"] as? [String: Any])?["seed"] as? [String: Any])?["measures"]
            as? [String: [String: Double]])
        for line in hops.stdout.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            #expect(abs(Double(fields[1])! - seed["betweenness_unweighted"]![fields[0]]!) < 1e-9, "\(fields[0])")
        }
    }
}

@Suite("Answers that say what they are")
struct HonestAnswerTests {
    @Test func badNumbersAndEmptyReferencesAreRefusedNotCrashed() throws {
        #expect(try runCircle(["simulate", "--clamp", "social_werden=nan"]).status == 64)
        let range = try runCircle(["simulate", "--clamp", "social_werden=2"])
        #expect(range.status == 64 && range.stderr.contains("between 0 and 1"))
        #expect(try runCircle(["simulate", "--function", "tanh", "--clamp", "social_werden=-1"]).status == 0)
        #expect(try runCircle(["simulate", "--initial", "inf"]).status == 64)
        #expect(try runCircle(["whatif", "--sweep", "single", "--top", "-1"]).status == 64)
        let empty = try runCircle(["whatif", "--add-edge", ""])
        #expect(empty.status == 64 && empty.stderr.contains("FROM>TO"))
        #expect(try runCircle(["whatif", "--add-edge", "a>b>c"]).status == 64)
        #expect(try runCircle(["whatif", "--remove-edge", ">"]).status == 64)
    }

    @Test func signSpellingsMeanTheSameEverywhere() throws {
        // "neg" and the minus sign "−" are negative on the command line as in files.
        for spelling in ["-", "neg", "−", "negative"] {
            let run = try runCircle(["whatif", "--add-edge", "vision_vorantreiben>menschen_aktivieren:1:\(spelling)",
                                     "--compute", "loops", "--format", "json"])
            let diffs = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
            let loops = try #require(diffs.first?["loops"] as? [String: Any])
            #expect(loops["balancingNew"] as? Int == 1, "\(spelling)")
        }
    }

    @Test func oneScenarioJSONCarriesItsImpactAndAddedLabels() throws {
        let run = try runCircle(["whatif", "--include", "kostenfuehrerschaft,crowd_support", "--format", "json"])
        let diff = try #require((try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])?.first)
        #expect(diff["impact"] is Double)
        #expect(diff["addedLabels"] as? [String] == ["Kostenführerschaft", "Crowd-Support"])
        let table = try runCircle(["whatif", "--include", "kostenfuehrerschaft,crowd_support"])
        #expect(table.stdout.contains("Added: Kostenführerschaft, Crowd-Support"))
    }

    @Test func aReweightedLoopLosesGainAndAFlippedOneChangesPolarity() throws {
        let halved = try runCircle(["whatif", "--set-weight", "social_werden>menschen_aktivieren=1.5", "--compute", "loops",
                                    "--format", "json"])
        let diff = try #require((try JSONSerialization.jsonObject(with: Data(halved.stdout.utf8)) as? [[String: Any]])?.first)
        let loops = try #require(diff["loops"] as? [String: Any])
        #expect((loops["reinforcingGainLostShare"] as? Double ?? 0) > 0)
        #expect(loops["changedLoops"] as? Int == 7)
        let flipped = try runCircle(["whatif", "--set-sign", "social_werden>menschen_aktivieren=-", "--compute", "loops"])
        #expect(flipped.stdout.contains("7 turned balancing"))
    }

    @Test func micmacSaysWhenAMapHasNoLoops() throws {
        let chain = try writeScratch("chain.csv", "source,target\na,b\nb,c\nc,d\n")
        let run = try runCircle(["micmac", chain])
        #expect(run.status == 0)
        #expect(run.stdout.contains("no feedback loop") && !run.stdout.contains("(rankings stable)"))
    }

    @Test func budgetsAreHonouredAndSaid() throws {
        var complete = "source,target\n"
        for i in 0..<9 { for j in 0..<9 where i != j { complete += "k\(i),k\(j)\n" } }
        let file = try writeScratch("k9.csv", complete)
        let start = ContinuousClock.now
        let run = try runCircle(["breakers", file, "--time-budget", "1", "--format", "json"])
        #expect(run.status == 0)
        // One budget for the whole search. Before the fix the clean-up step was quadratic and
        // took 80 s (release) on these 125,664 loops; now 1.4 s (release), about 5 s in a debug
        // build: the bound only catches a return of the quadratic step.
        #expect(ContinuousClock.now - start < .seconds(20))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["edgesProvenMinimal"] as? Bool == false)
        let sweep = try runCircle(["whatif", "--sweep", "pairs", "--time-budget", "0.001", "--format", "json"])
        let result = try #require(try JSONSerialization.jsonObject(with: Data(sweep.stdout.utf8)) as? [String: Any])
        #expect((result["stoppedEarly"] as? String)?.contains("the ranking covers those only") == true)
        #expect(sweep.stderr.contains("time budget ran out"))
    }
}

@Suite("Safe output")
struct OutputSafetyTests {
    func status(of path: URL) -> (type: mode_t, mode: mode_t)? {
        var info = stat()
        guard lstat(path.path, &info) == 0 else { return nil }
        return (info.st_mode & S_IFMT, info.st_mode & 0o7777)
    }

    @Test func onlyRegularFilesAreReplaced() throws {
        let folder = scratchFolder.appending(path: "safety-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A FIFO is refused before it is opened, and stays a FIFO.
        let fifo = folder.appending(path: "pipe.svg")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        let onFIFO = try runCircle(["render", "-o", fifo.path])
        #expect(onFIFO.status == 73 && onFIFO.stderr.contains("it is a FIFO"))
        #expect(status(of: fifo)?.type == S_IFIFO)
        // A read-only file is refused and left as it is.
        let readOnly = folder.appending(path: "kept.svg")
        try "old".write(to: readOnly, atomically: false, encoding: .utf8)
        chmod(readOnly.path, 0o444)
        let onReadOnly = try runCircle(["render", "-o", readOnly.path])
        #expect(onReadOnly.status == 73 && onReadOnly.stderr.contains("read-only"))
        #expect(try String(contentsOf: readOnly, encoding: .utf8) == "old")
        // A folder, a missing folder, a dangling link: refused.
        let folderNamedLikeAFile = folder.appending(path: "dir.svg")
        try FileManager.default.createDirectory(at: folderNamedLikeAFile, withIntermediateDirectories: true)
        #expect(try runCircle(["render", "-o", folderNamedLikeAFile.path]).stderr.contains("it is a folder"))
        #expect(try runCircle(["render", "-o", folder.appending(path: "missing/x.svg").path]).status == 73)
        let dangling = folder.appending(path: "dangling.svg")
        #expect(symlink(folder.appending(path: "nowhere.svg").path, dangling.path) == 0)
        #expect(try runCircle(["render", "-o", dangling.path]).stderr.contains("symbolic link to nothing"))
        // A link to a regular file is followed: the file is replaced, keeps its permissions, the link stays.
        let target = folder.appending(path: "target.svg")
        try "old".write(to: target, atomically: false, encoding: .utf8)
        chmod(target.path, 0o640)
        let link = folder.appending(path: "link.svg")
        #expect(symlink(target.path, link.path) == 0)
        #expect(try runCircle(["render", "-o", link.path]).status == 0)
        #expect(status(of: link)?.type == S_IFLNK)
        #expect(status(of: target)?.mode == 0o640)
        #expect(try String(contentsOf: target, encoding: .utf8).contains("<svg"))
        // No partial files are left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasSuffix(".partial") })
    }

    /// A full disk, simulated in a temporary folder: a file-size limit of one block, with
    /// SIGXFSZ ignored so the write fails with EFBIG instead of killing the process. (The
    /// thread sanitizer's runtime cannot start under such a limit: skipped there.)
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CIRCLE_SANITIZER"] != "thread",
                   "the thread sanitizer's runtime needs more than one block of file size"))
    func aFailedWriteToStandardOutputIsAnError() throws {
        let out = scratchFolder.appending(path: "full-\(UUID().uuidString).json").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -f 1; trap '' XFSZ; exec \"$0\" analyze --format json > \"$1\"",
                             circleExecutable.path, out]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 74)
        #expect(message.contains("cannot write the results to standard output"))
    }

    @Test func aClosedPipeEndsQuietly() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "\"$0\" centrality --measure all | head -c 1 > /dev/null", circleExecutable.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(message.isEmpty)
    }

    @Test func scriptsWriteOnlyInsideTheirFolder() throws {
        let folder = scratchFolder.appending(path: "scripts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = folder.appending(path: "escape.yaml")
        try "scenarios:\n  - name: x\n    remove: [unternehmenskultur]\n    output: ../escaped.json\n"
            .write(to: script, atomically: true, encoding: .utf8)
        let refused = try runCircle(["whatif", "--script", script.path])
        #expect(refused.status == 65 && refused.stderr.contains("escape.yaml:4:13: error: output '../escaped.json' is outside"))
        #expect(!FileManager.default.fileExists(atPath: scratchFolder.appending(path: "escaped.json").path))
        #expect(try runCircle(["whatif", "--script", script.path, "--outputs-anywhere"]).status == 0)
    }
}

/// docs/ERRORS.md's input table, row by row: the same inputs, the same exit codes, the same
/// first line of the answer.
@Suite("Hostile input (docs/ERRORS.md)")
struct HostileInputTests {
    static let inputs: [String: [UInt8]] = {
        var big = "source,target\n"
        for i in 0..<100_000 { big += "n\(i),n\((i * 7 + 1) % 100_000)\n" }
        let bomb = """
            a: &a ["x","x","x","x","x","x","x","x","x"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            nodes: *e

            """
        return [
            "trunc.yaml": Array("nodes:\n  - {id: a\n".utf8),
            "garbage.yaml": [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE],
            "utf8.yaml": Array("nodes: [{id: \"a".utf8) + [0xFF] + Array("\"}]\n".utf8),
            "bom.yaml": [0xEF, 0xBB, 0xBF] + Array("nodes: [{id: a}]\n".utf8),
            "crlf.csv": Array("source,target\r\na,b\r\n".utf8),
            "long.csv": Array(("source,target\na," + String(repeating: "b", count: 10_000_000) + "\n").utf8),
            "big.csv": Array(big.utf8),
            "dup.yaml": Array("nodes: [{id: a}, {id: a}]\n".utf8),
            "missing.yaml": Array("nodes: [{id: a}]\nedges: [{from: a, to: zz}]\n".utf8),
            "nan.yaml": Array("nodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b, weight: .nan}]\n".utf8),
            "inf.yaml": Array("nodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b, weight: 1e400}]\n".utf8),
            "zero.yaml": Array("nodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b, weight: 0}]\n".utf8),
            "neg.yaml": Array("nodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b, weight: -2}]\n".utf8),
            "self.yaml": Array("nodes: [{id: a}]\nedges: [{from: a, to: a}]\n".utf8),
            "multi.yaml": Array("nodes: [{id: a}, {id: b}]\nedges: [{from: a, to: b}, {from: a, to: b}]\n".utf8),
            "empty.yaml": Array("nodes: []\n".utf8),
            "noedges.yaml": Array("nodes: [{id: a}, {id: b}]\n".utf8),
            "zero.csv": [],
            "deep.yaml": Array(("nodes: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n").utf8),
            "bomb.yaml": Array(bomb.utf8),
        ]
    }()

    /// (file, exit code, first line) of every input row of docs/ERRORS.md.
    static let rows: [(file: String, status: Int32, line: String)] = {
        let text = (try? String(contentsOf: TestPaths.file("docs/ERRORS.md"), encoding: .utf8)) ?? ""
        let inputs = text.components(separatedBy: "## Outputs").first ?? ""
        return inputs.split(separator: "\n").compactMap { line -> (String, Int32, String)? in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 6, let status = Int32(cells[3]), cells[2].hasPrefix("`") else { return nil }
            let file = String(cells[2].dropFirst().prefix { $0 != "`" })
            return (file, status, String(cells[4].dropFirst().dropLast()))
        }
    }()

    @Test func everyInputRowIsTested() {
        #expect(Self.rows.count == Self.inputs.count)
        #expect(Set(Self.rows.map(\.file)) == Set(Self.inputs.keys))
    }

    @Test(arguments: rows.map(\.file))
    func theToolSaysWhatTheTableSays(file: String) throws {
        let row = try #require(Self.rows.first { $0.file == file })
        let folder = scratchFolder.appending(path: "hostile")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(try #require(Self.inputs[file])).write(to: folder.appending(path: file))
        let run = try runCircle(["validate", file], in: folder)
        #expect(run.status == row.status, "\(file)")
        let answer = (run.stderr.isEmpty ? run.stdout : run.stderr).split(separator: "\n").first.map(String.init) ?? ""
        #expect(answer == row.line, "\(file)")
    }
}

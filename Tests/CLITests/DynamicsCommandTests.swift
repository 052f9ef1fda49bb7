import Foundation
import TestSupport
import Testing

/// A reference fixture of Tests/GraphAlgorithmsTests/Fixtures (Scripts/reference/
/// fcm_dematel_reference.py), read as plain JSON: the command-line tests need only parts.
private func referenceFixture(_ name: String) throws -> [String: Any] {
    let data = try Data(contentsOf: TestPaths.file("Tests/GraphAlgorithmsTests/Fixtures/\(name)"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

private func rows(_ csv: String) -> [[String]] {
    csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
}

@Suite("circle simulate: start values, holding, trajectories, interventions")
struct SimulateCommandTests {
    @Test(arguments: ["kosko", "modified-kosko", "rescaled"])
    func twoStartedNodesFollowFCMpy(rule: String) throws {
        let maps = try #require(try referenceFixture("fcm.json")["maps"] as? [[String: Any]])
        let seed = try #require(maps.first { $0["name"] as? String == "seed" })
        let runs = try #require(seed["runs"] as? [[String: Any]])
        let reference = try #require(runs.first {
            $0["transfer"] as? String == "sigmoid" && $0["rule"] as? String == rule && $0["hold_sources"] as? Bool == true
        })
        let trajectory = try #require(reference["trajectory"] as? [[Double]])
        let nodes = try #require(seed["nodes"] as? [String])
        let started = try #require(seed["start"] as? [String]).map { "\($0)=1" }.joined(separator: ",")
        let run = try runCircle(["simulate", "--initial", "0", "--initial", started, "--hold-sources", "--rule", rule,
                                 "--threshold", "0.001", "--max-steps", "50", "--trajectory", "seed-\(rule).csv",
                                 "--chart", "seed-\(rule).png"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = rows(try String(contentsOf: scratchFolder.appending(path: "seed-\(rule).csv"), encoding: .utf8))
        #expect(table.first == ["run", "step"] + nodes)
        let states = table.dropFirst().map { $0.dropFirst(2).compactMap(Double.init) }
        #expect(states.count == trajectory.count)
        for (step, (state, expected)) in zip(states, trajectory).enumerated() {
            expectClose(state, expected, 1e-12, "\(rule) step \(step)")
        }
        let png = try Data(contentsOf: scratchFolder.appending(path: "seed-\(rule).png"))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func interventionFileRunsEveryScenarioAgainstOneBaseline() throws {
        let file = TestPaths.file("Datasets/interventions.yaml").path
        let run = try runCircle(["simulate", "--scenarios", file, "--format", "csv", "--chart", "interventions.svg"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = rows(run.stdout)
        #expect(table.first == ["id", "label", "baseline", "change: culture first", "change: social media without culture",
                                "change: becoming social"])
        let change = Dictionary(uniqueKeysWithValues: table.dropFirst().map { ($0[0], $0.dropFirst(3).compactMap(Double.init)) })
        // Culture held at 1 raises it; held at 0 lowers it; the guidelines follow culture.
        #expect((change["unternehmenskultur"]?[0] ?? 0) > 0.4)
        #expect((change["unternehmenskultur"]?[1] ?? 0) < -0.5)
        #expect((change["guidelines"]?[0] ?? 0) > 0 && (change["guidelines"]?[1] ?? 0) < 0)
        let svg = try String(contentsOf: scratchFolder.appending(path: "interventions.svg"), encoding: .utf8)
        #expect(svg.contains("social media without culture") && svg.contains("Unternehmenskultur"))
    }

    @Test func interventionFileProblemsNameTheirPlace() throws {
        let file = try writeScratch("bad-interventions.yaml", """
            scenarios:
              - name: one
                clamp: {unternehmenskulture: 1}
              - name: two
                clamp: {social_werden: 2}
            """)
        let run = try runCircle(["simulate", "--scenarios", file, "--chart", "never.svg"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("bad-interventions.yaml:3:34: error: scenario 'one': no node 'unternehmenskulture' "
            + "in the circle (did you mean 'unternehmenskultur'?)"))
        #expect(run.stderr.contains("bad-interventions.yaml:5:28: error: scenario 'two': 'social_werden' must be between 0 and 1"))
        #expect(!FileManager.default.fileExists(atPath: scratchFolder.appending(path: "never.svg").path))
        let empty = try writeScratch("empty-interventions.yaml", "scenarios:\n  - name: nothing\n")
        #expect(try runCircle(["simulate", "--scenarios", empty]).stderr.contains("sets nothing"))
    }

    @Test func startValuesFromAFile() throws {
        let csv = try writeScratch("start.csv", "id,value\nsocial_werden,1\nunternehmenskultur,1\n")
        let json = try writeScratch("start.json", "{\"social_werden\": 1, \"unternehmenskultur\": 1}")
        let inline = try runCircle(["simulate", "--initial", "0", "--initial", "social_werden=1,unternehmenskultur=1", "--format", "csv"])
        for file in [csv, json] {
            let run = try runCircle(["simulate", "--initial", "0", "--initial-file", file, "--format", "csv"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout == inline.stdout, "\(file)")
        }
        let bad = try writeScratch("bad-start.csv", "id,value\nsocial_werden,high\n")
        let refused = try runCircle(["simulate", "--initial-file", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad-start.csv:2:15: error: the value for 'social_werden' must be a number"))
    }

    @Test func unscaledWeightsMustLieInTheUnitRange() throws {
        let run = try runCircle(["simulate", "--scale", "none"])
        #expect(run.status == 65)
        #expect(run.stderr.contains("above 1") && run.stderr.contains("--scale max-abs"))
        let unit = try writeScratch("unit.csv", "source,target,weight,sign\na,b,0.6,+\nb,c,0.9,-\n")
        #expect(try runCircle(["simulate", unit, "--scale", "none"]).status == 0)
    }
}

@Suite("circle dematel: matrices, threshold, relation map, fuzzy ratings")
struct DematelCommandTests {
    @Test func matricesAsLongCSV() throws {
        let run = try runCircle(["dematel", "--matrices", "N,T", "--format", "csv"])
        #expect(run.status == 0)
        let table = rows(run.stdout)
        #expect(table.first == ["matrix", "from", "to", "value"])
        #expect(table.count == 1 + 2 * reference.activeNodes * reference.activeNodes)
        // T's row sums are D, as the node table reports it.
        let nodes = rows(try runCircle(["dematel", "--format", "csv"]).stdout).dropFirst()
        let given = Dictionary(uniqueKeysWithValues: nodes.map { ($0[0], Double($0[1]) ?? .nan) })
        var sums: [String: Double] = [:]
        for row in table.dropFirst() where row[0] == "T" { sums[row[1], default: 0] += Double(row[3]) ?? .nan }
        for (id, d) in given { #expect(abs((sums[id] ?? .nan) - d) < 1e-12, "\(id)") }
    }

    @Test func relationMapAndThreshold() throws {
        let run = try runCircle(["dematel", "--threshold", "0.05", "--map", "irm.svg", "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["alpha"] as? Double == 0.05)
        let relations = try #require(object["relations"] as? [[String: Any]])
        #expect(relations.allSatisfy { ($0["total"] as? Double ?? 0) > 0.05 })
        let svg = try String(contentsOf: scratchFolder.appending(path: "irm.svg"), encoding: .utf8)
        #expect(svg.contains("α = 0.05") && svg.contains("(\(relations.count) arrows)"))
        #expect(try runCircle(["dematel", "--threshold", "most"]).status == 64)
    }

    @Test func fuzzyFromRatings() throws {
        let ratings = try writeScratch("ratings.csv", """
            expert,from,to,rating
            anna,unternehmenskultur,guidelines,very high
            ben,unternehmenskultur,guidelines,H
            anna,guidelines,social_media_einsatz,3
            ben,guidelines,social_media_einsatz,0.25;0.5;0.75
            """)
        for method in ["cfcs", "componentwise"] {
            let run = try runCircle(["dematel", "--ratings", ratings, "--fuzzy", method, "--format", "json"])
            #expect(run.status == 0, "\(run.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
            #expect(object["method"] as? String == "fuzzy-\(method)")
            #expect(object["experts"] as? Int == 2)
        }
        let bad = try writeScratch("bad-ratings.csv", "expert,from,to,rating\nanna,unternehmenskultur,guidelinez,strong\n")
        let refused = try runCircle(["dematel", "--ratings", bad])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad-ratings.csv:2:36: error: unknown rating 'strong'"))
    }
}

@Suite("circle ratings: an FCM from experts' linguistic ratings")
struct RatingsCommandTests {
    @Test func buildsAMapThatSimulates() throws {
        let ratings = try writeScratch("panel.csv", """
            expert,from,to,rating
            anna,kultur,guidelines,+VH
            ben,kultur,guidelines,+H
            carl,kultur,guidelines,+M
            anna,guidelines,krise,-L
            ben,guidelines,krise,-M
            """)
        let run = try runCircle(["ratings", ratings, "--output-file", "panel.yaml", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let rows = run.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",").map(String.init) }
        #expect(rows.map { [$0[0], $0[1], $0[3]] } == [["kultur", "guidelines", "3"], ["guidelines", "krise", "2"]])
        #expect((Double(rows[0][2]) ?? 0) > 0.5 && (Double(rows[1][2]) ?? 0) < 0)
        let simulated = try runCircle(["simulate", "panel.yaml", "--scale", "none", "--function", "tanh", "--format", "csv"])
        #expect(simulated.status == 0, "\(simulated.stderr)")
        let bad = try writeScratch("bad-panel.csv", "expert,from,to,rating\nanna,kultur,guidelines,+XL\n")
        let refused = try runCircle(["ratings", bad, "--output-file", "never.yaml"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("bad-panel.csv:2:24: error: unknown rating '+XL'"))
        #expect(!FileManager.default.fileExists(atPath: scratchFolder.appending(path: "never.yaml").path))
    }
}

/// pyDEMATEL's documented example through the command line: the matrix as a CSV edge list.
@Suite("circle dematel on pyDEMATEL's documented example")
struct DematelDocumentedExampleTests {
    @Test func aPanelsMeanMatrix() throws {
        // Two experts rate 0.5 and 1.5 times the documented matrix: their mean is the matrix.
        let example = try #require(try referenceFixture("dematel.json")["documented"] as? [String: Any])
        let direct = try #require(example["direct"] as? [[Double]])
        let total = try #require(example["total"] as? [[Double]])
        let n = direct.count
        func matrix(_ factor: Double) -> String {
            ([""] + (1...n).map { "F\($0)" }).joined(separator: ",") + "\n"
                + (0..<n).map { i in (["F\(i + 1)"] + direct[i].map { "\($0 * factor)" }).joined(separator: ",") }
                    .joined(separator: "\n") + "\n"
        }
        let low = try writeScratch("expert-low.csv", matrix(0.5))
        let high = try writeScratch("expert-high.csv", matrix(1.5))
        let run = try runCircle(["dematel", "--expert", low, "--expert", high, "--matrices", "T", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        var values: [String: Double] = [:]
        for row in rows(run.stdout).dropFirst() { values[row[1] + ">" + row[2]] = Double(row[3]) }
        for i in 0..<n {
            for j in 0..<n { #expect(abs((values["F\(i + 1)>F\(j + 1)"] ?? .nan) - total[i][j]) < 1e-12) }
        }
        #expect(try runCircle(["micmac", "--expert", low, "--expert", high]).status == 0)
        #expect(try runCircle(["dematel", "--expert", low]).status == 64)
        let other = try writeScratch("expert-other.csv", ",X,Y\nX,0,1\nY,1,0\n")
        let mismatch = try runCircle(["dematel", "--expert", low, "--expert", other])
        #expect(mismatch.status == 65 && mismatch.stderr.contains("does not rate the same nodes"))
    }

    @Test func matricesEqualPyDEMATEL() throws {
        let example = try #require(try referenceFixture("dematel.json")["documented"] as? [String: Any])
        let direct = try #require(example["direct"] as? [[Double]])
        let normalized = try #require(example["normalized"] as? [[Double]])
        let total = try #require(example["total"] as? [[Double]])
        let n = direct.count
        var csv = "source,target,weight\n"
        for i in 0..<n { for j in 0..<n where direct[i][j] != 0 { csv += "F\(i + 1),F\(j + 1),\(direct[i][j])\n" } }
        let file = try writeScratch("pydematel.csv", csv)
        let run = try runCircle(["dematel", file, "--matrices", "N,T", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        var values: [String: Double] = [:]
        for row in rows(run.stdout).dropFirst() { values[row[0] + row[1] + ">" + row[2]] = Double(row[3]) }
        for i in 0..<n {
            for j in 0..<n {
                #expect(abs((values["NF\(i + 1)>F\(j + 1)"] ?? .nan) - normalized[i][j]) < 1e-12)
                #expect(abs((values["TF\(i + 1)>F\(j + 1)"] ?? .nan) - total[i][j]) < 1e-12)
            }
        }
    }
}

@Suite("--annotate: results as attributes for Gephi, Cytoscape, yEd")
struct AnnotateTests {
    @Test func analyzeWritesTheResultsAsAttributes() throws {
        let run = try runCircle(["analyze", "--annotate", "annotated.json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: scratchFolder.appending(path: "annotated.json"))) as? [String: Any])
        let graph = try #require(object["graph"] as? [String: Any])
        #expect(graph["loops_complete"] as? String == "true")
        let nodes = try #require(object["nodes"] as? [[String: Any]])
        #expect(nodes.count == reference.activeNodes)
        // The centralities are NetworkX's (Scripts/reference/make_fixtures.py).
        let centrality = try referenceFixture("centrality.json")
        let seed = try #require((centrality["graphs"] as? [String: Any])?["seed"] as? [String: Any])
        let measures = try #require(seed["measures"] as? [String: [String: Double]])
        for node in nodes {
            let id = try #require(node["id"] as? String)
            for measure in ["pagerank", "betweenness", "eigenvector", "closeness", "degree", "strength"] {
                let value = try #require(node[measure] as? Double, "\(id) \(measure)")
                #expect(abs(value - (measures[measure]?[id] ?? .nan)) < 1e-9, "\(id) \(measure)")
            }
            #expect(node["cluster"] is Double || node["cluster"] is Int)
            #expect(["influential", "relay", "dependent", "autonomous"].contains(node["micmac_quadrant"] as? String ?? ""))
        }
        // Loops through an edge add up to the loops' lengths: every loop counted once per edge.
        let edges = try #require(object["edges"] as? [[String: Any]])
        let reinforcingEdgeVisits = edges.compactMap { $0["loops_reinforcing"] as? Int }.reduce(0, +)
        let loops = try runCircle(["loops", "--polarity", "reinforcing", "--limit", "1000", "--format", "json"])
        let report = try #require(try JSONSerialization.jsonObject(with: Data(loops.stdout.utf8)) as? [String: Any])
        let lengths = try #require(report["loops"] as? [[String: Any]]).compactMap { ($0["nodes"] as? [String])?.count }
        #expect(lengths.count == reference.loops.reinforcing)
        #expect(reinforcingEdgeVisits == lengths.reduce(0, +))
        #expect(try runCircle(["micmac", "--annotate", "x.txt"]).status == 64)
    }
}

@Suite("circle report")
struct ReportCommandTests {
    @Test func everySectionAndNothingFromTheInputUnescaped() throws {
        let run = try runCircle(["report", "-o", "report.html", "--robustness-runs", "40"])
        #expect(run.status == 0, "\(run.stderr)")
        let html = try String(contentsOf: scratchFolder.appending(path: "report.html"), encoding: .utf8)
        for id in ["circle", "key-nodes", "clusters", "density", "arrangement", "loops", "micmac", "what-if", "robustness",
                   "evidence"] {
            #expect(html.contains("<section id=\"\(id)\">"), "section \(id)")
        }
        #expect(html.contains("So lesen Sie das"))
        #expect(!html.contains("http://") || !html.contains("src=\"http"), "no external resource")
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("40-mal wiederholt") && !html.contains("<section id=\"consensus\">"))
        let english = try runCircle(["report", "--labels", "english", "-o", "report-en.html", "--robustness-runs", "0"])
        #expect(english.status == 0)
        let englishPage = try String(contentsOf: scratchFolder.appending(path: "report-en.html"), encoding: .utf8)
        #expect(englishPage.contains("How to read this") && !englishPage.contains("<section id=\"robustness\">"))

        let hostile = try writeScratch("hostile.yaml", """
            circle: {title: "<script>alert('title')</script>"}
            nodes:
              - {id: a, label: "<script>alert(1)</script>", quote: "</div><img src=x onerror=alert(2)>"}
              - {id: b, label: "Tom & Jerry \\"quoted\\""}
            edges:
              - {from: a, to: b, weight: 2, quote: "<b>bold</b> & more"}
              - {from: b, to: a, weight: 1}
            """)
        let hostileRun = try runCircle(["report", hostile, "-o", "hostile.html", "--robustness-runs", "20"])
        #expect(hostileRun.status == 0, "\(hostileRun.stderr)")
        let page = try String(contentsOf: scratchFolder.appending(path: "hostile.html"), encoding: .utf8)
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<b>bold"))
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
}

@Suite("circle report of a workshop")
struct WorkshopReportTests {
    @Test func consensusSectionWithParticipants() throws {
        let files = ["anna", "ben", "carla"].map { TestPaths.file("Datasets/workshop/\($0).yaml").path }
        #expect(try runCircle(["merge"] + files + ["-o", "workshop.yaml"]).status == 0)
        let run = try runCircle(["report", "workshop.yaml", "--robustness-runs", "20", "-o", "workshop.html"]
            + files.flatMap { ["--participant", $0] })
        #expect(run.status == 0, "\(run.stderr)")
        let page = try String(contentsOf: scratchFolder.appending(path: "workshop.html"), encoding: .utf8)
        #expect(page.contains("<section id=\"consensus\">") && page.contains("Vorzeichen uneins: 2 +, 1 −"))
        #expect(try runCircle(["report", "--participant", files[0], "-o", "one.html"]).status == 64)
    }
}

@Suite("circle robustness and consensus")
struct RobustnessCommandTests {
    @Test func reproducibleFiguresAndClearRefusals() throws {
        let first = try runCircle(["robustness", "--runs", "60", "--seed", "3", "--format", "csv"])
        #expect(first.status == 0, "\(first.stderr)")
        let again = try runCircle(["robustness", "--runs", "60", "--seed", "3", "--format", "csv", "--threads", "1"])
        #expect(first.stdout == again.stdout)
        let table = rows(first.stdout)
        #expect(table.first == ["finding", "subject", "baseline", "holds", "standard_error"])
        #expect(Set(table.dropFirst().map(\.[0])) == ["in_top", "cluster_holds", "loop_stays_strong", "loop_keeps_polarity",
                                                     "keystone_stays"])
        #expect(try runCircle(["robustness", "--runs", "0"]).status == 64)
        #expect(try runCircle(["robustness", "--spread", "-1"]).status == 64)
    }

    @Test func consensusAndAMappingWithAProblem() throws {
        let files = ["anna", "ben", "carla"].map { TestPaths.file("Datasets/workshop/\($0).yaml").path }
        let run = try runCircle(["consensus"] + files + ["--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        let first = try #require(rows(run.stdout).dropFirst().first)
        #expect(first[0] == "disagreement" && first[1] == "kulturelle_veraenderung" && first[2] == "unternehmenskultur")
        let mapping = try writeScratch("labels.csv", "label,id\nUnternehmenskultur,kultur\n,x\n")
        let bad = try runCircle(["consensus"] + files + ["--mapping", mapping])
        #expect(bad.status == 65 && bad.stderr.contains("labels.csv:3:1: error: a row needs both a label and an id"))
    }
}

@Suite("circle merge")
struct MergeCommandTests {
    @Test func mergesTheWorkshopParticipants() throws {
        let files = ["anna", "ben", "carla"].map { TestPaths.file("Datasets/workshop/\($0).yaml").path }
        let run = try runCircle(["merge"] + files + ["--min-agreement", "2", "--format", "csv", "-o", "merged.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
        let table = rows(run.stdout)
        #expect(table.first?.prefix(3) == ["from", "to", "drawn_by"])
        let medium = try #require(table.first { $0[0] == "social_media_medium" && $0[1] == "stakeholder_macht" })
        #expect(medium[10] == "true" && medium[2] == "3")
        let merged = try runCircle(["validate", "merged.yaml"])
        #expect(merged.status == 0 && merged.stdout.contains("59 edges"), "\(merged.stdout)")
        // Agreement drawn: a conflict purple with ±, an edge one of three drew dotted, and the legend.
        let drawn = try runCircle(["merge"] + files + ["--render", "agreement.svg"])
        #expect(drawn.status == 0, "\(drawn.stderr)")
        let svg = try String(contentsOf: scratchFolder.appending(path: "agreement.svg"), encoding: .utf8)
        #expect(svg.contains("#cc79a7") && svg.contains(">±<"))
        #expect(svg.contains("stroke-dasharray=\"1,5\""))
        #expect(svg.contains("violett ±: uneins über das Vorzeichen") && svg.contains("anna + ben + carla"))
        #expect(try runCircle(["merge", files[0]]).status == 64)
        #expect(try runCircle(["merge"] + files + ["--min-agreement", "4"]).status == 64)
    }
}

@Suite("circle compare")
struct CompareCommandTests {
    @Test func namesSignAndLoopDisagreements() throws {
        let files = ["anna", "ben", "carla"].map { TestPaths.file("Datasets/workshop/\($0).yaml").path }
        let run = try runCircle(["compare"] + files)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("anna and ben:") && run.stdout.contains("anna and carla:") && run.stdout.contains("ben and carla:"))
        #expect(run.stdout.contains("kulturelle_veraenderung>unternehmenskultur (+ vs -)"))
        #expect(run.stdout.contains("menschen_aktivieren → vision_vorantreiben → social_werden: anna R, carla —"))
        let csv = rows(try runCircle(["compare", files[0], files[2], "--format", "csv"]).stdout)
        #expect(csv.count == 2 && csv[1][10] == "1")
        #expect(try runCircle(["compare", files[0]]).status == 64)
    }
}

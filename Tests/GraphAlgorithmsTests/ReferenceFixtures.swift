import Foundation
import GraphAlgorithms
import StrategyModel

/// Reference values computed by NetworkX/igraph (Scripts/reference/make_fixtures.py).
struct CentralityFixture: Decodable {
    struct Graph: Decodable {
        var directed: Bool
        var nodes: [String]
        var edges: [[EdgeField]]
        var katz_alpha: Double
        var spectral_radius: Double
        var personalized_node: String
        var measures: [String: [String: Double]]

        /// The fixture's graph as the algorithms see it (undirected graphs list each edge once).
        var view: GraphView {
            let adjacency = fixtureAdjacency(nodes: nodes, edges: edges)
            return directed ? GraphView(directed: adjacency) : GraphView.undirected(adjacency)
        }

        /// A measure as an array in node order.
        func values(_ measure: String) -> [Double]? {
            guard let map = measures[measure] else { return nil }
            return nodes.map { map[$0] ?? .nan }
        }
    }

    enum EdgeField: Decodable {
        case text(String), number(Double)
        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Double.self) { self = .number(value) } else {
                self = .text(try container.decode(String.self))
            }
        }
        var text: String { if case let .text(t) = self { return t } else { return "" } }
        var number: Double { if case let .number(n) = self { return n } else { return .nan } }
    }

    var graphs: [String: Graph]
}

struct CommunityFixture: Decodable {
    struct Graph: Decodable {
        var nodes: [String]
        var best_louvain_modularity_over_10_seeds: Double
        var fixed_partition: [String: Int]
        var fixed_partition_modularity: Double
        var fixed_partition_modularity_resolution_0_5: Double
        var fixed_partition_signed_modularity: Double
        var best_partition: [String: Int]
        var nmi_fixed_vs_best: Double
        var ari_fixed_vs_best: Double
    }

    var graphs: [String: Graph]
}

struct CycleFixture: Decodable {
    struct Graph: Decodable {
        var nodes: [String]
        var edges: [[CentralityFixture.EdgeField]]
        var counts_by_length_bound: [String: Int]
        var total: Int?
        var cycles: [[String]]?

        var adjacency: Adjacency { fixtureAdjacency(nodes: nodes, edges: edges) }
    }

    var graphs: [String: Graph]
}

struct StructureFixture: Decodable {
    struct DematelExample: Decodable {
        var factors: [String]
        var direct: [[Double]]
        var published_normalized: [[Double]]
        var k: Double
        var total: [[Double]]
        var given: [Double]
        var received: [Double]
        var micmac_power_2: Sums
        var micmac_power_5: Sums
    }

    struct Sums: Decodable {
        var influence: [Double]
        var dependence: [Double]
    }

    struct Dematel: Decodable {
        var k: Double
        var total: [[Double]]
        var given: [Double]
        var received: [Double]
    }

    struct Seed: Decodable {
        var nodes: [String]
        var dematel: Dematel
        var micmac_powers: [String: Sums]
    }

    var dematel_example: DematelExample
    var seed: Seed
}

/// A fixture's edge list ([source, target, weight, sign] rows) as a CSR adjacency.
func fixtureAdjacency(nodes: [String], edges: [[CentralityFixture.EdgeField]]) -> Adjacency {
    let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, Int32($0)) })
    return Adjacency(nodeCount: nodes.count, sources: edges.map { index[$0[0].text] ?? -1 },
                     targets: edges.map { index[$0[1].text] ?? -1 }, weights: edges.map { $0[2].number },
                     signs: edges.map { Int8($0[3].number) })
}

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Fixtures")

    static let centrality: CentralityFixture = load("centrality.json")
    static let communities: CommunityFixture = load("communities.json")
    static let cycles: CycleFixture = load("cycles.json")
    static let structure: StructureFixture = load("structure.json")
    static let fcm: FCMFixture = load("fcm.json")
    static let dematel: DematelFixture = load("dematel.json")

    private static func load<T: Decodable>(_ name: String) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(contentsOf: folder.appending(path: name)))
        } catch {
            preconditionFailure("fixture \(name) does not load: \(error)")
        }
    }

    static let graphNames = ["karate", "florentine", "random_signed", "seed", "tied_paths"]
}

/// FCMpy's trajectories (Scripts/reference/fcm_dematel_reference.py).
struct FCMFixture: Decodable {
    struct Map: Decodable {
        var name: String
        var nodes: [String]
        var edges: [[CentralityFixture.EdgeField]]
        var scaling: String
        var start: [String]
        var threshold: Double
        var max_steps: Int
        var runs: [Run]

        /// The map with signed weights as fixture edges [from, to, signed weight].
        var adjacency: Adjacency {
            fixtureAdjacency(nodes: nodes, edges: edges.map { e in
                [e[0], e[1], .number(abs(e[2].number)), .number(e[2].number < 0 ? -1 : 1)]
            })
        }
    }

    struct Run: Decodable {
        var transfer: String
        var rule: String
        var hold_sources: Bool
        var trajectory: [[Double]]
    }

    var maps: [Map]
}

/// pyDEMATEL's matrices (Scripts/reference/fcm_dematel_reference.py).
struct DematelFixture: Decodable {
    struct Crisp: Decodable {
        var direct: [[Double]]
        var normalized: [[Double]]
        var total: [[Double]]
        var given: [Double]
        var received: [Double]
    }

    struct Fuzzy: Decodable {
        var ratings: [[[Double]]]
        var given: [Double]
        var received: [Double]
        var prominence: [Double]
        var relation: [Double]
    }

    var documented: Crisp
    var random: [Crisp]
    var fuzzy: Fuzzy
}

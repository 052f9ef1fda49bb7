// Times StrategyCircle's loaders and algorithms on the graph files Scripts/bench/run.sh
// generates, and prints one JSON line per measurement (median of repeats, in seconds).
//
// Usage: bench FOLDER [TASKS.json]   (FOLDER holds graph-*.csv and, by default, tasks.json;
// run.sh gives each cell its own process and tasks file)
//
// Beside the time, a line may carry "check": what report.py compares with the peers' results
// (PageRank: the converged vector by node id, written to FOLDER/results; SCC: the sorted component
// sizes; Louvain and Leiden: the partition's modularity on the undirected graph with pair
// weights summed and every sign read as + , as the peers see the file).
import Foundation
import GraphAlgorithms
import GraphFormats
import StrategyModel

struct Task: Decodable {
    var graph: String
    var algorithm: String
    var repeats: Int
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func time(_ repeats: Int, _ body: () throws -> Void) rethrows -> Double {
    var samples: [Double] = []
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        samples.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    return median(samples)
}

let folder = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ".")

/// Writes a vector as a JSON object from node id to value into FOLDER/results.
func writeVector(_ values: [Double], ids: [String], to name: String) throws {
    let results = folder.appending(path: "results")
    try FileManager.default.createDirectory(at: results, withIntermediateDirectories: true)
    let object = Dictionary(uniqueKeysWithValues: zip(ids, values))
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: results.appending(path: name))
}
let tasksFile = CommandLine.arguments.count > 2 ? URL(fileURLWithPath: CommandLine.arguments[2])
    : folder.appending(path: "tasks.json")
let tasks = try JSONDecoder().decode([Task].self, from: Data(contentsOf: tasksFile))
var loaded: [String: StrategyCircle] = [:]
var sink = 0.0
for task in tasks {
    let path = folder.appending(path: "\(task.graph).csv").path
    if loaded[task.graph] == nil { loaded[task.graph] = try CircleLoader.load(path: path) }
    guard let circle = loaded[task.graph] else { continue }
    let directed = GraphView(directed: circle.adjacency)
    // The peers read the weight column alone (signs ignored): the same graph for clusters.
    let unsigned = Adjacency(nodeCount: circle.adjacency.nodeCount, sources: circle.adjacency.edgeSources,
                             targets: circle.adjacency.edgeTargets, weights: circle.adjacency.edgeWeights,
                             signs: [Int8](repeating: 1, count: circle.adjacency.edgeCount))
    let seconds: Double
    var check = ""
    switch task.algorithm {
    case "load_csv":
        seconds = try time(task.repeats) { sink += Double(try CircleLoader.load(path: path).edges.count) }
    case "pagerank":
        seconds = try time(task.repeats) { sink += try Spectral.pageRank(directed, tolerance: 1e-6)[0] }
        // Checked converged (tolerance 1e-15, the library's default) against igraph's exact
        // solve; the timed run stops at NetworkX's and NetworKit's 1e-6, as theirs do.
        let ranks = try Spectral.pageRank(directed)
        try writeVector(ranks, ids: circle.nodes.map(\.id), to: "pagerank-\(task.graph)-StrategyCircle.json")
        check = ", \"check\": \"results/pagerank-\(task.graph)-StrategyCircle.json\""
    case "scc":
        seconds = time(task.repeats) { sink += Double(StronglyConnectedComponents(circle.adjacency).count) }
        let sizes = StronglyConnectedComponents(circle.adjacency).members.map(\.count).sorted(by: >)
        check = ", \"check\": \(sizes)"
    case "betweenness":
        seconds = time(task.repeats) { sink += Betweenness.compute(directed, edges: false).nodes[0] }
    case "betweenness_1thread":
        seconds = time(task.repeats) { sink += Betweenness.compute(directed, threads: 1, edges: false).nodes[0] }
    case "betweenness_unweighted":
        seconds = time(task.repeats) { sink += Betweenness.compute(directed, weighting: .unweighted, edges: false).nodes[0] }
    case "betweenness_unweighted_1thread":
        seconds = time(task.repeats) {
            sink += Betweenness.compute(directed, weighting: .unweighted, threads: 1, edges: false).nodes[0]
        }
    case "closeness":
        seconds = time(task.repeats) { sink += Closeness.closeness(directed)[0] }
    case "louvain":
        let network = SynergyNetwork(unsigned)
        seconds = time(task.repeats) { sink += Double(Louvain.clusters(network, seed: 1).count) }
        check = ", \"check\": \(Modularity.of(Louvain.clusters(network, seed: 1), in: network))"
    case "leiden":
        let network = SynergyNetwork(unsigned)
        seconds = time(task.repeats) { sink += Double(Leiden.clusters(network, seed: 1).count) }
        check = ", \"check\": \(Modularity.of(Leiden.clusters(network, seed: 1), in: network))"
    case let name where name.hasPrefix("cycles_"):
        let bound = Int(name.dropFirst("cycles_".count))
        seconds = time(task.repeats) {
            sink += Double(LoopSearch.count(circle.adjacency, limits: .init(maxLength: bound)).1)
        }
    default:
        continue
    }
    print("{\"tool\": \"StrategyCircle\", \"graph\": \"\(task.graph)\", \"algorithm\": \"\(task.algorithm)\", \"seconds\": \(seconds)\(check)}")
}
FileHandle.standardError.write(Data("checksum \(sink)\n".utf8))

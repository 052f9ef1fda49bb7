import ArgumentParser
import StrategyAnalysis
import StrategyModel

/// Options shared by commands that find synergy clusters.
struct ClusterArguments: ParsableArguments {
    @Option(help: "Cluster method: leiden, louvain or labelprop.")
    var algorithm: ClusterAlgorithm = .leiden

    @Option(help: "Modularity resolution γ: above 1 gives more, smaller clusters.")
    var resolution: Double = 1

    @Option(help: "Seed for the random node order (same seed, same clusters).")
    var seed: UInt64 = 1

    @Flag(help: "Weigh negative ties (signed modularity, Gómez et al. 2009) instead of ignoring them.")
    var signed = false

    func validate() throws {
        guard resolution.isFinite, resolution > 0 else { throw ValidationError("--resolution must be a positive number") }
    }

    var options: ClusterOptions {
        var options = ClusterOptions()
        options.algorithm = algorithm
        options.resolution = resolution
        options.seed = seed
        options.signed = signed
        return options
    }
}

extension ClusterAlgorithm: ExpressibleByArgument {}

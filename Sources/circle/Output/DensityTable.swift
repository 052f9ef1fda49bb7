import ArgumentParser
import StrategyAnalysis
import StrategyModel

/// The density table and matrix, as `density` and `analyze` print them.
func printDensityTable(_ density: SynergyDensity, adjacency: SectorAdjacency?) {
    var groups = TextTable([(density.grouping.capitalized, .left), ("Nodes", .right), ("Synergy", .right),
                            ("Tension", .right), ("Density", .right)])
    for group in density.groups where group.nodes > 0 {
        groups.add([group.label, "\(group.nodes)", short(group.synergy), short(group.tension), short(group.density)])
    }
    print(groups.render())
    print("\nDensity between groups (synergy per possible pair):")
    let shown = density.groups.indices.filter { density.groups[$0].nodes > 0 }
    var matrix = TextTable([("", .left)] + shown.map { (density.groups[$0].id, TextTable.Alignment.right) })
    for a in shown {
        matrix.add([density.groups[a].id] + shown.map { short(density.between[a][$0]) })
    }
    print(matrix.render())
    print("\nOverall synergy density: \(short(density.overallDensity))")
    if let adjacency {
        print("""
            Synergy between neighbouring sectors: \(percent(adjacency.adjacentShare)) of all synergy between \
            sectors (\(short(adjacency.adjacentSynergy)) of \(short(adjacency.adjacentSynergy + adjacency.distantSynergy))); \
            \(percent(adjacency.expectedShare)) if it were spread evenly.
            """)
    }
}

func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

// swift-tools-version: 6.1
// Benchmarks for StrategyCircle's algorithms; run through Scripts/bench/run.sh, which also
// times igraph and NetworkX on the same files. Kept apart so `swift test` never builds it.
import PackageDescription

let package = Package(
    name: "bench",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "bench",
            dependencies: [
                .product(name: "GraphAlgorithms", package: "main"),
                .product(name: "GraphFormats", package: "main"),
                .product(name: "StrategyModel", package: "main"),
            ],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        )
    ],
    swiftLanguageModes: [.v6]
)

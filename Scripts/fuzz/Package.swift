// swift-tools-version: 6.1
// libFuzzer targets for every reader of StrategyCircle; run through Scripts/fuzz/run.sh.
// Kept apart so `swift test` never builds them (they need -sanitize=fuzzer).
import PackageDescription

let readers: [(name: String, module: String)] = [
    ("fuzz-circle-file", "GraphFormats"), ("fuzz-csv", "GraphFormats"), ("fuzz-dot", "GraphFormats"),
    ("fuzz-script", "GraphFormats"), ("fuzz-side-files", "GraphFormats"),
    ("fuzz-interchange", "GraphFormats"),
]

let package = Package(
    name: "fuzz",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "StrategyCircle", path: "../..")],
    targets: [.target(name: "FuzzDriver")] + readers.map { reader in
        .executableTarget(
            name: reader.name,
            dependencies: ["FuzzDriver", .product(name: reader.module, package: "StrategyCircle")],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        )
    },
    swiftLanguageModes: [.v6]
)

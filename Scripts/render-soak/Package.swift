// swift-tools-version: 6.1
// Renders the built-in circle many times in one process and reports memory growth.
// Run through Scripts/render-soak.sh; kept apart so `swift test` never builds it.
import PackageDescription

let package = Package(
    name: "render-soak",
    platforms: [.macOS(.v15)],
    dependencies: [.package(path: "../..")],
    targets: [
        .executableTarget(
            name: "render-soak",
            dependencies: [
                .product(name: "GraphRendering", package: "main"),
                .product(name: "GraphFormats", package: "main"),
                .product(name: "StrategyDatasets", package: "main"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.1
//
// StrategyCircle: a strategy circle as a weighted, signed, directed graph
// that can be measured, drawn and questioned. See docs/ARCHITECTURE.md.

import PackageDescription

let package = Package(
    name: "StrategyCircle",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "StrategyModel", targets: ["StrategyModel"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .library(name: "StrategyAnalysis", targets: ["StrategyAnalysis"]),
        .library(name: "GraphFormats", targets: ["GraphFormats"]),
        .library(name: "GraphRendering", targets: ["GraphRendering"]),
        .library(name: "StrategyReport", targets: ["StrategyReport"]),
        .library(name: "StrategyDatasets", targets: ["StrategyDatasets"]),
        .library(name: "StrategyDrafting", targets: ["StrategyDrafting"]),
        .executable(name: "circle", targets: ["circle"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Plot", from: "0.14.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/onevcat/Rainbow", from: "4.2.2"),
    ],
    targets: [
        // MARK: - Public API

        /// The circle model (rings, sectors, nodes, signed weighted edges) and its CSR adjacency.
        .target(name: "StrategyModel"),

        /// Graph algorithms on the CSR adjacency, one topic per folder.
        .target(name: "GraphAlgorithms", dependencies: ["StrategyModel"]),

        /// The strategist's questions: centrality tables, synergy density, sector arrangement, reports.
        .target(name: "StrategyAnalysis", dependencies: ["StrategyModel", "GraphAlgorithms"]),

        /// Readers for circle files, one entry point (`CircleLoader`): YAML, JSON, CSV edge
        /// lists, DOT (parsed by Graphviz through GraphvizBridge); what-if scripts.
        .target(
            name: "GraphFormats",
            dependencies: ["StrategyModel", "StrategyAnalysis", "GraphvizBridge", .product(name: "Yams", package: "Yams")]
        ),

        /// Drawing circles: the wheel layout, styling, DOT output, charts; Graphviz through GraphvizBridge.
        .target(
            name: "GraphRendering",
            dependencies: ["GraphvizBridge", "StrategyModel", "StrategyAnalysis", "GraphFormats"]
        ),

        /// The HTML report a manager reads: every finding of the circle on one self-contained page,
        /// built with Plot (every text from the input escaped).
        .target(
            name: "StrategyReport",
            dependencies: ["StrategyModel", "GraphAlgorithms", "StrategyAnalysis", "GraphFormats", "GraphRendering",
                           "GraphvizBridge", .product(name: "Plot", package: "Plot")]
        ),

        /// The only Swift code that touches Graphviz's C API: one serialised session, layout and
        /// rendering of a plain `Diagram`, DOT parsing into plain values.
        .target(name: "GraphvizBridge", dependencies: ["CGraphviz"]),

        /// The seed's circle (Datasets/), compiled into the binary so `circle` works from any folder.
        .target(
            name: "StrategyDatasets",
            plugins: ["EmbedDatasets"]
        ),

        /// The command-line tool: parses options, calls the libraries, prints.
        .executableTarget(
            name: "circle",
            dependencies: [
                "StrategyModel", "GraphAlgorithms", "StrategyAnalysis", "GraphFormats", "GraphRendering",
                "StrategyReport", "StrategyDatasets", "StrategyDrafting",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Rainbow", package: "Rainbow"),
            ]
        ),

        /// Drafting a circle from a strategy text: sentences, pattern families over data
        /// lexicons, proposed nodes and edges with their evidence (docs/DRAFTING.md).
        .target(
            name: "StrategyDrafting",
            dependencies: ["StrategyModel", "CTextTools", .product(name: "Yams", package: "Yams")]
        ),

        // MARK: - Implementation details

        /// ICU's sentence breaks and the Snowball stemmers behind plain C functions (apt:
        /// libicu-dev, libstemmer-dev); the ICU headers stay in its C file, away from
        /// Foundation's own ICU module. Only StrategyDrafting imports it.
        .target(
            name: "CTextTools",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("stemmer")]
        ),

        /// Graphviz's C libraries (apt: libgraphviz-dev). Only GraphvizBridge imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),

        // MARK: - Build tools

        /// Turns a text file into a Swift string constant (used by the EmbedDatasets plugin).
        .executableTarget(name: "EmbedText"),
        .plugin(
            name: "EmbedDatasets",
            capability: .buildTool(),
            dependencies: ["EmbedText"]
        ),

        // MARK: - Tests

        /// Shared by the test targets: paths, the seed circle, the reference (oracle) files,
        /// running the built `circle`, assertion helpers.
        .target(
            name: "TestSupport",
            dependencies: ["GraphFormats", "StrategyModel", "StrategyDatasets"],
            path: "Tests/TestSupport"
        ),

        .testTarget(name: "StrategyModelTests", dependencies: ["StrategyModel", "TestSupport"]),
        .testTarget(
            name: "StrategyDraftingTests",
            dependencies: ["StrategyDrafting", "StrategyDatasets", "StrategyModel", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "GraphAlgorithmsTests",
            dependencies: ["GraphAlgorithms", "StrategyModel", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "StrategyAnalysisTests",
            dependencies: ["StrategyAnalysis", "GraphAlgorithms", "GraphFormats", "StrategyModel", "StrategyDatasets", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "GraphFormatsTests", dependencies: ["GraphAlgorithms", "GraphFormats", "StrategyModel", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "DatasetTests",
            dependencies: ["GraphFormats", "StrategyModel", "StrategyDatasets", "TestSupport"]
        ),
        .testTarget(name: "GraphRenderingTests",
                    dependencies: ["GraphRendering", "GraphvizBridge", "GraphFormats", "StrategyAnalysis", "StrategyModel",
                                   "StrategyDatasets", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["circle", "TestSupport", .product(name: "Yams", package: "Yams")],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

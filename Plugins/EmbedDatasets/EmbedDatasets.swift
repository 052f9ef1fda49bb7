import Foundation
import PackagePlugin

/// Compiles the shipped datasets (Datasets/*.yaml at the package root, and the drafting
/// lexicons in Datasets/lexicons/) into the
/// `StrategyDatasets` module as string constants, so the `circle` binary carries its
/// default circle and works from any folder, even when copied elsewhere.
@main
struct EmbedDatasets: BuildToolPlugin {
    /// Swift constant name → file under Datasets/.
    static let datasets: [(name: String, file: String)] = [
        ("socialCentricStrategy", "social-centric-strategy.yaml"),
        ("lexiconGerman", "lexicons/de.yaml"),
        ("lexiconEnglish", "lexicons/en.yaml"),
    ]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let datasetsFolder = context.package.directoryURL.appending(path: "Datasets")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedText.swift")
        let inputs = Self.datasets.map { datasetsFolder.appending(path: $0.file) }
        let pairs = zip(Self.datasets, inputs).map { "\($0.0.name)=\($0.1.path())" }
        return [
            .buildCommand(
                displayName: "Embedding datasets into \(target.name)",
                executable: try context.tool(named: "EmbedText").url,
                arguments: [output.path()] + pairs,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}

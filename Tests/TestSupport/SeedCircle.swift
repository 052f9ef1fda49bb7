import GraphFormats
import StrategyDatasets
import StrategyModel

/// The shipped circle, as `circle` loads it without a file.
public enum SeedCircle {
    public static let circle: StrategyCircle = {
        do {
            return try CircleLoader.load(text: Datasets.socialCentricStrategy.text, name: "builtin", format: .yaml)
        } catch {
            preconditionFailure("the built-in circle does not load: \(error)")
        }
    }()
}

import Foundation
import FuzzDriver
import GraphFormats

/// libFuzzer target. The circle file reader (YAML and JSON). Every input must get a circle or diagnostics: no crash, hang or
/// blow-up (run by Scripts/fuzz/run.sh).
@_cdecl("fuzz_circle_file_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in
        let input = bytes(start, count)
        _ = try? CircleLoader.load(bytes: input, name: "fuzz.yaml", format: .yaml)
        _ = try? CircleLoader.load(bytes: input, name: "fuzz.json", format: .json)
        return 0
    }
}

import Foundation
import FuzzDriver
import GraphFormats

/// libFuzzer target. The what-if script reader. Every input must get a circle or diagnostics: no crash, hang or
/// blow-up (run by Scripts/fuzz/run.sh).
@_cdecl("fuzz_script_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in
    guard let text = String(bytes: bytes(start, count), encoding: .utf8) else { return 0 }
    _ = try? ScenarioScriptReader.read(text, file: "fuzz.yaml", folder: URL(fileURLWithPath: "/nonexistent"))
        return 0
    }
}

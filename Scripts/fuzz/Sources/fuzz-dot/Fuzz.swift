import Foundation
import FuzzDriver
import GraphFormats

/// libFuzzer target. The DOT reader (Graphviz's parser through GraphvizBridge, then the model). Every input must get a circle or diagnostics: no crash, hang or
/// blow-up (run by Scripts/fuzz/run.sh).
@_cdecl("fuzz_dot_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in
    _ = try? CircleLoader.load(bytes: bytes(start, count), name: "fuzz.dot", format: .dot)
        return 0
    }
}

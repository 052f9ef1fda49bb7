import Foundation
import FuzzDriver
import GraphFormats

/// libFuzzer target. The CSV edge-list reader. Every input must get a circle or diagnostics: no crash, hang or
/// blow-up (run by Scripts/fuzz/run.sh).
@_cdecl("fuzz_csv_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in
    _ = try? CircleLoader.load(bytes: bytes(start, count), name: "fuzz.csv", format: .csv)
        return 0
    }
}

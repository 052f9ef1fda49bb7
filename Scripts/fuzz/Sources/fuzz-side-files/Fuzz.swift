import Foundation
import FuzzDriver
import GraphFormats

/// libFuzzer target. The side-file readers: FCM intervention files, start states (CSV and
/// JSON/YAML), experts' ratings and workshop label mappings. Every input must get a result or diagnostics: no crash,
/// hang or blow-up (run by Scripts/fuzz/run.sh).
@_cdecl("fuzz_side_files_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in
        guard let text = String(bytes: bytes(start, count), encoding: .utf8) else { return 0 }
        let scale = [ExpertRatings.Term(names: ["low", "L"], code: 0, value: (0, 0.25, 0.5)),
                     ExpertRatings.Term(names: ["high", "H"], code: 1, value: (0.5, 0.75, 1))]
        _ = try? InterventionScriptReader.read(text, file: "fuzz.yaml")
        _ = try? StartStateReader.readCSV(text, file: "fuzz.csv")
        _ = try? StartStateReader.readMapping(text, file: "fuzz.json")
        _ = try? ExpertRatings.read(text, file: "fuzz.csv", scale: scale)
        _ = try? NodeMappingReader.read(text, file: "fuzz.csv")
        return 0
    }
}

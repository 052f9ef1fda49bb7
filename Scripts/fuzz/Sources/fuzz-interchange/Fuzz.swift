import Foundation
import FuzzDriver
import GraphFormats

/// libFuzzer target. The interchange readers: GraphML and GEXF (XML), node-link JSON, Kumu
/// JSON and the adjacency matrix. Every input must get a circle or diagnostics: no crash,
/// hang or blow-up (run by Scripts/fuzz/run.sh).
@_cdecl("fuzz_interchange_main")
func entry(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { start, count in
        let input = bytes(start, count)
        for format in [CircleFormat.graphml, .gexf, .nodelink, .kumu, .matrix] {
            _ = try? CircleLoader.load(bytes: input, name: "fuzz", format: format)
        }
        return 0
    }
}

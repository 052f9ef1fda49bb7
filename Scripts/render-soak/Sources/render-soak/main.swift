// Lays out and renders the built-in circle to PNG and SVG N times (default 200) and
// prints the resident set size after a warm-up and at the end. Graphviz's font and plugin
// caches fill during the warm-up; after it, a leak-free wrapper keeps RSS flat.
import Foundation
import GraphFormats
import GraphRendering
import StrategyDatasets

func residentKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
    else { return -1 }
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
}

let renders = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 200 : 200
let warmUp = 20
let circle = try CircleLoader.load(text: Datasets.default.text, name: "builtin", format: .yaml)
var afterWarmUp = 0
var bytes = 0
for index in 1...renders {
    bytes += try CircleDrawing.render(circle, format: index.isMultiple(of: 2) ? .png : .svg).count
    _ = try? CircleFile.load(text: "digraph { a -> ; }", name: "broken.dot")  // error path too
    if index == warmUp { afterWarmUp = residentKiB() }
}
let end = residentKiB()
let growth = Double(end - afterWarmUp) / Double(renders - warmUp)
print("renders: \(renders) (PNG and SVG alternating, plus one broken DOT parse each), output \(bytes / 1024) KiB")
print("RSS after \(warmUp) renders: \(afterWarmUp) KiB; after \(renders): \(end) KiB")
print(String(format: "growth: %.1f KiB per render after warm-up", growth))

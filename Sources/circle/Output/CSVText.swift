import GraphFormats

/// The command line's CSV fields: GraphFormats' writer, under the name the commands use.
typealias CSVText = CSVWriting

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}

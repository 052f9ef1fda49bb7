import GraphAlgorithms
@testable import GraphFormats
import StrategyModel
import Testing

/// The large-file path of the CSV reader: byte-level ids, numbers and checks give the same
/// circle and the same messages as reading field texts would.
@Suite("Loading large edge lists")
struct FastLoadingTests {
    @Test func internerNumbersKeysByFirstAppearance() {
        var interner = ByteInterner()
        // Short keys, keys sharing their first eight bytes, a key that is another's prefix,
        // the empty key, and enough keys to make the table grow several times.
        let keys = ["a", "b", "a", "abcdefgh", "abcdefghX", "abcdefghY", "abcdefgh", "abc", ""]
            + (0..<5000).map { "node-\($0)" } + ["abcdefghX", "node-17"]
        var seen: [String: Int] = [:]
        for key in keys {
            let found = interner.intern(key)
            if let index = seen[key] {
                #expect(found.index == index && !found.isNew, "\(key)")
            } else {
                #expect(found.index == seen.count && found.isNew, "\(key)")
                seen[key] = seen.count
            }
        }
        #expect(interner.count == seen.count)
    }

    /// Reference: the standard library's `Double(String)` (strtod), an independent reader.
    @Test func plainDecimalsMatchTheStandardReaderBitForBit() {
        var generator = SplitMix64(seed: 7)
        var texts = ["0", "-0", "+3", "1.5", "0.1", "0.3", "2.675", "9007199254740992", "123456789.123456789",
                     "0.0000000000000000000001", "00012.50"]
        for _ in 0..<20000 {
            let integer = generator.next() % 1_000_000
            let digits = Int(generator.next() % 12)
            let fraction = generator.next() % 1_000_000_000_000
            let sign = generator.next() % 3 == 0 ? "-" : ""
            texts.append(digits == 0 ? "\(sign)\(integer)" : "\(sign)\(integer).\(String(String(fraction).prefix(digits)))")
        }
        for text in texts {
            let bytes = Array(text.utf8)
            let fast = bytes.withUnsafeBufferPointer { ValueParsing.plainDecimal($0[...]) }
            if let fast {
                #expect(fast.bitPattern == Double(text)!.bitPattern, "\(text)")
            } else {
                // Left to the full reader only when the digits may not fit a double exactly.
                #expect(text.filter(\.isNumber).count > 15, "\(text)")
            }
        }
        // Anything but a plain decimal is left to the full reader.
        for text in ["", "-", ".5", "5.", "1e3", "1.2.3", "0x10", " 1", "1 ", "inf", "12345678901234567890"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { ValueParsing.plainDecimal($0[...]) } == nil, "\(text)")
        }
    }

    @Test func idsReadFromBytesEqualIdsReadAsText() throws {
        // Quoted and unquoted spellings of one id, spaces and a no-break space around ids,
        // an escaped quote, non-ASCII ids and a byte-order mark.
        let text = "\u{FEFF}source,target,weight\n"
            + "a,\"a b\",1.5\n"
            + " a b ,\"a\",2\n"
            + "\u{00A0}ä\u{00A0},\"say \"\"hi\"\"\",1e0\n"
            + "ä,a,0.25\n"
        let circle = try CircleLoader.load(bytes: Array(text.utf8), name: "ids.csv")
        #expect(circle.nodes.map(\.id) == ["a", "a b", "ä", "say \"hi\""])
        #expect(circle.edges.map(\.weight) == [1.5, 2, 1, 0.25])
        #expect(circle.edges.map { "\($0.from)>\($0.to)" } == ["a>a b", "a b>a", "ä>say \"hi\"", "ä>a"])
    }

    @Test func aRepeatedEdgeIsFoundAgainByItsRow() {
        // The second a,b names its row; the weight message names the weight's column in a
        // row split again after reading.
        #expect(loadProblems("source,target,weight\na,b,1\nb,c,2\n  a , b ,3\n")
            == ["d.csv:4:1: error: duplicate edge a -> b (first defined at line 2, column 1)"])
        #expect(loadProblems("source,target,weight\n\"x,y\",b,0\n")
            == ["d.csv:2:9: error: weight must be a finite number greater than 0, got 0; leave the edge out instead of weighing it 0"])
    }

    @Test func nulAndNonUTF8BytesAreNamedInEveryWord() {
        // The ASCII check reads eight bytes at a time; a bad byte in a word and in the tail.
        for (text, column) in [("source,target\na,b\u{0}cdefghij\n", 4), ("source,target\nab,cd\u{0}", 6)] {
            #expect(loadProblems(text) == ["d.csv:2:\(column): error: not a text file: a NUL byte (expected UTF-8 YAML, JSON or CSV)"])
        }
        var bytes = Array("source,target\nabcdefgh,ijklmnop\n".utf8)
        bytes[20] = 0xFF
        #expect(loadProblems(bytes) == ["d.csv:2:7: error: not a text file: a byte that is not UTF-8 (expected UTF-8 YAML, JSON or CSV)"])
    }

    private func loadProblems(_ text: String) -> [String] { loadProblems(Array(text.utf8)) }

    private func loadProblems(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try CircleLoader.load(bytes: bytes, name: "d.csv")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }
}

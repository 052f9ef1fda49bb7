import GraphFormats
import StrategyModel
import Testing

@Suite("CSV edge list reader")
struct CSVEdgeListReaderTests {
    @Test func readsQuotedFieldsAndOptionalColumns() throws {
        let text = "Source,Target,Weight,Sign,Type\r\n"
            + "a,b,2,+,Directed\r\n"
            + "\"b, the second\",\"c \"\"quoted\"\"\",0.5,-,Directed\r\n"
            + "\"multi\nline\",a,1,,x\r\n"
            + "\r\n"
        let circle = try CircleLoader.load(text: text, name: "e.csv", format: .csv)
        #expect(circle.nodes.map(\.id) == ["a", "b", "b, the second", "c \"quoted\"", "multi\nline"])
        #expect(circle.rings.isEmpty && circle.sectors.isEmpty)
        #expect(circle.edges == [
            Edge(from: "a", to: "b", weight: 2, sign: .positive),
            Edge(from: "b, the second", to: "c \"quoted\"", weight: 0.5, sign: .negative),
            Edge(from: "multi\nline", to: "a", weight: 1, sign: .positive),
        ])
    }

    @Test func fromToHeaderAndDefaults() throws {
        let circle = try CircleLoader.load(text: "from,to\nx,y\ny,x", name: "e.csv", format: .csv)
        #expect(circle.edges == [Edge(from: "x", to: "y"), Edge(from: "y", to: "x")])
        #expect(CircleFormat.sniff("source,target\n"[...]) == .csv)
    }

    @Test func errorsNameLineAndColumn() {
        #expect(problems("a,b\nx,y\n", .csv)
            == ["1:1: a CSV edge list needs a header naming 'source' and 'target' columns; found 'a,b'"])
        #expect(problems("source,target,weight\na,b,1\nb,c,x\n\"c,d\",a\n", .csv) == [
            "3:5: weight must be a number, got 'x'",
            "4:1: expected 3 fields as in the header, found 2",
        ])
        #expect(problems("source,target\na,\"b\n", .csv) == ["2:3: unterminated quoted field"])
        #expect(problems("source,target,sign\nä,b,?\n", .csv)
            == ["2:5: unknown sign '?'; expected '+', '-', 'positive' or 'negative'"])
        #expect(problems("source,target\na,b\nb,c\na,b\n", .csv)
            == ["4:1: duplicate edge a -> b (first defined at line 2, column 1)"])
        #expect(problems("source,target,weight,sign\na,b,-1,+\n", .csv)
            == ["2:5: weight must be a finite number greater than 0, got -1; write the strength and put the direction in 'sign: \"-\"'"])
        #expect(problems("source,target\n,b\n", .csv) == ["2:1: empty source id"])
        #expect(problems("source,target\na,b\"c\n", .csv) == ["2:4: a quote inside an unquoted field (quote the whole field)"])
        #expect(problems("", .csv) == ["1:1: the file is empty"])
    }

    @Test func aNegativeWeightWithoutASignColumnIsASignedWeight() throws {
        let circle = try CircleLoader.load(text: "source,target,weight\na,b,-0.6\nb,a,0.4\n", name: "signed.csv", format: .csv)
        #expect(circle.edges.map(\.weight) == [0.6, 0.4])
        #expect(circle.edges.map(\.sign) == [.negative, .positive])
    }
}

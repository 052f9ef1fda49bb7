import Yams

/// Writes a draft as YAML (the draft file `circle review` and `circle draft apply` read):
/// keys in a fixed order, every proposal with its evidence and its decision (`pending` when
/// drafted). `DraftReader` reads it back equal.
public enum DraftWriter {
    public static func yaml(_ draft: Draft) throws -> String {
        // Tagged as strings, so the emitter quotes a label that would read as a number or a bool.
        func scalar(_ text: String) -> Node { Node(text, Tag(.str)) }
        func mapping(_ pairs: [(String, Node?)]) -> Node {
            Node.mapping(Node.Mapping(pairs.compactMap { key, value in value.map { (Node(key), $0) } }))
        }
        func endpoint(_ end: Proposal.Endpoint) -> Node {
            mapping([("label", scalar(end.label)), ("node", end.node.map(scalar))])
        }
        let proposals = draft.proposals.map { proposal -> Node in
            mapping([
                ("id", scalar(proposal.id)),
                ("relation", scalar(proposal.relation.rawValue)),
                ("tags", proposal.tags.isEmpty ? nil : Node.sequence(Node.Sequence(proposal.tags.map { scalar($0.rawValue) }))),
                ("from", endpoint(proposal.from)),
                ("to", endpoint(proposal.to)),
                ("sign", proposal.relation == .influence ? scalar(proposal.sign > 0 ? "+" : "-") : nil),
                ("confidence", Node(String(proposal.confidence), Tag(.float))),
                ("hedged", proposal.hedged ? Node("true", Tag(.bool)) : nil),
                ("family", scalar(proposal.family.rawValue)),
                ("rule", scalar(proposal.rule)),
                ("cues", Node.sequence(Node.Sequence(proposal.cues.map(scalar)))),
                ("evidence", mapping([
                    ("sentence", scalar(proposal.sentence.text)),
                    ("index", Node(String(proposal.sentence.index), Tag(.int))),
                    ("characters", Node.sequence(Node.Sequence([
                        Node(String(proposal.sentence.characters.lowerBound), Tag(.int)),
                        Node(String(proposal.sentence.characters.upperBound), Tag(.int)),
                    ]))),
                ])),
                ("decision", scalar(proposal.decision.rawValue)),
            ])
        }
        let root = mapping([
            ("draft", mapping([
                ("document", scalar(draft.document)),
                ("language", scalar(draft.language.rawValue)),
                ("into", draft.into.map(scalar)),
                ("sentences", Node(String(draft.sentenceCount), Tag(.int))),
                ("note", scalar("Each proposal records that the text claims it, not that it is true.")),
            ])),
            ("proposals", Node.sequence(Node.Sequence(proposals))),
        ])
        return try Yams.serialize(node: root, width: -1, allowUnicode: true)
    }
}

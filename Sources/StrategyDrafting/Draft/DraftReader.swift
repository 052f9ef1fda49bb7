import Yams

/// A problem in a draft file, with its line and column (1-based; 0 when the file as a whole).
public struct DraftFileError: Error, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String
    public var description: String { line > 0 ? "\(line):\(column): \(message)" : message }
}

/// Reads a draft file (`DraftWriter`'s YAML, with the reviewer's edits) back into a `Draft`.
/// Every field the writer writes is required except `tags`, `hedged`, `sign` (neighbour and
/// member claims) and an endpoint's `node`; the first problem is reported with its position.
public enum DraftReader {
    public static func read(_ text: String) throws(DraftFileError) -> Draft {
        let root: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else { throw DraftFileError(line: 1, column: 1, message: "the file is empty") }
            root = composed
        } catch let error as DraftFileError {
            throw error
        } catch let error as YamlError {
            throw DraftFileError(line: 0, column: 0, message: "not YAML: \(error)")
        } catch {
            throw DraftFileError(line: 0, column: 0, message: "not YAML: \(error)")
        }
        let head = try mapping(root, "the draft file")
        let meta = try mapping(try field(head, "draft", in: root), "'draft'")
        let draftNode = try field(head, "draft", in: root)
        guard let language = DraftLanguage(rawValue: try string(meta, "language", in: draftNode)) else {
            throw located(try field(meta, "language", in: draftNode), "'language' must be 'de' or 'en'")
        }
        var draft = Draft(document: try string(meta, "document", in: draftNode), language: language,
                          into: meta["into"]?.string, sentenceCount: try integer(meta, "sentences", in: draftNode),
                          proposals: [])
        let list = try field(head, "proposals", in: root)
        guard let items = list.sequence else { throw located(list, "'proposals' must be a list") }
        for item in items {
            draft.proposals.append(try proposal(item))
        }
        return draft
    }

    private static func proposal(_ node: Node) throws(DraftFileError) -> Proposal {
        let fields = try mapping(node, "a proposal")
        let id = try string(fields, "id", in: node)
        func inProposal(_ message: String) -> String { "proposal \(id): \(message)" }
        let relationNode = try field(fields, "relation", in: node)
        guard let relation = Proposal.Relation(rawValue: relationNode.string ?? "") else {
            throw located(relationNode, inProposal("'relation' must be influence, neighbour or member"))
        }
        var tags: [ClaimTag] = []
        if let tagList = fields["tags"] {
            guard let sequence = tagList.sequence else { throw located(tagList, inProposal("'tags' must be a list")) }
            for tagNode in sequence {
                guard let tag = ClaimTag(rawValue: tagNode.string ?? "") else {
                    throw located(tagNode, inProposal("unknown tag '\(tagNode.string ?? "")'; expected "
                        + ClaimTag.allCases.map(\.rawValue).joined(separator: ", ")))
                }
                tags.append(tag)
            }
        }
        func endpoint(_ key: String) throws(DraftFileError) -> Proposal.Endpoint {
            let end = try field(fields, key, in: node)
            let endFields = try mapping(end, inProposal("'\(key)'"))
            let label = try string(endFields, "label", in: end)
            return Proposal.Endpoint(label: label, node: endFields["node"]?.string)
        }
        var sign = 1
        if let signNode = fields["sign"] {
            switch signNode.string {
            case "+": sign = 1
            case "-": sign = -1
            default: throw located(signNode, inProposal("'sign' must be '+' or '-'"))
            }
        }
        let confidenceNode = try field(fields, "confidence", in: node)
        guard let confidence = confidenceNode.float, confidence > 0, confidence <= 1 else {
            throw located(confidenceNode, inProposal("'confidence' must be a number in (0, 1]"))
        }
        let familyNode = try field(fields, "family", in: node)
        guard let family = PatternFamily(rawValue: familyNode.string ?? "") else {
            throw located(familyNode, inProposal("unknown family '\(familyNode.string ?? "")'"))
        }
        let evidenceNode = try field(fields, "evidence", in: node)
        let evidence = try mapping(evidenceNode, inProposal("'evidence'"))
        let rangeNode = try field(evidence, "characters", in: evidenceNode)
        guard let bounds = rangeNode.sequence?.compactMap(\.int), bounds.count == 2, bounds[0] >= 0, bounds[0] <= bounds[1] else {
            throw located(rangeNode, inProposal("'characters' must be [start, end] with 0 ≤ start ≤ end"))
        }
        let sentence = Sentence(index: try integer(evidence, "index", in: evidenceNode),
                                text: try string(evidence, "sentence", in: evidenceNode),
                                characters: bounds[0]..<bounds[1])
        let decisionNode = try field(fields, "decision", in: node)
        guard let decision = Proposal.Decision(rawValue: decisionNode.string ?? "") else {
            throw located(decisionNode, inProposal("'decision' must be pending, accepted or rejected"))
        }
        let cues = (fields["cues"]?.sequence ?? []).compactMap(\.string)
        var proposal = Proposal(
            id: id, relation: relation, tags: tags, from: try endpoint("from"), to: try endpoint("to"), sign: sign,
            confidence: confidence, hedged: fields["hedged"]?.bool ?? false, family: family,
            rule: try string(fields, "rule", in: node), cues: cues, sentence: sentence)
        proposal.decision = decision
        return proposal
    }

    private static func located(_ node: Node, _ message: String) -> DraftFileError {
        DraftFileError(line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, message: message)
    }

    private static func mapping(_ node: Node, _ what: String) throws(DraftFileError) -> Node.Mapping {
        guard let mapping = node.mapping else { throw located(node, "\(what) must be a mapping of keys to values") }
        return mapping
    }

    private static func field(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(DraftFileError) -> Node {
        guard let value = mapping[key] else { throw located(parent, "missing '\(key)'") }
        return value
    }

    private static func string(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(DraftFileError) -> String {
        let value = try field(mapping, key, in: parent)
        guard let text = value.string else { throw located(value, "'\(key)' must be text") }
        return text
    }

    private static func integer(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(DraftFileError) -> Int {
        let value = try field(mapping, key, in: parent)
        guard let number = value.int, number >= 0 else { throw located(value, "'\(key)' must be a whole number ≥ 0") }
        return number
    }
}

import StrategyAnalysis
import StrategyModel

/// The report's own words in German or English: headings, the "how to read this"
/// paragraphs, table headers.
struct ReportWords {
    let german: Bool

    private func t(_ de: String, _ en: String) -> String { german ? de : en }

    var untitled: String { t("Strategiekreis", "Strategy circle") }
    var reportOf: String { t("Bericht", "Report") }
    func lead(circle: StrategyCircle) -> String {
        let s = CircleSummary(of: circle)
        return german
            ? "\(s.activeNodes) analysierte Handlungsfelder (\(s.nodes - s.activeNodes) ausgeschlossen) und \(s.activeEdges) Wirkungen zwischen ihnen; alles Folgende ist aus diesen Daten berechnet."
            : "\(s.activeNodes) nodes analysed (\(s.nodes - s.activeNodes) excluded) and \(s.activeEdges) edges between them; everything below is computed from these data."
    }
    var footer: String {
        t("Erstellt mit StrategyCircle. Zahlen werden gegen NetworkX, igraph, FCMpy und pyDEMATEL geprüft.",
          "Made with StrategyCircle. Its figures are checked against NetworkX, igraph, FCMpy and pyDEMATEL.")
    }
    var howToRead: String { t("So lesen Sie das", "How to read this") }

    var wheelTitle: String { t("Der Kreis", "The circle") }
    var wheelHow: String {
        t("Ringe von innen nach außen, ein farbiger Keil je Bereich. Blaue Pfeile fördern (je mehr, desto mehr), orange gestrichelte hemmen; je dicker, desto stärker. Grau gestrichelte Felder nennt die Quelle, sie bleiben aber außerhalb der Analyse. Fahren Sie mit der Maus über ein Feld oder eine Wirkung: die Textstelle, auf der sie beruht, oder die Begründung erscheint.",
          "Rings from the centre outwards, one coloured wedge per sector. Blue arrows support (more leads to more), orange dashed ones hinder; the thicker, the stronger. Grey dashed boxes are named by the source but left out of the analysis. Hover over a node or an edge: the passage it rests on, or the reason it was inferred, appears.")
    }

    var keyTitle: String { t("Die Schlüsselfelder", "The key nodes") }
    var keyHow: String {
        t("Felder, die in mehreren Maßen weit oben stehen. Die Spalte sagt, worin: etwa wo sich Wirkung sammelt (PageRank) oder wer Brücke zwischen Teilen ist (Betweenness).",
          "Nodes that rank high on several measures. The column says on which: where influence gathers (PageRank), or which node bridges parts of the circle (betweenness), for example.")
    }
    var node: String { t("Feld", "Node") }
    var meanRank: String { t("mittlerer Rang", "mean rank") }
    var topIn: String { t("weit oben in", "ranks high in") }
    var highAcross: String { t("in keinem Maß ganz vorn, aber in allen weit oben", "first in no single measure, but high in all") }
    func meaning(_ measure: CentralityMeasure) -> String {
        guard german else { return measure.meaning }
        switch measure {
        case .degree: return "die meisten direkten Wirkungen"
        case .inDegree: return "von den meisten Feldern beeinflusst"
        case .outDegree: return "wirkt direkt auf die meisten Felder"
        case .strength: return "die stärkste Wirkung, ein- und ausgehend"
        case .inStrength: return "empfängt die meiste Wirkung"
        case .outStrength: return "übt die meiste Wirkung aus"
        case .betweenness: return "liegt auf den meisten Wegen stärkster Wirkung: eine Brücke"
        case .closeness: return "vom Rest des Kreises schnell erreicht"
        case .harmonic: return "dem ganzen Kreis nahe"
        case .eigenvector: return "von einflussreichen Feldern beeinflusst"
        case .pagerank: return "hier sammelt sich die Wirkung, die durch den Kreis fließt"
        case .katz: return "von vielen Wirkungsketten erreicht"
        case .reach: return "erreicht die meisten Felder"
        case .reachEfficiency: return "erreicht viele Felder auf kurzen Wegen"
        }
    }

    var clustersTitle: String { t("Synergie-Cluster", "Synergy clusters") }
    var clustersHow: String {
        t("Gruppen von Feldern, die untereinander dichter verbunden sind als mit dem Rest (Leiden-Verfahren). Die Dichte sagt, wie viel der möglichen Synergie eine Gruppe tatsächlich hat.",
          "Groups of nodes more densely tied to each other than to the rest (the Leiden method). The density says how much of the possible synergy within a group is there.")
    }
    var cluster: String { t("Cluster", "Cluster") }
    var members: String { t("Felder", "Nodes") }
    var mainSector: String { t("vor allem im Bereich", "mostly in sector") }
    var density: String { t("Dichte", "Density") }

    var densityTitle: String { t("Synergiedichte zwischen den Bereichen", "Synergy density between sectors") }
    var densityHow: String {
        t("Jede Zelle: wie dicht die Felder zweier Bereiche (Zeile, Spalte) miteinander verbunden sind; die Diagonale misst einen Bereich in sich. Je dunkler, desto dichter. Die Quelle behauptet, benachbarte Bereiche schafften Synergien: hier ist es nachzuprüfen.",
          "Each cell: how densely the nodes of two sectors (row, column) are tied to each other; the diagonal measures a sector within itself. The darker, the denser. The source claims neighbouring sectors create synergy: this is where to check it.")
    }

    var arrangementTitle: String { t("Anordnung der Bereiche", "Arrangement of the sectors") }
    var arrangementHow: String {
        t("Die Reihenfolge der Bereiche um den Kreis, die die stärksten Synergien nebeneinander legt, verglichen mit der Reihenfolge der Datei.",
          "The order of the sectors around the circle that puts the strongest synergies side by side, against the file's order.")
    }
    func arrangement(_ a: SectorArrangement, names: [String]) -> String {
        german
            ? "Beste Reihenfolge: \(names.joined(separator: " → ")). Synergie zwischen Nachbarn \(format(a.adjacentSynergy)) statt \(format(a.fileOrderSynergy)) in der Reihenfolge der Datei (Gewinn \(format(a.gain)))."
            : "Best order: \(names.joined(separator: " → ")). Synergy between neighbours \(format(a.adjacentSynergy)) against \(format(a.fileOrderSynergy)) in the file's order (gain \(format(a.gain)))."
    }

    var loopsTitle: String { t("Rückkopplungsschleifen", "Feedback loops") }
    var loopsHow: String {
        t("Eine verstärkende Schleife (R) treibt sich selbst an: mehr führt über den Kreis zu mehr, die „Eigendynamik“ der Quelle. Eine ausgleichende (B) bremst sich. Gezeigt sind die stärksten je Art, mit den Textstellen ihrer Wirkungen.",
          "A reinforcing loop (R) drives itself: more leads, around the loop, to more, the source's self-reinforcing dynamic. A balancing loop (B) holds itself back. Shown are the strongest of each kind, with the passages behind their edges.")
    }
    func loopCount(reinforcing: Int, balancing: Int) -> String {
        german ? "\(reinforcing) verstärkende und \(balancing) ausgleichende Schleifen insgesamt."
            : "\(reinforcing) reinforcing and \(balancing) balancing loops in all."
    }
    var noBalancing: String { t("Keine ausgleichende Schleife: nichts im Kreis bremst sich selbst.", "No balancing loop: nothing in the circle holds itself back.") }
    var gain: String { t("Stärke", "gain") }
    var inferred: String { t("erschlossen", "inferred") }
    var noEvidence: String { t("ohne Beleg", "no evidence given") }

    var micmacTitle: String { t("Einfluss und Abhängigkeit (MICMAC)", "Influence and dependence (MICMAC)") }
    var micmacHow: String {
        t("Jedes Feld nach seinem indirekten Einfluss (oben) und seiner Abhängigkeit (rechts), über alle Wirkungsketten. Links oben die Hebel (einflussreich, wenig abhängig), rechts oben die Relais, rechts unten die Ergebnisse, links unten die Autonomen.",
          "Each node by its indirect influence (up) and dependence (right), over all chains of influence. Top left the levers (influential, little dependent), top right the relays, bottom right the outcomes, bottom left the autonomous ones.")
    }

    var whatIfTitle: String { t("Was bricht, wenn ein Feld fehlt", "What breaks when a node is missing") }
    var whatIfHow: String {
        t("Jedes Feld einzeln entfernt: wie viele verstärkende Schleifen brechen, wie viele Felder den Kern nicht mehr erreichen, und eine Gesamtwirkung. Oben die Schlüssel, ohne die der Kreis am meisten verliert. Die Kurve entfernt nacheinander das jeweils folgenreichste Feld.",
          "Each node removed on its own: how many reinforcing loops break, how many nodes no longer reach the core, and an overall impact. At the top the keystones whose loss costs the circle most. The curve removes the most consequential node, one after another.")
    }
    var removed: String { t("entfernt", "removed") }
    var impact: String { t("Wirkung", "impact") }
    var loopsBroken: String { t("verstärkende Schleifen gebrochen", "reinforcing loops broken") }
    var lostCore: String { t("erreichen den Kern nicht mehr", "no longer reach the core") }
    var robustnessTitle: String { t("Was dem Zweifel standhält", "What survives doubt") }
    func robustnessHow(runs: Int, spread: Double, seed: UInt64) -> String {
        let percent = Int((spread * 100).rounded())
        return german
            ? "Jedes Gewicht ist ein Urteil. Die Analyse wurde \(runs)-mal wiederholt, jedes Gewicht zufällig in seiner Spanne gezogen (angegebene Spanne oder Sicherheit, beim Workshop-Kreis die Streuung der Teilnehmenden, sonst ± \(percent) %; Startwert \(seed)). Die Anteile sagen, wie oft ein Befund hält, ± sein Standardfehler: nahe 100 % ist er belastbar, um 50 % eine offene Frage."
            : "Every weight is a judgement. The analysis was re-run \(runs) times, each weight drawn at random within its range (the range or confidence given, a workshop circle's participants' spread, else ± \(percent) %; seed \(seed)). The shares say how often a finding holds, ± its standard error: near 100 % it is solid, around 50 % an open question."
    }
    func inTop(_ k: Int) -> String { t("unter den ersten \(k)", "in the top \(k)") }
    var now: String { t("jetzt", "now") }
    var finding: String { t("Befund", "Finding") }
    var holdsShare: String { t("hält in", "holds in") }
    func clusterHolds(_ number: Int) -> String { t("Cluster \(number) bleibt zusammen", "cluster \(number) holds together") }
    func loopStays(_ k: Int) -> String { t("bleibt unter den \(k) stärksten Schleifen", "stays among the \(k) strongest loops") }
    var keepsPolarity: String { t("behält ihre Polarität", "keeps its polarity") }
    func keystoneStays(_ k: Int) -> String { t("bleibt unter den \(k) folgenreichsten Entfernungen", "stays among the \(k) most consequential removals") }
    var without: String { t("ohne", "without") }
    func notFollowed(_ reason: String) -> String { t("Nicht verfolgt: \(reason)", "Not followed: \(reason)") }

    var consensusTitle: String { t("Worüber der Workshop noch sprechen sollte", "What the workshop should discuss next") }
    var consensusHow: String {
        t("Die Kreise der Teilnehmenden verglichen, Wirkung für Wirkung. Strittig ist eine Wirkung, die nicht alle gezeichnet haben, mit verschiedenem Vorzeichen oder verschiedenem Gewicht; Einigkeit heißt: alle, die beide Felder nennen, zeichneten sie gleich. Geordnet nach der Zahl der Befunde, die sich ändern, wenn man die Wirkung anders liest (Schlüsselfelder, stärkste Schleifen, Polarität, Cluster, Schlüssel des Was-wäre-wenn). Oben steht die Tagesordnung.",
          "The participants' circles compared, edge by edge. An edge is disputed when not all drew it, or with different signs or weights; agreed when all who named both nodes drew it alike. Ordered by how many findings change when the edge is read the other way (key nodes, strongest loops, polarity, clusters, what-if keystones). The top is the agenda.")
    }
    var disputed: String { t("Strittig", "Disputed") }
    var agreed: String { t("Einig", "Agreed") }
    var edgeWord: String { t("Wirkung", "Edge") }
    var drawnBy: String { t("gezeichnet von", "drawn by") }
    var why: String { t("warum", "why") }
    var changes: String { t("Befunde, die sich ändern", "findings that change") }
    /// Why an edge is disputed, in the report's language.
    func disputes(_ item: ConsensusReport.Item) -> String {
        var parts: [String] = []
        if item.couldDraw < 2 {
            parts.append(t("nur \(item.drawnBy.joined(separator: ", ")) nennt beide Felder",
                           "only \(item.drawnBy.joined(separator: ", ")) named both nodes"))
        }
        if item.drawnBy.count < item.couldDraw {
            parts.append(t("\(item.drawnBy.count) von \(item.couldDraw) zeichneten sie", "drawn by \(item.drawnBy.count) of \(item.couldDraw)"))
        }
        if item.positive > 0 && item.negative > 0 {
            parts.append(t("Vorzeichen uneins: \(item.positive) +, \(item.negative) −", "sign conflict: \(item.positive) +, \(item.negative) −"))
        }
        if item.minimum < item.maximum {
            let range = "\(weight(item.minimum))–\(weight(item.maximum))"
            parts.append(t("Gewichte \(range)", "weights \(range)"))
        }
        return parts.joined(separator: "; ")
    }

    func firstOf(_ shown: Int, _ total: Int) -> String {
        t("die ersten \(shown) von \(total)", "the first \(shown) of \(total)")
    }

    func sweepCut(_ reason: String, evaluated: Int, total: Int) -> String {
        german ? "Unvollständig: \(evaluated) von \(total) Feldern bewertet (\(reason)); die Rangfolge gilt nur für diese."
            : "Incomplete: \(evaluated) of \(total) nodes evaluated (\(reason)); the ranking covers those only."
    }

    var evidenceTitle: String { t("Worauf die Daten beruhen", "What the data rest on") }
    var evidenceHow: String {
        t("Jede Wirkung ist belegt (wörtliches Zitat der Quelle) oder erschlossen (mit Begründung). Die Liste sagt, welche Befunde schon auf den belegten Wirkungen allein gelten.",
          "Every edge is stated (a verbatim quote of the source) or inferred (with a reason). The list says which findings hold on the stated edges alone.")
    }
    func evidenceCounts(stated: Int, inferred: Int, unspecified: Int) -> String {
        german ? "\(stated) belegte, \(inferred) erschlossene und \(unspecified) unbelegte Wirkungen."
            : "\(stated) stated, \(inferred) inferred and \(unspecified) unspecified edges."
    }
    var holds: String { t("gilt auch auf den belegten Wirkungen", "holds on the stated edges") }
    var doesNotHold: String { t("braucht erschlossene Wirkungen", "needs inferred edges") }

    /// A weight as people write it: 2, 1.5 (1,5 in German), at most three decimals.
    func weight(_ value: Double) -> String {
        var text = format(value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") || text.hasSuffix(",") { text.removeLast() }
        return text
    }

    func format(_ value: Double, decimals: Int = 3) -> String {
        let text = String(format: "%.\(decimals)f", value)
        return german ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}

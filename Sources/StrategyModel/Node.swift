/// A node of a strategy circle: a thrust, a measure, a cultural prerequisite or effect.
public struct Node: Hashable, Sendable {
    /// Whether a node takes part in the analysis.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        /// Part of the circle.
        case active
        /// Named by the source but deliberately left out (e.g. the seed's Kostenführerschaft);
        /// what-if scenarios can bring it back.
        case excluded
    }

    /// Stable identifier, unique in the circle; edges refer to it.
    public var id: String
    /// Name as written in the source.
    public var label: String
    /// English name, if given.
    public var labelEN: String?
    /// Id of the ring the node sits on, or nil for graphs without rings.
    public var ring: String?
    /// Id of the sector the node sits in, or nil (the core, or graphs without sectors).
    public var sector: String?
    public var status: Status
    public var provenance: Provenance
    /// Why the node sits on its ring and sector when the source names it but does not
    /// place it (the placement is then the reader's); nil when the placement is stated or
    /// there is nothing to place.
    public var placementReason: String?

    public init(
        id: String,
        label: String? = nil,
        labelEN: String? = nil,
        ring: String? = nil,
        sector: String? = nil,
        status: Status = .active,
        provenance: Provenance = .unspecified,
        placementReason: String? = nil
    ) {
        self.id = id
        self.label = label ?? id
        self.labelEN = labelEN
        self.ring = ring
        self.sector = sector
        self.status = status
        self.provenance = provenance
        self.placementReason = placementReason
    }

    /// True when the node takes part in the analysis.
    public var isActive: Bool { status == .active }
}

/// A named ring or sector of a strategy circle.
///
/// Rings are ordered from the centre outwards (in the seed: core → strategic thrusts →
/// social-media measures → cultural prerequisites and effects); sectors are ordered around
/// the circle. Both take their ids and labels from the circle file.
public struct Division: Hashable, Sendable {
    /// Stable identifier that nodes refer to.
    public var id: String
    /// Name as written in the source (German in the seed).
    public var label: String
    /// English name, if given.
    public var labelEN: String?

    public init(id: String, label: String? = nil, labelEN: String? = nil) {
        self.id = id
        self.label = label ?? id
        self.labelEN = labelEN
    }
}

/// A ring of the circle: a `Division` ordered from the centre outwards.
public typealias Ring = Division
/// A sector of the circle: a `Division` ordered around the circle.
public typealias Sector = Division

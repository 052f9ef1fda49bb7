/// A small, fast, seedable generator (Steele, Lea & Flood 2014, "Fast splittable
/// pseudorandom number generators", OOPSLA). The same seed gives the same sequence on
/// every platform, so seeded cluster detection is reproducible.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    /// The generator of stream `index` under `seed`: independent-looking streams for the
    /// runs or samples of a seeded computation, so each can be drawn on any thread and the
    /// result does not depend on the thread count.
    package init(seed: UInt64, stream index: Int) {
        var mixer = SplitMix64(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD1B5_4A32_D192_ED03))
        state = mixer.next()
    }

    /// A uniform double in [0, 1) from the top 53 bits.
    package mutating func nextUnit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

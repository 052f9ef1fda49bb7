import Foundation

/// Gives each distinct byte string (an id read from a file) a dense index, in order of first
/// appearance, without making a String to look it up.
///
/// Open addressing with linear probing over a power-of-two table kept at most half full.
/// A slot holds the key's first eight bytes, its length, its index and part of its hash,
/// so a lookup of a short id (most ids) reads one slot and nothing else: hashing random
/// ids is bound by cache misses, and this keeps it to one per lookup. The hash is 64-bit
/// FNV-1a finished with MurmurHash3's mixer. Output never depends on the table: indices
/// follow first appearance.
struct ByteInterner {
    private struct Slot {
        /// The key's first eight bytes, little-endian, zero-padded.
        var prefix: UInt64
        /// Index + 1; 0 marks an empty slot.
        var index: UInt32
        /// The key's length in bytes (Int32 max: ids are short).
        var length: UInt32
    }

    private var slots: [Slot]
    /// The keys' bytes back to back; key i is `keyBytes[keyStarts[i] ..< keyStarts[i + 1]]`.
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]

    var count: Int { keyStarts.count - 1 }

    init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < 2 * expectedCount { capacity <<= 1 }
        slots = [Slot](repeating: Slot(prefix: 0, index: 0, length: 0), count: capacity)
    }

    /// The index of `key`, and whether it was new (added at index `count - 1`).
    mutating func intern(_ key: UnsafeBufferPointer<UInt8>) -> (index: Int, isNew: Bool) {
        let prefix = Self.prefix(key)
        let length = UInt32(truncatingIfNeeded: key.count)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key, prefix: prefix)) & mask
        while true {
            let entry = slots[slot]
            if entry.index == 0 { break }
            if entry.prefix == prefix && entry.length == length
                && (key.count <= 8 || matchesTail(Int(entry.index) - 1, key))
            {
                return (Int(entry.index) - 1, false)
            }
            slot = (slot + 1) & mask
        }
        let index = count
        slots[slot] = Slot(prefix: prefix, index: UInt32(index + 1), length: length)
        keyBytes.append(contentsOf: key)
        keyStarts.append(keyBytes.count)
        if 2 * count > slots.count { grow() }
        return (index, true)
    }

    /// Interns the UTF-8 bytes of a text.
    mutating func intern(_ text: String) -> (index: Int, isNew: Bool) {
        Array(text.utf8).withUnsafeBufferPointer { intern($0) }
    }

    /// True when the stored key `index` (of the same length and first eight bytes) has the
    /// same bytes after the eighth.
    private func matchesTail(_ index: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = keyStarts[index]
        return keyBytes.withUnsafeBufferPointer { stored in
            guard let keyBase = key.baseAddress, let storedBase = stored.baseAddress else { return false }
            return memcmp(storedBase + start + 8, keyBase + 8, key.count - 8) == 0
        }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(prefix: 0, index: 0, length: 0), count: old.count * 2)
        let mask = slots.count - 1
        keyBytes.withUnsafeBufferPointer { stored in
            for entry in old where entry.index != 0 {
                let index = Int(entry.index) - 1
                let key = UnsafeBufferPointer(rebasing: stored[keyStarts[index]..<keyStarts[index + 1]])
                var slot = Int(truncatingIfNeeded: Self.hash(key, prefix: entry.prefix)) & mask
                while slots[slot].index != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }

    private static func prefix(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var prefix: UInt64 = 0
        for offset in 0..<min(8, key.count) { prefix |= UInt64(key[offset]) << (8 * offset) }
        return prefix
    }

    /// FNV-1a over the key's eight-byte words (the prefix, then the rest byte by byte),
    /// finished with MurmurHash3's 64-bit mixer.
    private static func hash(_ key: UnsafeBufferPointer<UInt8>, prefix: UInt64) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        hash = (hash ^ prefix) &* 0x0000_0100_0000_01B3
        hash = (hash ^ UInt64(key.count)) &* 0x0000_0100_0000_01B3
        var offset = 8
        while offset < key.count {
            hash = (hash ^ UInt64(key[offset])) &* 0x0000_0100_0000_01B3
            offset += 1
        }
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}

import GraphvizBridge
import Foundation

/// Colours for the drawings. Group colours are the Okabe–Ito palette (Okabe & Ito 2008,
/// "Color Universal Design"), distinguishable with the common colour-vision deficiencies;
/// the sign pair is its blue (+) and vermilion (−).
public enum Palette {
    /// Base colours for groups (sectors, rings, clusters), in order; repeats after eight.
    static let groups: [RGB] = [
        RGB(0x56, 0xB4, 0xE9),  // sky blue
        RGB(0xE6, 0x9F, 0x00),  // orange
        RGB(0x00, 0x9E, 0x73),  // bluish green
        RGB(0xCC, 0x79, 0xA7),  // reddish purple
        RGB(0xF0, 0xE4, 0x42),  // yellow
        RGB(0x00, 0x72, 0xB2),  // blue
        RGB(0xD5, 0x5E, 0x00),  // vermilion
        RGB(0x99, 0x99, 0x99),  // grey
    ]

    public static let positive = RGB(0x00, 0x72, 0xB2)
    public static let negative = RGB(0xD5, 0x5E, 0x00)
    /// Okabe–Ito's reddish purple: participants disagree on an edge's sign.
    public static let conflict = RGB(0xCC, 0x79, 0xA7)
    public static let core = RGB(0xFF, 0xD5, 0x4F)
    public static let excludedFill = RGB(0xEE, 0xEE, 0xEE)
    public static let removedFill = RGB(0xF5, 0xF5, 0xF5)
    public static let guide = RGB(0xBB, 0xBB, 0xBB)
    public static let text = RGB(0x22, 0x22, 0x22)

    public static func group(_ index: Int) -> RGB { groups[((index % groups.count) + groups.count) % groups.count] }

    /// An sRGB colour with Graphviz's `#rrggbb` / `#rrggbbaa` spelling.
    public struct RGB: Hashable, Sendable {
        public var red: UInt8, green: UInt8, blue: UInt8

        public init(_ red: UInt8, _ green: UInt8, _ blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        /// Mixed with white: 0 keeps the colour, 1 gives white.
        public func tint(_ amount: Double) -> RGB {
            func mix(_ c: UInt8) -> UInt8 { UInt8((Double(c) + (255 - Double(c)) * amount).rounded()) }
            return RGB(mix(red), mix(green), mix(blue))
        }

        /// Mixed with black: 0 keeps the colour, 1 gives black.
        public func shade(_ amount: Double) -> RGB {
            func mix(_ c: UInt8) -> UInt8 { UInt8((Double(c) * (1 - amount)).rounded()) }
            return RGB(mix(red), mix(green), mix(blue))
        }

        public var hex: String { String(format: "#%02x%02x%02x", red, green, blue) }
        /// With opacity 0…1.
        public func hex(opacity: Double) -> String {
            hex + String(format: "%02x", Int((max(0, min(1, opacity)) * 255).rounded()))
        }
    }
}

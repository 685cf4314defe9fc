/// The alphabet of the compact compiled form: numbers written as printable ASCII digits, so that the
/// whole form is valid UTF-8 text that a Swift string literal can embed in the binary.
///
/// A number is written in groups of 5 bits, lowest first: a group that ends the number is the
/// character `0x30 + group` (`0`…`O`), a group followed by more is `0x50 + group` (`P`…`o`).
/// `~` stands for nil. Strings are written as a number `n`: an even `n` starts a new string of
/// `n / 2` UTF-8 bytes, which follow and join the table of strings; an odd `n` repeats the string
/// at index `n / 2` of that table, so names and file paths that recur cost one or two characters.
package enum CompactText {
    static let lastDigit: ClosedRange<UInt8> = 0x30...0x4F
    static let moreDigit: ClosedRange<UInt8> = 0x50...0x6F
    static let nilMarker: UInt8 = 0x7E

    /// Appends `value` as digits.
    package static func appendNumber(_ value: UInt64, to bytes: inout [UInt8]) {
        var rest = value
        while rest >= 32 {
            bytes.append(0x50 + UInt8(rest & 31))
            rest >>= 5
        }
        bytes.append(0x30 + UInt8(rest))
    }

    /// Maps a signed number to an unsigned one so that small negatives stay short (zigzag).
    static func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }

    /// The inverse of `zigzag(_:)`.
    static func unzigzag(_ value: UInt64) -> Int64 {
        Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
    }
}

/// Why a compact compiled form could not be read; the caller then compiles the source instead.
public struct CompactFormError: Error, CustomStringConvertible, Sendable {
    /// What was wrong, and at which byte offset of the form.
    public var description: String

    package init(_ description: String) {
        self.description = description
    }
}

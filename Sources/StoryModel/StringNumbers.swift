/// Distinct strings, each numbered in the order first met: a `[String: Int32]` for the ids and
/// words the compiler and the lint rules index (the resolver's symbols, `ThingWords`), looked up
/// on the string's bytes rather than through `Hasher` (SipHash over the normalised string, about
/// 300 instructions a look-up; docs/performance.md, "Compile, eighteenth round").
///
/// Two ASCII strings are equal exactly when their bytes are, so ASCII strings are hashed and
/// compared as bytes. The first string beyond ASCII turns the table into a `Dictionary` for good,
/// so that strings equal as `String`s (canonically equivalent) are one string, as before.
public struct StringNumbers: Sendable {
    /// The strings, by number.
    public private(set) var strings: [String] = []
    /// The hash of each string, by number (ASCII mode).
    private var hashes: [UInt32] = []
    /// Number + 1 in each slot, 0 when empty; a power of two long (ASCII mode).
    private var slots: [Int32]
    /// Every string's number, once a string beyond ASCII has been met.
    private var dictionary: [String: Int32]?

    /// Room for about `capacity` strings.
    public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        strings.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
    }

    /// How many strings it holds.
    public var count: Int { strings.count }

    /// The number of a string, or nil when it has not been added.
    public func number(of string: String) -> Int32? {
        if let dictionary { return dictionary[string] }
        guard let hash = Self.asciiHash(string) else {
            // Beyond ASCII, in a table of ASCII strings: equal to one only when canonically
            // equivalent, which needs every scalar beyond ASCII to be one of the three whose
            // normal form is ASCII (checked against Unicode 14's data).
            var ascii = String.UnicodeScalarView()
            for scalar in string.unicodeScalars {
                switch scalar.value {
                case 0..<0x80: ascii.append(scalar)
                case 0x037E: ascii.append(";")
                case 0x1FEF: ascii.append("`")
                case 0x212A: ascii.append("K")
                default: return nil
                }
            }
            return number(of: String(ascii))
        }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if hashes[Int(entry - 1)] == hash, strings[Int(entry - 1)] == string { return entry - 1 }
            slot = (slot + 1) & mask
        }
    }

    /// The number of a string, added with the next number if new; and whether it was new.
    public mutating func add(_ string: String) -> (number: Int32, isNew: Bool) {
        if dictionary == nil, let hash = Self.asciiHash(string) {
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { break }
                if hashes[Int(entry - 1)] == hash, strings[Int(entry - 1)] == string { return (entry - 1, false) }
                slot = (slot + 1) & mask
            }
            let number = Int32(strings.count)
            strings.append(string)
            hashes.append(hash)
            slots[slot] = number + 1
            if strings.count * 2 > slots.count { grow() }
            return (number, true)
        }
        if dictionary == nil {
            // The first string beyond ASCII: every string by `String` equality from now on.
            var all: [String: Int32] = [:]
            all.reserveCapacity(strings.count + 1)
            for (number, known) in strings.enumerated() { all[known] = Int32(number) }
            dictionary = all
            slots = []
            hashes = []
        }
        if let known = dictionary?[string] { return (known, false) }
        let number = Int32(strings.count)
        strings.append(string)
        dictionary?[string] = number
        return (number, true)
    }

    /// FNV-1a over the bytes, or nil when a byte is beyond ASCII.
    @inline(__always)
    private static func asciiHash(_ string: String) -> UInt32? {
        var string = string
        return string.withUTF8 { bytes -> UInt32? in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            var high: UInt8 = 0
            for byte in bytes {
                high |= byte
                hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
            }
            guard high < 0x80 else { return nil }
            return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        }
    }

    private mutating func grow() {
        slots = Self.slots(for: hashes, count: slots.count * 2)
    }

    /// An open-addressed table of `count` slots (a power of two) for these hashes: each slot
    /// holds a number plus one, 0 when empty, probed linearly. Shared with the compiler's
    /// `WordTable`, which grows its table the same way.
    public static func slots(for hashes: [UInt32], count: Int) -> [Int32] {
        var slots = [Int32](repeating: 0, count: count)
        let mask = count - 1
        for number in hashes.indices {
            var slot = Int(hashes[number]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number + 1)
        }
        return slots
    }
}

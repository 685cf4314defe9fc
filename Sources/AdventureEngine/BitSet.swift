/// A fixed-size set of small integers, one bit each: flags, visited scenes.
public struct BitSet: Hashable, Sendable, Codable {
    private var words: [UInt64]

    public init(count: Int) {
        words = [UInt64](repeating: 0, count: (count + 63) / 64)
    }

    public func contains(_ index: Int) -> Bool {
        words[index >> 6] & (1 << UInt64(index & 63)) != 0
    }

    /// Sets or clears a bit; returns the old value.
    @discardableResult
    public mutating func set(_ index: Int, to value: Bool) -> Bool {
        let old = contains(index)
        if value { words[index >> 6] |= 1 << UInt64(index & 63) } else { words[index >> 6] &= ~(1 << UInt64(index & 63)) }
        return old
    }

    /// The number of bits set.
    public var count: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }

    /// How many indices the set can hold.
    public var capacity: Int { words.count * 64 }
}

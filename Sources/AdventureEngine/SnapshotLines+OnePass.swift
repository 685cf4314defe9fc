import StoryModel

/// The two long lines of a save read in one pass over their bytes, as the game writes them: the
/// places of every thing and the set bits of a bit line. Anything written otherwise (a hand-made
/// or damaged save) is left to the field-by-field reading in `SnapshotLines.swift`, which reads it
/// or refuses it with its messages.
extension Game.Snapshot {
    /// The places line as the game writes it (` c s3 i40 …`: one space before each place, a
    /// scene's or holder's number of at most 18 digits), read in one pass over the bytes in place;
    /// nil for anything else, which the field-by-field reading reads (or refuses) with its messages.
    /// A restore reads 1,190 places at 1,000 rooms: a field and a number check each cost about
    /// 150 instructions.
    static func placesAsWritten(_ line: ArraySlice<UInt8>) -> [Location]? {
        line.withUnsafeBufferPointer { buffer -> [Location]? in
            var places: [Location] = []
            places.reserveCapacity(buffer.count / 2)
            var at = 0
            while at < buffer.count {
                guard buffer[at] == UInt8(ascii: " "), at + 1 < buffer.count else { return nil }
                let kind = buffer[at + 1]
                at += 2
                switch kind {
                case UInt8(ascii: "n"): places.append(.nowhere)
                case UInt8(ascii: "c"): places.append(.carried)
                case UInt8(ascii: "w"): places.append(.worn)
                case UInt8(ascii: "s"), UInt8(ascii: "i"):
                    let start = at
                    var value = 0
                    while at < buffer.count, buffer[at] &- UInt8(ascii: "0") < 10, at - start < 18 {
                        value = value * 10 + Int(buffer[at] &- UInt8(ascii: "0"))
                        at += 1
                    }
                    guard at > start else { return nil }
                    places.append(kind == UInt8(ascii: "s") ? .scene(value) : .within(value))
                default:
                    return nil
                }
                guard at == buffer.count || buffer[at] == UInt8(ascii: " ") else { return nil }
            }
            return places
        }
    }

    /// The bits of a bit line after its capacity as the game writes them (` 3 17 …`: one space
    /// before each, at most 18 digits, below the capacity), read in one pass over the bytes in
    /// place; nil for anything else, which the field-by-field reading reads or refuses.
    static func bitsAsWritten(_ line: ArraySlice<UInt8>, capacity: Int) -> BitSet? {
        var bits = BitSet(count: capacity)
        let read = line.withUnsafeBufferPointer { buffer -> Bool in
            var at = 0
            while at < buffer.count {
                guard buffer[at] == UInt8(ascii: " ") else { return false }
                at += 1
                let start = at
                var value = 0
                while at < buffer.count, buffer[at] &- UInt8(ascii: "0") < 10, at - start < 18 {
                    value = value * 10 + Int(buffer[at] &- UInt8(ascii: "0"))
                    at += 1
                }
                guard at > start, value < capacity, at == buffer.count || buffer[at] == UInt8(ascii: " ") else { return false }
                bits.set(value, to: true)
            }
            return true
        }
        return read ? bits : nil
    }
}

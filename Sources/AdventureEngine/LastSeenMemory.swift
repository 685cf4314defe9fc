import StoryModel

/// Where the player last saw each thing and person (`GameState.Core.lastSeen`): one scene per
/// thing index, kept in an array rather than a dictionary.
///
/// The memory grows with the world (about 1,190 entries at 1,000 rooms) and a save writes it and
/// a restore reads it in thing order: as a dictionary every entry was hashed on each read and
/// every key sorted on each write; here both are a walk along an array.
///
/// Two memories with the same entries are equal and hash alike (the array never ends in an empty
/// slot). A thing index below zero or far above any story's (only in a damaged save, which
/// `GameState.Core.seenFits` refuses) is kept aside, so such a save is refused as it was before.
struct LastSeenMemory: Hashable, Sendable {
    /// Scene + 1 for each thing from 0, 0 for a thing never seen; never ends in 0.
    private var slots: [Int] = []
    /// Entries whose thing cannot be a slot (below 0 or from `slotLimit` on), or whose scene is
    /// below 0 or `Int.max` (only in damaged saves).
    private var outliers: [ThingIndex: SceneIndex] = [:]
    /// How many things are remembered.
    private(set) var count = 0

    /// Thing indices from here on are kept among the outliers: no story has a million things, and
    /// a damaged save must not make the game allocate for whatever index it names.
    static let slotLimit = 1 << 20

    init() {}

    init(_ entries: [ThingIndex: SceneIndex]) {
        for (thing, scene) in entries { self[thing] = scene }
    }

    /// The memory a save's `seen=` field gives, `thing:scene,…`, when it is as the game writes it:
    /// things in increasing order, each below `slotLimit`, and whole numbers of at most 18 digits
    /// with no sign; nil for anything else (read that entry by entry through the subscript).
    ///
    /// A restore reads the game's whole memory this way (about 1,190 entries at 1,000 rooms): the
    /// slots appended in one pass over the bytes, no entry looked up.
    init?(inThingOrder text: ArraySlice<UInt8>) {
        let read: (slots: [Int], count: Int)? = text.withUnsafeBufferPointer { buffer in
            var slots: [Int] = []
            var count = 0
            var index = 0
            let size = buffer.count
            func number() -> Int? {
                var value = 0
                let start = index
                while index < size, buffer[index] &- UInt8(ascii: "0") < 10 {
                    value = value &* 10 &+ Int(buffer[index] &- UInt8(ascii: "0"))
                    index += 1
                }
                return index > start && index - start <= 18 ? value : nil
            }
            while index < size {
                guard let thing = number(), index < size, buffer[index] == UInt8(ascii: ":") else { return nil }
                index += 1
                guard let scene = number(), thing >= slots.count, thing < Self.slotLimit else { return nil }
                if index < size {
                    // A comma, and another entry after it.
                    guard buffer[index] == UInt8(ascii: ","), index + 1 < size else { return nil }
                    index += 1
                }
                if thing > slots.count { slots.append(contentsOf: repeatElement(0, count: thing - slots.count)) }
                slots.append(scene + 1)
                count += 1
            }
            return (slots, count)
        }
        guard let read else { return nil }
        slots = read.slots
        count = read.count
    }

    var isEmpty: Bool { count == 0 }

    subscript(thing: ThingIndex) -> SceneIndex? {
        get {
            if thing >= 0, thing < slots.count, slots[thing] != 0 { return slots[thing] - 1 }
            return outliers.isEmpty ? nil : outliers[thing]
        }
        set {
            let old = self[thing]
            guard old != newValue else { return }
            let fitsSlots = thing >= 0 && thing < Self.slotLimit
            if let newValue, fitsSlots, newValue >= 0, newValue < Int.max {
                // Into a slot, over the old value if it had one there.
                if old != nil, thing >= slots.count || slots[thing] == 0 { outliers[thing] = nil }
                if thing >= slots.count {
                    // Doubling, so a memory read in thing order grows in a few steps.
                    if thing >= slots.capacity { slots.reserveCapacity(Swift.max(thing + 1, slots.capacity * 2)) }
                    while slots.count < thing { slots.append(0) }
                    slots.append(newValue + 1)
                } else {
                    slots[thing] = newValue + 1
                }
                if old == nil { count += 1 }
                return
            }
            if old != nil {
                if fitsSlots, thing < slots.count, slots[thing] != 0 {
                    slots[thing] = 0
                    var end = slots.count
                    while end > 0, slots[end - 1] == 0 { end -= 1 }
                    if end < slots.count { slots.removeSubrange(end...) }
                } else {
                    outliers[thing] = nil
                }
                count -= 1
            }
            if let newValue {
                outliers[thing] = newValue
                count += 1
            }
        }
    }

    /// Every entry in thing order, given to `body`.
    func forEachInOrder(_ body: (ThingIndex, SceneIndex) -> Void) {
        if outliers.isEmpty {
            for (thing, slot) in slots.enumerated() where slot != 0 { body(thing, slot - 1) }
            return
        }
        var entries = outliers.map { ($0.key, $0.value) }
        for (thing, slot) in slots.enumerated() where slot != 0 { entries.append((thing, slot - 1)) }
        for (thing, scene) in entries.sorted(by: { $0.0 < $1.0 }) { body(thing, scene) }
    }

    /// Every entry, in thing order.
    var entries: [(thing: ThingIndex, scene: SceneIndex)] {
        var result: [(thing: ThingIndex, scene: SceneIndex)] = []
        result.reserveCapacity(count)
        forEachInOrder { result.append(($0, $1)) }
        return result
    }

    /// True when every thing is below `things` and every scene below `scenes`.
    func fits(things: Int, scenes: Int) -> Bool {
        guard outliers.isEmpty, slots.count <= things else { return false }
        // Unsigned, so a negative scene is out of range too.
        let limit = UInt(scenes) + 1
        for slot in slots where UInt(bitPattern: slot) >= limit { return false }
        return true
    }
}

extension LastSeenMemory: Codable {
    /// As the dictionary it was (save formats 1 and 2): an object of thing and scene.
    init(from decoder: Decoder) throws {
        self.init(try [ThingIndex: SceneIndex](from: decoder))
    }

    func encode(to encoder: Encoder) throws {
        var dictionary: [ThingIndex: SceneIndex] = [:]
        forEachInOrder { dictionary[$0] = $1 }
        try dictionary.encode(to: encoder)
    }
}

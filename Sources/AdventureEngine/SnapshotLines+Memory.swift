import StoryModel

/// The last-seen memory in a save's lines: the game keeps it once, and each undo step only the
/// entries its turn changed (`Change.seen`); the file, whose format predates that, writes each
/// undo step's `core` with the step's whole memory as what differs from the `core` line before it
/// (`seenChanged=`, or `seen=` when that is shorter). These turn one form into the other by
/// walking the steps' changes, never two whole memories side by side.
extension Game.Snapshot {
    /// How a `core` line gives its memory.
    enum MemoryField {
        /// No memory (`seen=` and `seenChanged=` both absent).
        case none
        /// `seen=thing:scene,…`: the whole memory.
        case whole(LastSeenMemory)
        /// `seenChanged=thing:scene,thing:-,…`: what differs from the `core` line before, in the
        /// order written (`nil`: no longer remembered).
        case changes([(ThingIndex, SceneIndex?)])
    }

    /// A memory given as what differs from the game's memory (`base`), so that walking from one
    /// undo step's memory to the next touches only what changed.
    struct MemoryOverlay {
        let base: LastSeenMemory
        /// Where this memory differs from `base` (`nil`: not remembered here).
        private(set) var differences: [ThingIndex: SceneIndex?] = [:]
        /// How many things this memory remembers.
        private(set) var count: Int
        /// True when there is no memory at all (a core with no memory, or one emptied).
        var isNil: Bool

        init(base: LastSeenMemory?) {
            self.base = base ?? LastSeenMemory()
            count = self.base.count
            isNil = base == nil
        }

        subscript(thing: ThingIndex) -> SceneIndex? {
            if let difference = differences[thing] { return difference }
            return base[thing]
        }

        mutating func set(_ thing: ThingIndex, _ scene: SceneIndex?) {
            let old = self[thing]
            guard old != scene else { return }
            count += (scene == nil ? 0 : 1) - (old == nil ? 0 : 1)
            if base[thing] == scene { differences.removeValue(forKey: thing) } else { differences.updateValue(scene, forKey: thing) }
        }

        /// Every thing this memory remembers, with where.
        var whole: LastSeenMemory {
            var memory = base
            for (thing, scene) in differences { memory[thing] = scene }
            return memory
        }

        /// Every thing this memory remembers, with where (in no particular order).
        var remembered: [(ThingIndex, SceneIndex)] {
            base.entries.compactMap { differences[$0.thing] == nil ? ($0.thing, $0.scene) : nil }
                + differences.compactMap { entry in entry.value.map { (entry.key, $0) } }
        }

        /// Becomes `memory` (nil: none), returning what it was for each thing that differs.
        mutating func become(_ memory: LastSeenMemory?) -> [(ThingIndex, SceneIndex?)] {
            let target = memory ?? LastSeenMemory()
            let before = remembered.filter { target[$0.0] != $0.1 }.map { ($0.0, $0.1 as SceneIndex?) }
                + target.entries.filter { self[$0.thing] == nil }.map { ($0.thing, nil as SceneIndex?) }
            for (thing, _) in before { set(thing, target[thing]) }
            isNil = memory == nil
            return before
        }
    }

    /// The memory field of each undo step's `core` line, oldest first, as the writer before the
    /// steps kept changes wrote it: what differs from the line before (the game's own `core` for
    /// the oldest step), unless more than half of the step's memory differs; the whole memory
    /// then; nothing when the step remembers nothing.
    ///
    /// The steps are walked newest first, each taking back its turn's `.seen` changes from the
    /// memory after it, so the cost is the number of changes, not of entries in the memory.
    static func memoryFields(current: LastSeenMemory?, history: [Game.UndoStep]) -> [MemoryField] {
        var memory = MemoryOverlay(base: current)
        var fields = [MemoryField](repeating: .none, count: history.count)
        var index = history.count - 1
        while index >= 0 {
            // The step's turn changed `changed` from its memory (`before`) to the next one's.
            let changed = GameState.memoryChanges(in: history[index].changes).filter { memory[$0.0] != $0.1 }
            if index + 1 < history.count {
                let count = changed.reduce(memory.count) { $0 + ($1.1 == nil ? 0 : 1) - (memory[$1.0] == nil ? 0 : 1) }
                fields[index + 1] = field(memory, from: count, changes: changed.map { ($0.0, memory[$0.0]) })
            }
            for (thing, before) in changed { memory.set(thing, before) }
            index -= 1
        }
        if !history.isEmpty {
            let changes = memory.differences.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }
            fields[0] = field(memory, from: current?.count ?? 0, changes: changes)
        }
        return fields
    }

    /// How a `core` line writes `memory` after a line whose memory had `previousCount` entries
    /// and differs from it by `changes` (in thing order).
    private static func field(_ memory: MemoryOverlay, from previousCount: Int, changes: [(ThingIndex, SceneIndex?)]) -> MemoryField {
        guard memory.count > 0 else { return .none }
        guard previousCount > 0, changes.count * 2 <= memory.count else { return .whole(memory.whole) }
        return .changes(changes)
    }

    /// Turns the memory fields of the undo steps' `core` lines (read oldest first) into each
    /// step's `.seen` changes, appended to its changes: step by step, the entries that differ
    /// between its memory and the next one's (the game's own for the newest step), with the
    /// step's value.
    struct MemoryReading {
        private var memory: MemoryOverlay
        private var steps = 0

        init(current: LastSeenMemory?) {
            memory = MemoryOverlay(base: current)
        }

        /// Reads the next step's field, returning the `.seen` changes of the step before it (none
        /// for the first step); `changesMemory`: the line has a `seenChanged=` field.
        mutating func read(_ field: MemoryField, changesMemory: Bool, _ reader: inout SaveLineReader) throws(SaveLineError) -> [Change] {
            guard !changesMemory || !memory.isNil else { throw reader.error("'seenChanged' follows no core that remembers anything") }
            defer { steps += 1 }
            var before: [(ThingIndex, SceneIndex?)]
            switch field {
            case .none:
                before = memory.become(nil)
            case .whole(let whole):
                before = memory.become(whole)
            case .changes(let changes):
                before = []
                var recorded: Set<ThingIndex>? = nil
                for (thing, scene) in changes {
                    // As written, in rising thing order, no thing comes twice; otherwise the
                    // first value is the one before.
                    if let last = before.last, last.0 >= thing {
                        if recorded == nil { recorded = Set(before.map(\.0)) }
                    }
                    if recorded?.insert(thing).inserted ?? true { before.append((thing, memory[thing])) }
                    memory.set(thing, scene)
                }
                before = before.filter { memory[$0.0] != $0.1 }
                memory.isNil = memory.count == 0
            }
            guard steps > 0 else { return [] }
            return before.sorted { $0.0 < $1.0 }.map { Change.seen($0.0, $0.1) }
        }

        /// The `.seen` changes of the newest step: where its memory differs from the game's.
        func finish() -> [Change] {
            memory.differences.map { ($0.key, $0.value) }.sorted { $0.0 < $1.0 }.map { Change.seen($0.0, $0.1) }
        }
    }
}

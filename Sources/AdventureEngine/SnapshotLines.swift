import CommandParser
import Foundation
import StoryModel

/// A game's snapshot as lines of text, the body of save format 3 (docs/save-format.md): one line
/// per part of the state, one per undo step and change, written and read by hand.
///
/// Foundation's JSON coders cost several milliseconds for a large story's state and undo history
/// (an object per place, step and change); these lines are written and read in a fraction of that,
/// and stay readable: `places c w n s3 i40`, `step take lamp`, `place 12 s3`.
extension Game.Snapshot {
    /// Appends the lines of everything but the command log.
    public func appendLines(to bytes: inout [UInt8]) {
        Self.appendCore(state.core, memory: state.core.lastSeen.map { .whole($0) } ?? .none, to: &bytes)
        // The long lines through a `ByteWriter`: a space, a letter and a number per thing.
        bytes.append(contentsOf: "places".utf8)
        bytes.appendWritten(atMost: state.locations.count * (2 + ByteWriter.intWidth) + 1) { line in
            for location in state.locations {
                line.byte(UInt8(ascii: " "))
                Self.writeLocation(location, to: &line)
            }
            line.byte(0x0A)
        }
        Self.appendBits("flags", state.flags, to: &bytes)
        bytes.append(contentsOf: "counters".utf8)
        bytes.appendWritten(atMost: state.counters.count * (1 + ByteWriter.intWidth) + 1) { line in
            for counter in state.counters {
                line.byte(UInt8(ascii: " "))
                line.int(counter)
            }
            line.byte(0x0A)
        }
        Self.appendBits("visited", state.visited, to: &bytes)
        bytes.append(contentsOf: "facts".utf8)
        bytes.appendWritten(atMost: state.factTurns.count * (1 + ByteWriter.intWidth) + 1) { line in
            for turn in state.factTurns {
                line.byte(UInt8(ascii: " "))
                if let turn { line.int(turn) } else { line.byte(UInt8(ascii: "-")) }
            }
            line.byte(0x0A)
        }
        if let lastInput {
            bytes.append(contentsOf: "again ".utf8)
            CommandLog.appendEscaped(lastInput, to: &bytes)
            bytes.append(0x0A)
        }
        if let lastMistake {
            bytes.append(contentsOf: "oops ".utf8)
            CommandLog.appendEscaped(lastMistake.input, to: &bytes)
            bytes.append(0x09)
            CommandLog.appendEscaped(lastMistake.word, to: &bytes)
            if let suggestion = lastMistake.suggestion {
                bytes.append(0x09)
                CommandLog.appendEscaped(suggestion, to: &bytes)
            }
            bytes.append(0x0A)
        }
        bytes.append(contentsOf: "undo ".utf8)
        Self.appendInt(history.count, to: &bytes)
        bytes.append(0x0A)
        let memories = Self.memoryFields(current: state.core.lastSeen, history: history)
        for (step, memory) in zip(history, memories) {
            bytes.append(contentsOf: "step ".utf8)
            CommandLog.appendEscaped(step.input, to: &bytes)
            bytes.append(0x0A)
            Self.appendCore(step.core, memory: memory, to: &bytes)
            for change in step.changes {
                switch change {
                case .seen:
                    // In the `core` line above.
                    continue
                case .location(let thing, let location):
                    bytes.append(contentsOf: "place ".utf8)
                    Self.appendInt(thing, to: &bytes)
                    bytes.append(UInt8(ascii: " "))
                    Self.appendLocation(location, to: &bytes)
                case .flag(let flag, let value):
                    bytes.append(contentsOf: "flag ".utf8)
                    Self.appendInt(flag, to: &bytes)
                    bytes += value ? [0x20, UInt8(ascii: "1")] : [0x20, UInt8(ascii: "0")]
                case .counter(let counter, let value):
                    bytes.append(contentsOf: "counter ".utf8)
                    Self.appendInt(counter, to: &bytes)
                    bytes.append(UInt8(ascii: " "))
                    Self.appendInt(value, to: &bytes)
                case .visited(let scene, let value):
                    bytes.append(contentsOf: "visit ".utf8)
                    Self.appendInt(scene, to: &bytes)
                    bytes += value ? [0x20, UInt8(ascii: "1")] : [0x20, UInt8(ascii: "0")]
                case .fact(let fact, let turn):
                    bytes.append(contentsOf: "fact ".utf8)
                    Self.appendInt(fact, to: &bytes)
                    bytes.append(UInt8(ascii: " "))
                    if let turn { Self.appendInt(turn, to: &bytes) } else { bytes.append(UInt8(ascii: "-")) }
                }
                bytes.append(0x0A)
            }
        }
    }

    /// Reads the lines `appendLines` wrote, from `reader`'s position up to the line that starts
    /// with `stop` (not read), and puts `log` in as the command log. Every index is checked
    /// against the story later (`fits`), not here.
    public init(reading reader: inout SaveLineReader, log: CommandLog) throws(SaveLineError) {
        var (core, memory, changesMemory) = try Self.readCore(&reader)
        if changesMemory { throw reader.error("'seenChanged' follows no core that remembers anything") }
        if case .whole(let whole) = memory { core.lastSeen = whole }
        // Each line's fields read in place, not split into an array first.
        var locations: [Location] = []
        let places = try reader.rest(after: "places")
        if let read = Self.placesAsWritten(places) {
            locations = read
        } else {
            locations.reserveCapacity(places.count / 3)
            try SaveLineReader.forEachField(in: places) { field throws(SaveLineError) in locations.append(try Self.location(field, &reader)) }
        }
        let flags = try Self.readBits("flags", &reader)
        var counters: [Int] = []
        try SaveLineReader.forEachField(in: try reader.rest(after: "counters")) { field throws(SaveLineError) in counters.append(try reader.int(field)) }
        let visited = try Self.readBits("visited", &reader)
        var factTurns: [Int?] = []
        try SaveLineReader.forEachField(in: try reader.rest(after: "facts")) { field throws(SaveLineError) in
            factTurns.append(field.elementsEqual("-".utf8) ? nil : try reader.int(field))
        }
        state = GameState(core: core, locations: locations, flags: flags, counters: counters, visited: visited, factTurns: factTurns)
        lastInput = try reader.keyword("again ") ? try reader.text(reader.restOfLine()) : nil
        lastMistake = nil
        if try reader.keyword("oops ") {
            let parts = reader.restOfLine().split(separator: 0x09, omittingEmptySubsequences: false)
            guard parts.count == 2 || parts.count == 3 else { throw reader.error("an 'oops' line needs an input and a word") }
            lastMistake = Game.Mistake(input: try reader.text(parts[0]), word: try reader.text(parts[1]),
                                       suggestion: parts.count == 3 ? try reader.text(parts[2]) : nil)
        }
        let undoFields = try reader.fields(after: "undo")
        guard undoFields.count == 1 else { throw reader.error("expected 'undo' and a count") }
        let steps = try reader.int(undoFields[0])
        guard (0...100_000).contains(steps) else { throw reader.error("too many undo steps") }
        history = []
        history.reserveCapacity(steps)
        var memories = MemoryReading(current: core.lastSeen)
        for _ in 0..<steps {
            guard try reader.keyword("step ") else { throw reader.error("expected an undo step") }
            let input = try reader.text(reader.restOfLine())
            let (stepCore, memory, changesMemory) = try Self.readCore(&reader)
            // The memory of this step's core gives the `.seen` changes of the step before it.
            let earlier = try memories.read(memory, changesMemory: changesMemory, &reader)
            if !earlier.isEmpty { history[history.count - 1].changes += earlier }
            var changes: [Change] = []
            while let (kind, values, first, second) = reader.peekChange() {
                guard values == 2 else { throw reader.error("a change needs two values") }
                let index = try reader.int(first)
                switch kind {
                case .place: changes.append(.location(index, try Self.location(second, &reader)))
                case .flag: changes.append(.flag(index, try reader.bit(second)))
                case .counter: changes.append(.counter(index, try reader.int(second)))
                case .visit: changes.append(.visited(index, try reader.bit(second)))
                case .fact: changes.append(.fact(index, second.elementsEqual("-".utf8) ? nil : try reader.int(second)))
                }
                reader.nextLine()
            }
            history.append(Game.UndoStep(input: input, core: stepCore, changes: changes))
        }
        if !history.isEmpty { history[history.count - 1].changes += memories.finish() }
        self.log = log
    }

    // MARK: Parts

    /// The fields of `GameState.Core` as `name=value` words; `pending` (a question the parser
    /// asked, rare) last, as JSON. All 16 fields: SaveFormatTests counts them, so a field added
    /// to `Core` later is not silently left out of saves.
    ///
    /// Where each thing was last seen (`seen=thing:scene,…`) grows with the world (about 1,200
    /// entries at 1,000 rooms) and rarely changes from one turn to the next, so an undo step's
    /// core gives only what differs from the core line before it (`memory`, worked out by
    /// `memoryFields`): `seenChanged=thing:scene,thing:-,…` (`-`: no longer remembered), empty
    /// when nothing changed. A save with 100 undo steps is then about a tenth of the size.
    static func appendCore(_ core: GameState.Core, memory: MemoryField, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: "core scene=".utf8)
        appendInt(core.scene, to: &bytes)
        bytes.append(contentsOf: " turns=".utf8)
        appendInt(core.turns, to: &bytes)
        bytes.append(contentsOf: " random=".utf8)
        bytes.append(contentsOf: String(core.randomState).utf8)
        // The names as bytes, not a string made per field.
        func name(_ name: StaticString) {
            bytes.append(UInt8(ascii: " "))
            bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
            bytes.append(UInt8(ascii: "="))
        }
        func optional(_ field: StaticString, _ value: Int?) {
            guard let value else { return }
            name(field)
            appendInt(value, to: &bytes)
        }
        func list(_ field: StaticString, _ values: [Int]?) {
            guard let values else { return }
            name(field)
            for (position, value) in values.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                appendInt(value, to: &bytes)
            }
        }
        optional("ending", core.ending)
        optional("it", core.recentThing)
        optional("him", core.recentPerson)
        optional("askedBy", core.askedBy)
        optional("from", core.previousScene)
        optional("points", core.awardedPoints)
        optional("inScene", core.turnsInScene)
        optional("verbosity", core.verbosityLevel)
        list("open", core.toggledOpen)
        list("locked", core.toggledLock)
        list("group", core.recentGroup)
        list("handled", core.handled)
        switch memory {
        case .changes(let changes):
            bytes.append(contentsOf: " seenChanged=".utf8)
            for (position, (thing, scene)) in changes.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                appendInt(thing, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                if let scene { appendInt(scene, to: &bytes) } else { bytes.append(UInt8(ascii: "-")) }
            }
        case .whole(let seen) where !seen.isEmpty:
            bytes.append(contentsOf: " seen=".utf8)
            bytes.appendWritten(atMost: seen.count * (2 + 2 * ByteWriter.intWidth)) { field in
                var first = true
                seen.forEachInOrder { thing, scene in
                    if !first { field.byte(UInt8(ascii: ",")) }
                    first = false
                    field.int(thing)
                    field.byte(UInt8(ascii: ":"))
                    field.int(scene)
                }
            }
        case .whole, .none:
            break
        }
        // A proposal's words are plain lowercase words; one with any other byte is not kept
        // (it only lets `yes` answer the last thing a person proposed).
        if let proposal = core.proposal, !proposal.isEmpty,
           proposal.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x27 || $0 == 0x2D } }) {
            bytes.append(contentsOf: " proposal=".utf8)
            bytes += Array(proposal.joined(separator: ",").utf8)
        }
        if let pending = core.pending, let json = try? JSONEncoder().encode(pending) {
            bytes.append(contentsOf: " pending=".utf8)
            bytes += Array(json)
        }
        bytes.append(0x0A)
    }

    /// Reads a `core` line, and how it gives its last-seen memory (its last `seen=` or
    /// `seenChanged=`; `seenChanged=` changes the memory of the core line before it:
    /// `MemoryReading`), and whether it has a `seenChanged=` at all (which needs a memory before).
    static func readCore(_ reader: inout SaveLineReader) throws(SaveLineError) -> (GameState.Core, MemoryField, changesMemory: Bool) {
        guard try reader.keyword("core ") else { throw reader.error("expected 'core'") }
        var line = reader.restOfLine()
        var pending: PendingQuestion?
        if let marker = Self.position(of: pendingMarker, in: line) {
            guard let question = try? JSONDecoder().decode(PendingQuestion.self, from: Data(line[(marker + 9)...])) else {
                throw reader.error("the pending question cannot be read")
            }
            pending = question
            line = line[..<marker]
        }
        var scene: Int?, turns: Int?, random: UInt64?
        var core = GameState.Core(scene: 0, randomState: 0)
        var memory = MemoryField.none
        var changesMemory = false
        // Fields are told by their names' bytes (no string made for each), and the last-seen
        // memory read entry by entry (no array of its 1,200 entries at 1,000 rooms).
        var fieldStart = line.startIndex
        while fieldStart < line.endIndex {
            guard line[fieldStart] != UInt8(ascii: " ") else {
                fieldStart += 1
                continue
            }
            // `memchr`: the game's own core holds its whole memory in one field (about 10 KB).
            let fieldEnd = Self.position(of: UInt8(ascii: " "), in: line[fieldStart...]) ?? line.endIndex
            let field = line[fieldStart..<fieldEnd]
            fieldStart = fieldEnd
            guard let equals = field.firstIndex(of: UInt8(ascii: "=")) else { throw reader.error("a field of 'core' has no '='") }
            let name = field[..<equals]
            let value = field[(equals + 1)...]
            func list() throws(SaveLineError) -> [Int] {
                var result: [Int] = []
                try SaveLineReader.forEachField(in: value, separator: UInt8(ascii: ",")) { item throws(SaveLineError) in
                    result.append(try reader.int(item))
                }
                return result
            }
            // Compared with `memcmp` (a generic `elementsEqual` of the slice cost about 150
            // instructions a name, and a core line's fields are tried against up to 16).
            func named(_ text: StaticString) -> Bool {
                name.count == text.utf8CodeUnitCount
                    && name.withUnsafeBufferPointer { buffer in
                        guard let base = buffer.baseAddress else { return false }
                        return memcmp(base, text.utf8Start, text.utf8CodeUnitCount) == 0
                    }
            }
            if named("scene") { scene = try reader.int(value) }
            else if named("turns") { turns = try reader.int(value) }
            else if named("random") { random = Self.unsigned(value) }
            else if named("seenChanged") {
                var changes: [(ThingIndex, SceneIndex?)] = []
                try Self.readSeen(value, forgetting: true, &reader) { changes.append(($0, $1)) }
                memory = .changes(changes)
                changesMemory = true
            } else if named("seen") {
                memory = .whole(try Self.readWholeMemory(value, &reader))
            }
            else if named("ending") { core.ending = try reader.int(value) }
            else if named("it") { core.recentThing = try reader.int(value) }
            else if named("him") { core.recentPerson = try reader.int(value) }
            else if named("askedBy") { core.askedBy = try reader.int(value) }
            else if named("from") { core.previousScene = try reader.int(value) }
            else if named("points") { core.awardedPoints = try reader.int(value) }
            else if named("inScene") { core.turnsInScene = try reader.int(value) }
            else if named("verbosity") { core.verbosityLevel = try reader.int(value) }
            else if named("open") { core.toggledOpen = try list() }
            else if named("locked") { core.toggledLock = try list() }
            else if named("group") { core.recentGroup = try list() }
            else if named("handled") { core.handled = try list() }
            else if named("proposal") { core.proposal = value.split(separator: UInt8(ascii: ",")).map { String(decoding: $0, as: UTF8.self) } }
            else { throw reader.error("'core' has an unknown field '\(String(decoding: name, as: UTF8.self))'") }
        }
        guard let scene, let turns, let random else { throw reader.error("'core' needs a scene, turns and random") }
        core.scene = scene
        core.turns = turns
        core.randomState = random
        core.pending = pending
        return (core, memory, changesMemory)
    }

    /// A whole memory, `seen=thing:scene,…`: as the game writes it (in thing order) straight into
    /// the memory's slots (`LastSeenMemory(inThingOrder:)`), any other form (only a hand-made or
    /// damaged save's) entry by entry through `readSeen`, with its messages.
    static func readWholeMemory(_ value: ArraySlice<UInt8>, _ reader: inout SaveLineReader) throws(SaveLineError) -> LastSeenMemory {
        if let memory = LastSeenMemory(inThingOrder: value) { return memory }
        var seen = LastSeenMemory()
        try readSeen(value, forgetting: false, &reader) { seen[$0] = $1 }
        return seen
    }

    /// A `random=` value: up to 19 digits read in place (each of the 101 `core` lines has one),
    /// anything else as `UInt64(String)` reads it.
    static func unsigned(_ value: ArraySlice<UInt8>) -> UInt64? {
        guard !value.isEmpty, value.count <= 19 else { return UInt64(String(decoding: value, as: UTF8.self)) }
        var result: UInt64 = 0
        for byte in value {
            let digit = byte &- UInt8(ascii: "0")
            guard digit < 10 else { return UInt64(String(decoding: value, as: UTF8.self)) }
            result = result * 10 + UInt64(digit)
        }
        return result
    }

    /// What starts a `core` line's pending question.
    static let pendingMarker = Array(" pending=".utf8)

    /// Reads `thing:scene,…`, giving each entry to `entry`; with `forgetting` (a `seenChanged`
    /// field), `thing:-` gives the thing with no scene.
    static func readSeen(_ value: ArraySlice<UInt8>, forgetting: Bool, _ reader: inout SaveLineReader,
                         _ entry: (ThingIndex, SceneIndex?) -> Void) throws(SaveLineError) {
        var start = value.startIndex
        while start < value.endIndex {
            var end = start
            while end < value.endIndex, value[end] != UInt8(ascii: ",") { end += 1 }
            let item = value[start..<end]
            start = end + 1
            guard !item.isEmpty else { continue }
            guard let colon = item.firstIndex(of: UInt8(ascii: ":")) else {
                throw reader.error(forgetting ? "a 'seenChanged' entry is not thing:scene or thing:-" : "a 'seen' entry is not thing:scene")
            }
            let thing = try reader.int(item[..<colon])
            let scene = item[(colon + 1)...]
            if forgetting, scene.elementsEqual(CollectionOfOne(UInt8(ascii: "-"))) {
                entry(thing, nil)
            } else {
                entry(thing, try reader.int(scene))
            }
        }
    }

    /// Where `pattern` first occurs in `line`. Its last byte is looked for with `memchr`, which
    /// reads a long line (the game's `core`, with its whole last-seen memory) many bytes at a
    /// time, and the pattern checked where that byte is.
    static func position(of pattern: [UInt8], in line: ArraySlice<UInt8>) -> Int? {
        guard line.count >= pattern.count, let last = pattern.last else { return nil }
        return line.withUnsafeBufferPointer { text -> Int? in
            guard let base = text.baseAddress else { return nil }
            var from = pattern.count - 1
            while from < text.count, let found = memchr(base + from, Int32(last), text.count - from) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                let start = end + 1 - pattern.count
                if UnsafeBufferPointer(rebasing: text[start...end]).elementsEqual(pattern) { return line.startIndex + start }
                from = end + 1
            }
            return nil
        }
    }

    /// Where `byte` first occurs in `text`, found with `memchr`.
    static func position(of byte: UInt8, in text: ArraySlice<UInt8>) -> Int? {
        text.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base, Int32(byte), buffer.count) else { return nil }
            return text.startIndex + base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// `n` nowhere, `c` carried, `w` worn, `s12` in scene 12, `i40` in or on thing 40.
    static func writeLocation(_ location: Location, to line: inout ByteWriter) {
        switch location {
        case .nowhere: line.byte(UInt8(ascii: "n"))
        case .carried: line.byte(UInt8(ascii: "c"))
        case .worn: line.byte(UInt8(ascii: "w"))
        case .scene(let scene):
            line.byte(UInt8(ascii: "s"))
            line.int(scene)
        case .within(let holder):
            line.byte(UInt8(ascii: "i"))
            line.int(holder)
        }
    }

    /// One location on its own (an undo step's change).
    static func appendLocation(_ location: Location, to bytes: inout [UInt8]) {
        bytes.appendWritten(atMost: 1 + ByteWriter.intWidth) { writeLocation(location, to: &$0) }
    }

    static func location(_ field: ArraySlice<UInt8>, _ reader: inout SaveLineReader) throws(SaveLineError) -> Location {
        switch field.first {
        case UInt8(ascii: "n") where field.count == 1: return .nowhere
        case UInt8(ascii: "c") where field.count == 1: return .carried
        case UInt8(ascii: "w") where field.count == 1: return .worn
        case UInt8(ascii: "s"): return .scene(try reader.index(field.dropFirst()))
        case UInt8(ascii: "i"): return .within(try reader.index(field.dropFirst()))
        default: throw reader.error("not a place")
        }
    }

    /// A set of bits as its capacity and the indices set: `flags 64 3 17`.
    static func appendBits(_ name: String, _ bits: BitSet, to bytes: inout [UInt8]) {
        bytes += Array(name.utf8)
        bytes.appendWritten(atMost: (1 + bits.count) * (1 + ByteWriter.intWidth) + 1) { line in
            line.byte(UInt8(ascii: " "))
            line.int(bits.capacity)
            for index in 0..<bits.capacity where bits.contains(index) {
                line.byte(UInt8(ascii: " "))
                line.int(index)
            }
            line.byte(0x0A)
        }
    }

    static func readBits(_ name: String, _ reader: inout SaveLineReader) throws(SaveLineError) -> BitSet {
        let line = try reader.rest(after: name)
        // The capacity first, then the bits into a set that is not optional (setting a bit
        // through an optional cost a check and a copy's chance for each of a thousand scenes).
        var start = line.startIndex
        while start < line.endIndex, line[start] == UInt8(ascii: " ") { start += 1 }
        guard start < line.endIndex else { throw reader.error("'\(name)' needs a capacity") }
        let capacityEnd = position(of: UInt8(ascii: " "), in: line[start...]) ?? line.endIndex
        let capacity = try reader.index(line[start..<capacityEnd])
        guard capacity % 64 == 0, capacity <= 1 << 24 else { throw reader.error("'\(name)' has a capacity that is not a multiple of 64") }
        if let bits = bitsAsWritten(line[capacityEnd...], capacity: capacity) { return bits }
        var bits = BitSet(count: capacity)
        try SaveLineReader.forEachField(in: line[capacityEnd...]) { field throws(SaveLineError) in
            let index = try reader.index(field)
            guard index < capacity else { throw reader.error("'\(name)' names a bit past its capacity") }
            bits.set(index, to: true)
        }
        return bits
    }

    /// A number in decimal, without building a string: the digits into a small buffer, last
    /// first, then appended.
    static func appendInt(_ value: Int, to bytes: inout [UInt8]) {
        var rest = value.magnitude
        if rest < 10 {
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(UInt8(ascii: "0") + UInt8(rest))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var start = 20
            while rest > 0 {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            // Byte by byte: `append(contentsOf:)` costs more than the few digits it copies.
            for position in start..<20 { bytes.append(digits[position]) }
        }
    }
}

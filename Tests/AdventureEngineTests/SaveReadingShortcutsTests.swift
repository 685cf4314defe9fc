@testable import AdventureEngine
import StoryModel
import Testing
import TestSupport

/// The shortcuts a restore takes through a save's largest parts (the command lines eight bytes at
/// a time, the game's memory in thing order) give what the plain ways give, for any bytes: a
/// damaged save stays a damaged save. (The index of what lies where: ContentsIndexTests.)
@Suite struct SaveReadingShortcutsTests {
    /// What `CommandLog.reading` found, as something to compare.
    private enum Outcome: Equatable { case read(end: Int, bytes: [UInt8]), endsEarly, notAsWritten }

    private static func outcome(_ count: Int, _ bytes: [UInt8]) -> Outcome {
        switch CommandLog.reading(count, linesOf: bytes[...]) {
        case .read(let log, let end): .read(end: end, bytes: log.bytes)
        case .endsEarly: .endsEarly
        case .notAsWritten: .notAsWritten
        }
    }

    /// The command lines read one at a time: the line feed found first, its input checked by
    /// `checkedInputEnd`, UTF-8 checked at the end over every line read.
    private static func lineByLine(_ count: Int, _ bytes: [UInt8]) -> Outcome {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            var ascii = true
            for _ in 0..<count {
                guard index < buffer.count else { return .endsEarly }
                guard buffer[index] == UInt8(ascii: "+") || buffer[index] == UInt8(ascii: "-") else { return .notAsWritten }
                guard let end = CommandLog.checkedInputEnd(buffer, from: index + 1, ascii: &ascii) else { return .notAsWritten }
                guard end < buffer.count else { return .endsEarly }
                index = end + 1
            }
            guard ascii || String(validating: UnsafeBufferPointer(rebasing: buffer[..<index]), as: UTF8.self) != nil else {
                return .notAsWritten
            }
            return .read(end: index, bytes: Array(bytes[..<index]))
        }
    }

    @Test func commandLinesReadEightBytesAtATimeAsLineByLine() {
        // Bytes that matter to a line, and plain ones, so lines, escapes and damage of every kind
        // fall on every position of a word.
        let alphabet: [UInt8] = Array("ab +-\\xnrt0f7".utf8) + [0x0A, 0x0A, 0x0A, 0x01, 0x09, 0x7F, 0xC3, 0xB6, 0xFF, 0x80]
        var random = SplitMix(seed: 16)
        var kinds: Set<String> = []
        for round in 0..<20_000 {
            var bytes: [UInt8] = []
            let lines = 1 + Int(random.next() % 4)
            for _ in 0..<lines {
                bytes.append(random.next() % 5 == 0 ? UInt8(ascii: "x") : (random.next() % 2 == 0 ? UInt8(ascii: "+") : UInt8(ascii: "-")))
                let length = Int(random.next() % 20)
                for _ in 0..<length {
                    // Mostly plain letters, as commands are.
                    bytes.append(random.next() % 3 == 0 ? alphabet[Int(random.next() % UInt64(alphabet.count))] : UInt8(ascii: "e"))
                }
                if random.next() % 8 != 0 { bytes.append(0x0A) }
            }
            let count = round % 7 == 0 ? lines + 1 : max(1, lines - Int(random.next() % 2))
            let expected = Self.lineByLine(count, bytes)
            #expect(Self.outcome(count, bytes) == expected, "\(bytes) with \(count) lines")
            kinds.insert("\(expected)".prefix(4).description)
        }
        #expect(kinds == ["read", "ends", "notA"], "every outcome was tried")
    }

    @Test func aWordFlagsExactlyTheBytesToLookAt() {
        // Each byte value at each position among plain letters, and beside every other value.
        for value in 0...255 {
            for position in 0..<8 {
                var bytes = [UInt8](repeating: UInt8(ascii: "m"), count: 8)
                bytes[position] = UInt8(value)
                let other = UInt8((value * 37 + 11) & 0xFF)
                bytes[(position + 3) % 8] = other
                let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
                let expected = bytes.enumerated().reduce(UInt64(0)) { flags, byte in
                    let look = byte.element < 0x20 || byte.element == UInt8(ascii: "\\") || byte.element >= 0x7F
                    return look ? flags | 0x80 << (8 * UInt64(byte.offset)) : flags
                }
                #expect(CommandLog.bytesToLookAt(word) == expected, "\(bytes)")
            }
        }
    }

    @Test func aMemoryInThingOrderIsWhatItsEntriesGiveOneByOne() {
        var random = SplitMix(seed: 1_190)
        for _ in 0..<500 {
            var entries: [(Int, Int)] = []
            var thing = Int(random.next() % 4)
            for _ in 0..<Int(random.next() % 30) {
                entries.append((thing, Int(random.next() % 50)))
                thing += 1 + Int(random.next() % 3)
            }
            let text = Array(entries.map { "\($0.0):\($0.1)" }.joined(separator: ",").utf8)
            var oneByOne = LastSeenMemory()
            for (thing, scene) in entries { oneByOne[thing] = scene }
            #expect(LastSeenMemory(inThingOrder: text[...]) == oneByOne)
        }
        // Anything else is left to the subscript: out of order, repeated, signed, empty entries,
        // a thing past the slots' limit, a number too long.
        for text in ["3:1,2:1", "2:1,2:3", "-1:4", "1:-4", "1:2,,3:4", "1:2,", ",1:2", "1:", ":1", "1;2", "1048576:0",
                     "1:1234567890123456789"] {
            #expect(LastSeenMemory(inThingOrder: Array(text.utf8)[...]) == nil, "\(text)")
        }
    }

    /// The places line and the bit lines as the game writes them are read in one pass; whatever
    /// that pass reads, the field-by-field reading reads alike, and the game's own lines it reads.
    @Test func placesAndBitsReadInOnePassAsFieldByField() {
        var random = SplitMix(seed: 1_945)
        let alphabet = Array(" ncwsi0123456789-x".utf8)
        func fieldByField(_ line: [UInt8]) -> [Location]? {
            var reader = SaveLineReader(bytes: [], position: 0, lineNumber: 1)
            var places: [Location] = []
            do {
                try SaveLineReader.forEachField(in: line[...]) { field throws(SaveLineError) in places.append(try Game.Snapshot.location(field, &reader)) }
            } catch { return nil }
            return places
        }
        func bitsFieldByField(_ line: [UInt8], capacity: Int) -> BitSet? {
            let reader = SaveLineReader(bytes: [], position: 0, lineNumber: 1)
            var bits = BitSet(count: capacity)
            do {
                try SaveLineReader.forEachField(in: line[...]) { field throws(SaveLineError) in
                    let index = try reader.index(field)
                    guard index < capacity else { throw reader.error("past the capacity") }
                    bits.set(index, to: true)
                }
            } catch { return nil }
            return bits
        }
        for round in 0..<5_000 {
            // The game's own lines, then ones with anything in them.
            let line: [UInt8]
            if round % 3 == 0 {
                let places: [Location] = (0..<Int(random.next() % 30)).map { _ in
                    [.nowhere, .carried, .worn, .scene(Int(random.next() % 2_000)), .within(Int(random.next() % 2_000))][Int(random.next() % 5)]
                }
                var written: [UInt8] = []
                for place in places {
                    written.append(UInt8(ascii: " "))
                    Game.Snapshot.appendLocation(place, to: &written)
                }
                #expect(Game.Snapshot.placesAsWritten(written[...]) == places)
                line = written
            } else {
                line = (0..<Int(random.next() % 40)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            }
            if let read = Game.Snapshot.placesAsWritten(line[...]) { #expect(fieldByField(line) == read, "\(String(decoding: line, as: UTF8.self))") }
            let digits = line.filter { $0 == UInt8(ascii: " ") || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
            let capacity = 64 * Int(1 + random.next() % 3)
            if let bits = Game.Snapshot.bitsAsWritten(digits[...], capacity: capacity) {
                #expect(bitsFieldByField(digits, capacity: capacity) == bits, "\(String(decoding: digits, as: UTF8.self))")
            }
        }
        var visited = BitSet(count: 1_024)
        for scene in stride(from: 0, to: 1_024, by: 7) { visited.set(scene, to: true) }
        var written: [UInt8] = []
        Game.Snapshot.appendBits("visited", visited, to: &written)
        let afterCapacity = written.dropFirst("visited 1024".utf8.count).dropLast()
        #expect(Game.Snapshot.bitsAsWritten(afterCapacity, capacity: 1_024) == visited)
    }
}

import StoryModel

/// Reads the compact compiled form written by `CompactWriter`, front to back, in the order it was
/// written. Every read checks what it finds: a damaged or truncated form throws a
/// `CompactFormError` naming the byte offset, never traps, and nesting deeper than `maximumDepth`
/// is refused rather than exhausting the stack.
///
/// - Complexity: O(n) in the length of the form.
package struct CompactReader {
    /// How deeply conditions, effects and text may nest in a form.
    static let maximumDepth = 512

    package let bytes: UnsafeBufferPointer<UInt8>
    package private(set) var position: Int
    private var table: [String] = []
    private var depth = 0
    /// The lists, sets, patterns, conditions, effects and texts read so far (CompactShared.swift).
    var shared = CompactSharedReading()
    /// The file name the last range read named, and its number: a story's ranges name one file
    /// or a few, so most ranges are read without looking the name up (`readRange`).
    var lastFileName: (name: String, number: SourceFileName)?
    /// The form whose bytes these are, when it is kept for reading parts of it later (a thing's
    /// topics: `readTopics`); nil to read everything now.
    var laterForm: String?
    /// The strings made at build time for this form (`PremadeStrings`): each new string that is
    /// not made in place is taken from here, in order, when its bytes are the same.
    var premade = PremadeStrings()

    /// A reader over `bytes`, which must stay valid while it is used.
    package init(bytes: UnsafeBufferPointer<UInt8>, position: Int = 0) {
        self.bytes = bytes
        self.position = position
        // About one new string in 70 bytes of the Elbe story's form: the table is not grown
        // string by string (each growth copied and retained every string read so far).
        table.reserveCapacity(bytes.count / 64)
    }

    package var isAtEnd: Bool { position >= bytes.count }

    /// Hands the strings and shared values read so far to the process for good, so that this
    /// reader's end releases none of them: for a form read once a process (a bundled story),
    /// whose story holds every value anyway. Letting the Elbe story's tables go one value at a
    /// time was 0.35 M instructions before its first prompt (docs/performance.md, "Start-up,
    /// twenty-first round").
    mutating func keepTablesForever() {
        let kept = KeptTables()
        swap(&kept.strings, &table)
        swap(&kept.shared, &shared)
        _ = Unmanaged.passRetained(kept)
    }

    /// How many bytes of the form are left to read.
    var remaining: Int { bytes.count - position }

    package func failure(_ what: String) -> CompactFormError {
        CompactFormError("the compiled form is unreadable at byte \(position): \(what)")
    }

    /// Checks that the next bytes are `literal` and skips them.
    package mutating func expect(_ literal: String) throws {
        for byte in literal.utf8 {
            guard position < bytes.count, bytes[position] == byte else { throw failure("expected '\(literal)'") }
            position += 1
        }
    }

    /// A number of one byte (most of them: counts, tags, small indices) is read in place; a longer
    /// one by `longNumber`. 53,000 numbers are read at every start of the Elbe story, and the call
    /// alone was half of what reading one byte cost (docs/performance.md, "Start-up, ninth round").
    @inline(__always)
    package mutating func number() throws -> UInt64 {
        if position < bytes.count {
            let byte = bytes[position]
            if byte &- 0x30 < 0x20 {
                position += 1
                return UInt64(byte &- 0x30)
            }
        }
        return try longNumber()
    }

    /// The number that opens a string: like `number`, and a two-byte one (a back-reference to
    /// one of the first 1,024 strings of the table, 24,000 of them at every start of the Elbe
    /// story) also read in place rather than through `longNumber`.
    @inline(__always)
    private mutating func stringNumber() throws -> UInt64 {
        if position + 1 < bytes.count {
            let first = bytes[position]
            if first &- 0x30 < 0x20 {
                position += 1
                return UInt64(first &- 0x30)
            }
            let second = bytes[position + 1]
            if first &- 0x50 < 0x20, second &- 0x30 < 0x20 {
                position += 2
                return UInt64(first &- 0x50) | UInt64(second &- 0x30) << 5
            }
        }
        return try longNumber()
    }

    /// A number of two or three bytes (a string's back-reference past the first 1,024 strings,
    /// 14,000 of them at every start of the Elbe story; a list's larger numbers) is read in place,
    /// the rest with the loop: the loop, with its checks a byte, cost 75 instructions a number
    /// (docs/performance.md, "Start-up, thirteenth round").
    @inline(never)
    private mutating func longNumber() throws -> UInt64 {
        if position + 2 < bytes.count {
            let (first, second, third) = (bytes[position] &- 0x50, bytes[position + 1], bytes[position + 2])
            if first < 0x20 {
                if second &- 0x30 < 0x20 {
                    position += 2
                    return UInt64(first) | UInt64(second &- 0x30) << 5
                }
                if second &- 0x50 < 0x20, third &- 0x30 < 0x20 {
                    position += 3
                    return UInt64(first) | UInt64(second &- 0x50) << 5 | UInt64(third &- 0x30) << 10
                }
            }
        }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte &- 0x30 < 0x20 { return result | UInt64(byte &- 0x30) << shift }
            guard byte &- 0x50 < 0x20, shift < 60 else { throw failure("expected a number") }
            result |= UInt64(byte &- 0x50) << shift
            shift += 5
        }
        throw failure("the form ends inside a number")
    }

    package mutating func int() throws -> Int {
        guard let int = Int(exactly: CompactText.unzigzag(try number())) else { throw failure("number out of range") }
        return int
    }

    package mutating func bool() throws -> Bool {
        switch try number() {
        case 0: return false
        case 1: return true
        default: throw failure("expected true or false")
        }
    }

    /// A number that counts or tags something: at most `limit`.
    package mutating func tag(below limit: Int) throws -> Int {
        let value = try number()
        guard value < UInt64(limit) else { throw failure("unknown case \(value)") }
        return Int(value)
    }

    package mutating func string() throws -> String {
        let value = try stringNumber()
        if value & 1 == 1 {
            guard value >> 1 < UInt64(table.count) else { throw failure("unknown repeated string") }
            return table[Int(value >> 1)]
        }
        guard value >> 1 <= UInt64(bytes.count - position) else { throw failure("the form ends inside a string") }
        let length = Int(value >> 1)
        let stored = UnsafeBufferPointer(rebasing: bytes[position..<position + length])
        // A short ASCII string is made in place (SmallASCII.swift): most of a story's strings are
        // words; a longer one is taken from the strings made at build time when there are some.
        let string = SmallASCII.string(stored) ?? premade.next(matching: stored)
        position += length
        table.append(string)
        return string
    }

    /// Skips a section written by `CompactWriter.section` and returns where its bytes lie: read
    /// them with `CompactReader(section:in:)`, with the same bytes.
    package mutating func section() throws -> Range<Int> {
        let length = try number()
        guard length <= UInt64(bytes.count - position) else { throw failure("a section longer than the form") }
        let start = position
        position += Int(length)
        return start..<position
    }

    /// A reader of the section at `range` of `bytes` (as `section()` found it in the same bytes).
    package init(section range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
        self.init(bytes: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// An optional value: nil when the next byte is the nil marker (consumed), else `read`.
    package mutating func optional<T>(_ read: (inout CompactReader) throws -> T) throws -> T? {
        if position < bytes.count, bytes[position] == CompactText.nilMarker {
            position += 1
            return nil
        }
        return try read(&self)
    }

    /// A list: its count, then each element. Every element takes at least one byte, so a count
    /// larger than what is left is refused before anything is allocated.
    package mutating func list<T>(_ read: (inout CompactReader) throws -> T) throws -> [T] {
        let count = try count()
        var items: [T] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try read(&self)) }
        return items
    }

    /// A set of strings written by `CompactWriter.set`: its count, then each string; or the set
    /// read before that it repeats, shared rather than hashed again (CompactShared.swift).
    package mutating func stringSet() throws -> Set<String> {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.sets) }
        let count = try newCount(opening)
        var items = Set<String>(minimumCapacity: count)
        for _ in 0..<count { items.insert(try string()) }
        shared.sets.append(items)
        return items
    }

    // Lists of the shapes other modules read (the command parser's vocabulary,
    // `CompiledVocabulary`), read here where the generic `list` is specialized: called from
    // another module it runs unspecialized, several times slower.

    package mutating func stringSets() throws -> [Set<String>] { try list { try $0.stringSet() } }
    package mutating func stringSetLists() throws -> [[Set<String>]] { try list { try $0.stringSets() } }

    /// The canonical patterns of a vocabulary, one list per action of `actions`, written by
    /// `CompactWriter.canonicalPatternLists`: a nil marker for a pattern that is the action's own
    /// (most are), taken from the action, so neither read nor allocated again; an action whose
    /// patterns are all its own shares its very array.
    package mutating func canonicalPatternLists(of actions: [Action]) throws -> [[Pattern]] {
        guard try count() == actions.count else { throw failure("the canonical patterns do not fit the story") }
        var lists: [[Pattern]] = []
        lists.reserveCapacity(actions.count)
        for action in actions {
            guard try count() == action.patterns.count else { throw failure("the canonical patterns do not fit the story") }
            var changed: [Pattern]? = nil
            for (index, own) in action.patterns.enumerated() {
                if position < bytes.count, bytes[position] == CompactText.nilMarker {
                    position += 1
                    changed?.append(own)
                    continue
                }
                if changed == nil {
                    changed = Array(action.patterns[..<index])
                    changed?.reserveCapacity(action.patterns.count)
                }
                changed?.append(try readPattern())
            }
            lists.append(changed ?? action.patterns)
        }
        return lists
    }

    /// Strings, each with a list of numbers, as a dictionary.
    package mutating func intsByString() throws -> [String: [Int]] {
        let count = try count()
        var index = [String: [Int]](minimumCapacity: count)
        for _ in 0..<count { index[try string()] = try ints() }
        return index
    }

    /// The count of a list or set, each of whose elements takes at least one byte: refused when
    /// larger than what is left of the form, before anything is allocated.
    package mutating func count() throws -> Int {
        let count = try number()
        guard count <= UInt64(bytes.count - position) else { throw failure("a list longer than the form") }
        return Int(count)
    }

    /// The case of a `CaseIterable` enum written by `CompactWriter.choice`.
    mutating func choice<T: CaseIterable>(_ type: T.Type) throws -> T {
        let cases = Array(T.allCases)
        return cases[try tag(below: cases.count)]
    }

    /// Reads a value that may contain itself (conditions, effects, text), one level deeper.
    mutating func nested<T>(_ read: (inout CompactReader) throws -> T) throws -> T {
        guard depth < Self.maximumDepth else { throw failure("nested too deeply") }
        depth += 1
        defer { depth -= 1 }
        return try read(&self)
    }

    /// A list of strings, or the list read before that it repeats (CompactShared.swift).
    package mutating func strings() throws -> [String] {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.lists) }
        let count = try newCount(opening)
        var items: [String] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try string()) }
        shared.lists.append(items)
        return items
    }

    package mutating func ints() throws -> [Int] { try list { try $0.int() } }

    /// A list of phrases (a topic's, a named exit's), or the list read before that it repeats.
    mutating func phrases() throws -> [[String]] {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.phraseLists) }
        let count = try newCount(opening)
        var items: [[String]] = []
        items.reserveCapacity(count)
        for _ in 0..<count { items.append(try strings()) }
        shared.phraseLists.append(items)
        return items
    }
}

/// The tables of a reader kept for good (`CompactReader.keepTablesForever`).
private final class KeptTables {
    var strings: [String] = []
    var shared = CompactSharedReading()
}

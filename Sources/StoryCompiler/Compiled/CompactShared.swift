import StoryModel

// Values the compact form writes once and refers back to after that, as it does with strings:
// lists and sets of words, topics' lists of phrases, patterns, conditions, effects, texts and their
// parts. A value is read once and shared by every later place that repeats it, so that reading the
// Elbe story makes one array or one box (`Condition` and `Effect` are indirect enums, and `TextPart`'s conditions)
// for each different value rather than for each place (docs/performance.md, "Start-up, fourteenth
// round").
//
// Each such value opens with a number `n`: an even `n` starts a new value (for a list, of `n / 2`
// elements; for an enum, of case `n / 2`), which follows and joins that kind's table when it has
// been read (so a value's parts join before it); an odd `n` repeats the value at index `n / 2` of
// the table. The writer and the reader number the values in the same order.

/// The writer's tables: each value written so far, with its index.
struct CompactSharedWriting {
    var lists: [[String]: Int] = [:]
    var sets: [[String]: Int] = [:]
    var phraseLists: [[[String]]: Int] = [:]
    var patterns: [Pattern: Int] = [:]
    var conditions: [Condition: Int] = [:]
    var effects: [Effect: Int] = [:]
    var texts: [Text: Int] = [:]
    var textParts: [TextPart: Int] = [:]
}

/// The reader's tables: each value read so far, in the order it was written.
struct CompactSharedReading {
    var lists: [[String]] = []
    var sets: [Set<String>] = []
    var phraseLists: [[[String]]] = []
    var patterns: [Pattern] = []
    var conditions: [Condition] = []
    var effects: [Effect] = []
    var texts: [Text] = []
    var textParts: [TextPart] = []
}

extension CompactWriter {
    /// Writes the back-reference to a value written before and returns true, or returns false
    /// when the value is new (the caller writes it, then `remember`s it).
    mutating func repeated<T: Hashable>(_ value: T, in table: [T: Int]) -> Bool {
        guard let index = table[value] else { return false }
        number(UInt64(index) << 1 | 1)
        return true
    }

    /// The number that opens a new value: `count` (a list's, or an enum's case) doubled.
    mutating func opening(_ count: Int) {
        number(UInt64(count) << 1)
    }
}

extension CompactReader {
    /// The value of a back-reference `n` (odd) into `table`.
    func repeated<T>(_ n: UInt64, in table: [T]) throws -> T {
        guard n >> 1 < UInt64(table.count) else { throw failure("unknown repeated value") }
        return table[Int(n >> 1)]
    }

    /// The count of a new list opened by `n` (even): refused when larger than what is left of
    /// the form, before anything is allocated.
    func newCount(_ n: UInt64) throws -> Int {
        guard n >> 1 <= UInt64(remaining) else { throw failure("a list longer than the form") }
        return Int(n >> 1)
    }

    /// The case of a new enum value opened by `n` (even): at most `limit`.
    func newCase(_ n: UInt64, below limit: Int) throws -> Int {
        guard n >> 1 < UInt64(limit) else { throw failure("unknown case \(n >> 1)") }
        return Int(n >> 1)
    }
}

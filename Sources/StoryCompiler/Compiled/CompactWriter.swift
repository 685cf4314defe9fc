import StoryModel

/// Writes the compact compiled form (`CompactText`) one value at a time: numbers, strings (each
/// new string once, later ones as back-references), nil markers and lists. The layout of each
/// model type is written out by hand in `Story+CompactForm.swift` and `Logic+CompactForm.swift`,
/// beside the code that reads it back, so reading needs no `Codable` machinery.
///
///     var writer = CompactWriter()
///     writer.write(story)
///     let bytes = writer.bytes
package struct CompactWriter {
    package private(set) var bytes: [UInt8] = []
    private var table: [String: Int] = [:]
    /// The lists, sets, patterns, conditions, effects and texts written so far (CompactShared.swift).
    var shared = CompactSharedWriting()

    package init() {}

    package mutating func number(_ value: UInt64) {
        CompactText.appendNumber(value, to: &bytes)
    }

    package mutating func int(_ value: Int) {
        number(CompactText.zigzag(Int64(value)))
    }

    package mutating func bool(_ value: Bool) {
        number(value ? 1 : 0)
    }

    /// A string: its UTF-8 bytes the first time, a back-reference to the first time after that.
    package mutating func string(_ value: String) {
        if let index = table[value] {
            number(UInt64(index) << 1 | 1)
            return
        }
        table[value] = table.count
        let utf8 = Array(value.utf8)
        number(UInt64(utf8.count) << 1)
        bytes.append(contentsOf: utf8)
    }

    /// A section: its length in bytes, then what `write` writes with a writer of its own (its own
    /// strings and shared values), so that a reader can skip it and read it later on its own
    /// (`CompactReader.section`).
    package mutating func section(_ write: (inout CompactWriter) -> Void) {
        var section = CompactWriter()
        write(&section)
        number(UInt64(section.bytes.count))
        bytes.append(contentsOf: section.bytes)
    }

    /// An optional value: the nil marker, or the value itself (no value starts with that marker).
    package mutating func optional<T>(_ value: T?, _ write: (inout CompactWriter, T) -> Void) {
        guard let value else { return bytes.append(CompactText.nilMarker) }
        write(&self, value)
    }

    /// A list: its count, then each element.
    package mutating func list<C: Collection>(_ items: C, _ write: (inout CompactWriter, C.Element) -> Void) {
        number(UInt64(items.count))
        for item in items { write(&self, item) }
    }

    /// A set of strings: its count, then each string, in order so that the same set is always
    /// written the same way (a `Set`'s own order changes from process to process).
    /// A set written before is written as a back-reference to it (CompactShared.swift).
    package mutating func set(_ items: Set<String>) {
        let sorted = items.sorted()
        if repeated(sorted, in: shared.sets) { return }
        opening(sorted.count)
        for item in sorted { string(item) }
        shared.sets[sorted] = shared.sets.count
    }

    /// The case of a `CaseIterable` enum, as its position among all cases.
    mutating func choice<T: CaseIterable & Equatable>(_ value: T) {
        number(UInt64(T.allCases.firstIndex(of: value).map { T.allCases.distance(from: T.allCases.startIndex, to: $0) } ?? 0))
    }

    /// Canonical patterns, one list per action of `actions` (as `CompactReader.canonicalPatternLists`
    /// reads them): the nil marker for a pattern equal to the action's own.
    package mutating func canonicalPatternLists(_ lists: [[Pattern]], of actions: [Action]) {
        list(lists.indices) { writer, action in
            let own = action < actions.count ? actions[action].patterns : []
            writer.list(lists[action].indices) { writer, index in
                let pattern = lists[action][index]
                writer.optional(index < own.count && own[index] == pattern ? nil : pattern) { $0.write($1) }
            }
        }
    }

    /// A list of strings; one written before, as a back-reference to it (CompactShared.swift).
    package mutating func strings(_ values: [String]) {
        if repeated(values, in: shared.lists) { return }
        opening(values.count)
        for value in values { string(value) }
        shared.lists[values] = shared.lists.count
    }

    package mutating func ints(_ values: [Int]) { list(values) { $0.int($1) } }

    /// A list of phrases; one written before, as a back-reference to it.
    mutating func phrases(_ values: [[String]]) {
        if repeated(values, in: shared.phraseLists) { return }
        opening(values.count)
        for value in values { strings(value) }
        shared.phraseLists[values] = shared.phraseLists.count
    }
}

/// A fixed set of words that the parser asks about a typed word for every command (the articles,
/// the pronouns, the small words of a noun phrase, …): a `Set<String>` for everything a set
/// does, and its words interned (`WordNumbers`), so that `contains` finds a typed word without
/// hashing its characters (docs/performance.md, "Per command, twelfth round").
///
/// Declared where a `Set<String>` was, with the same literal: `static let pronouns: WordSet =
/// ["it", "them", …]`; the callers of `contains`, `union`, `isSubset(of:)` and the like are
/// unchanged.
public struct WordSet: Sequence, ExpressibleByArrayLiteral, Sendable, Equatable {
    /// The words, as a set.
    public let words: Set<String>
    private let numbers: WordNumbers

    public init(_ words: Set<String>) {
        self.words = words
        numbers = WordNumbers(words)
    }

    public init(arrayLiteral words: String...) {
        self.init(Set(words))
    }

    /// True when the word is one of the set's.
    public func contains(_ word: String) -> Bool {
        numbers.contains(word)
    }

    public func makeIterator() -> Set<String>.Iterator { words.makeIterator() }
    public var count: Int { words.count }
    public var isEmpty: Bool { words.isEmpty }
    public var underestimatedCount: Int { words.count }

    public func union(_ other: some Sequence<String>) -> Set<String> { words.union(other) }
    public func intersection(_ other: some Sequence<String>) -> Set<String> { words.intersection(other) }
    public func subtracting(_ other: some Sequence<String>) -> Set<String> { words.subtracting(other) }
    public func isSubset(of other: some Sequence<String>) -> Bool { words.isSubset(of: other) }
    public func isDisjoint(with other: some Sequence<String>) -> Bool { words.isDisjoint(with: other) }

    public static func == (lhs: WordSet, rhs: WordSet) -> Bool { lhs.words == rhs.words }
}

extension Set<String> {
    /// The words of the set that are also the `WordSet`'s, as with another set.
    public func intersection(_ other: WordSet) -> Set<String> { filter(other.contains) }
    /// The words of the set that are not the `WordSet`'s.
    public func subtracting(_ other: WordSet) -> Set<String> { filter { !other.contains($0) } }
    /// True when no word of the set is the `WordSet`'s.
    public func isDisjoint(with other: WordSet) -> Bool { !contains(where: other.contains) }
    /// True when every word of the set is the `WordSet`'s.
    public func isSubset(of other: WordSet) -> Bool { allSatisfy(other.contains) }
}

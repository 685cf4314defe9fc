import StoryModel

// `filter(_:)` for the parser's lists of words and of things, with room for the result made at
// once. The standard library's grows its result from nothing, one allocation for the first word
// kept, another for the second, another for the third and fourth: about 1,100 instructions to
// drop the articles from a command of three words, where one allocation is about 250. The
// readings filter the words of every command many times over (docs/performance.md, "Per
// command, thirteenth round"). Declared on the concrete types, these are the ones a
// `words.filter { … }` of this module calls; the same words or things in the same order.
//
// An array none of whose elements is left out is handed back as it is: most filters of a
// command's words drop nothing (no article, no `?`), and the new array cost its allocation, a
// retain of every word, then their release and the array's destruction through the generic
// `swift_arrayDestroy` (docs/performance.md, "Per command, seventeenth round"). `isIncluded`
// is still asked once of each element, in order.

extension Array where Element == String {
    func filter(_ isIncluded: (String) throws -> Bool) rethrows -> [String] {
        try keptOrSelf(where: isIncluded)
    }
}

extension ArraySlice where Element == String {
    /// An array, as the standard library's `Sequence.filter(_:)` that these calls reached.
    func filter(_ isIncluded: (String) throws -> Bool) rethrows -> [String] {
        try kept(count, where: isIncluded)
    }
}

extension Array where Element == ThingIndex {
    func filter(_ isIncluded: (ThingIndex) throws -> Bool) rethrows -> [ThingIndex] {
        try keptOrSelf(where: isIncluded)
    }
}

extension Array {
    /// The elements that `isIncluded` keeps, in order: this array itself when it keeps them all,
    /// else a new one with room for all but the first left out (at most 16, as `kept`).
    fileprivate func keptOrSelf(where isIncluded: (Element) throws -> Bool) rethrows -> [Element] {
        var index = 0
        while index < count, try isIncluded(self[index]) { index += 1 }
        guard index < count else { return self }
        var kept: [Element] = []
        kept.reserveCapacity(Swift.min(count - 1, 16))
        kept.append(contentsOf: self[..<index])
        index += 1
        while index < count {
            let element = self[index]
            if try isIncluded(element) { kept.append(element) }
            index += 1
        }
        return kept
    }
}

extension Sequence {
    /// The elements that `isIncluded` keeps, in order, with room made for up to `count` of them
    /// at once (at most 16: the lists filtered per command are a command's words or the things
    /// in sight, a few; a longer one grows as before).
    fileprivate func kept(_ count: Int, where isIncluded: (Element) throws -> Bool) rethrows -> [Element] {
        var kept: [Element] = []
        kept.reserveCapacity(Swift.min(count, 16))
        for element in self where try isIncluded(element) { kept.append(element) }
        return kept
    }
}

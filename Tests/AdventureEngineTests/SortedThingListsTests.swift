@testable import CommandParser
import StoryModel
import Testing
import TestSupport

/// `filterSorted(in:)`: the things of one ascending list that another holds, as the noun resolver
/// narrows the things every word of a phrase answers to (`iron gate`).
@Suite struct SortedThingListsTests {
    /// An ascending list without repeats, of about `count` things below `limit`.
    private static func sortedList(_ random: inout SplitMix, count: Int, limit: Int) -> [ThingIndex] {
        Array(Set((0..<count).map { _ in Int(random.next() % UInt64(limit)) })).sorted()
    }

    @Test func keepsWhatABinarySearchOfEachKeeps() {
        var random = SplitMix(seed: 15)
        for round in 0..<400 {
            // Short against long (the binary searches) and long against long (the walk).
            let first = Self.sortedList(&random, count: round % 2 == 0 ? 1 + round % 5 : 20 + round % 150, limit: 300)
            let second = Self.sortedList(&random, count: 1 + Int(random.next() % 200), limit: 300)
            #expect(first.filterSorted(in: second) == first.filter(second.containsSorted))
            #expect(second.filterSorted(in: first) == second.filter(first.containsSorted))
        }
    }

    @Test func emptyListsKeepNothing() {
        #expect([ThingIndex]().filterSorted(in: [1, 2, 3]) == [])
        #expect([1, 2, 3].filterSorted(in: []) == [])
        #expect([1, 2, 3].filterSorted(in: [3]) == [3])
        #expect([2, 4, 6, 8].filterSorted(in: [1, 2, 3, 4, 5, 6, 7, 8]) == [2, 4, 6, 8])
    }
}

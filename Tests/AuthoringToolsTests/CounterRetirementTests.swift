@testable import AuthoringTools
import StoryModel
import Testing

/// When a counter stops mattering to `verify`: a guard that compares it must be settled by a
/// condition that lasts (a flag nothing clears, a visit, a fact), or the counter is never retired.
@Suite struct CounterRetirementTests {
    static let briefed: FlagIndex = 0
    static let questions: CounterIndex = 0
    static let askedTwice = Condition.compare(questions, .greaterOrEqual, 2)

    static func retirement(_ guards: [Condition], cleared: Set<FlagIndex> = []) -> CounterRetirement? {
        CounterRetirement.find(counters: 1, guards: guards, clearedFlags: cleared)[0]
    }

    @Test func aComparisonBehindANotSetFlagRetiresOnceTheFlagIsSet() {
        let retirement = Self.retirement([.always, .and(.not(.flag(Self.briefed)), Self.askedTwice)])
        #expect(retirement?.guards == [[.flag(Self.briefed)]])
    }

    @Test func aFlagThatSomethingClearsDoesNotLast() {
        #expect(Self.retirement([.and(.not(.flag(Self.briefed)), Self.askedTwice)], cleared: [Self.briefed]) == nil)
    }

    @Test func aComparisonNothingSettlesIsNeverRetired() {
        // The same counter read behind the flag in one guard and on its own in another.
        #expect(Self.retirement([.and(.not(.flag(Self.briefed)), Self.askedTwice), Self.askedTwice]) == nil)
        // A flag that is set does not settle `briefed and questions >= 2`.
        #expect(Self.retirement([.and(.flag(Self.briefed), Self.askedTwice)]) == nil)
    }

    @Test func anOrIsSettledByALastingConditionThatMakesItTrue() {
        let visitedField = Condition.visited(3), knowsLimit = Condition.factUnlocked(5)
        #expect(Self.retirement([.or(visitedField, Self.askedTwice)])?.guards == [[.visited(3)]])
        #expect(Self.retirement([.not(.or(knowsLimit, Self.askedTwice))])?.guards == [[.fact(5)]])
    }

    @Test func aCounterNoGuardComparesHasNoRetirement() {
        #expect(Self.retirement([.and(.not(.flag(Self.briefed)), .flag(1))]) == nil)
    }
}

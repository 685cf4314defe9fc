import AuthoringTools
import Testing

/// A blind author changed two lines of a long transcript and got one block of ~48 '-' and ~48
/// '+' lines, most of them the same: each change must show as its own small hunk.
@Suite struct TextDifferenceTests {
    @Test func twoChangesFarApartShowAsTwoSmallHunks() {
        let expected = (1...40).map { "line \($0)" }
        var actual = expected
        actual[9] = "line 10, changed"
        actual[29] = "line 30, changed"
        #expect(TextDifference.describe(expected: expected.joined(separator: "\n"), actual: actual.joined(separator: "\n"), context: 1) == """
              9: line 9
            - 10: line 10
            + 10: line 10, changed
              11: line 11
              …
              29: line 29
            - 30: line 30
            + 30: line 30, changed
              31: line 31
            """)
    }

    @Test func anInsertedLineShowsAloneAndShiftsNothingElse() {
        let difference = TextDifference.describe(expected: "a\nb\nc\nd", actual: "a\nb\nnew\nc\nd", context: 0)
        #expect(difference == "+ 3: new")
    }

    @Test func identicalTextsHaveNoDifference() {
        #expect(TextDifference.describe(expected: "a\nb", actual: "a\nb").isEmpty)
    }
}

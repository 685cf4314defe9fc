import AdventureEngine
import Testing

/// A story pattern with a contraction is met however the player spells it: `on i cant swim`
/// by `I can't swim.` and `I cannot swim`, `on why cannot we cross` by `why can't we cross`,
/// `on we do not need a boat` by `we don't need a boat`. Before, a typed `can't` was read as `can not` (the story did not know
/// `can't`) while the pattern kept its `cant`, and the author's line was silently never reached.
@Suite struct ContractionSpellingsTests {
    static let source = """
    story "Bank" id bank

    scene bank "The Riverbank"
      A muddy bank. The bridge is down.
      person ortiz "Ortiz"
        nouns ortiz
        about anything else
          "Not now," says Ortiz.
      on i cant swim
        "Nobody asked you to," Ortiz says.
      on why cannot we cross
        "Because the bridge is down, Sparks."
      on we didn't see him
        "Nobody did," Ortiz says.
      on we do not need a boat
        "Tell that to the river."
      on tell {ortiz} i cant row
        "Nobody can, at first," Ortiz says.
    """

    static func replies(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.repliesAndRefusals(Self.source, commands)
    }

    @Test func everySpellingOfCantMeetsAPatternWrittenCant() throws {
        let swim = "\"Nobody asked you to,\" Ortiz says."
        #expect(try Self.replies("I can't swim.", "I cannot swim", "i cant swim") == [swim, swim, swim])
    }

    @Test func everySpellingMeetsAPatternWrittenCannot() throws {
        let cross = "\"Because the bridge is down, Sparks.\""
        #expect(try Self.replies("Why can't we cross?", "why cant we cross", "Why cannot we cross?") == [cross, cross, cross])
    }

    @Test func theApostropheIsOptionalBothWays() throws {
        #expect(try Self.replies("We didnt see him.", "we didn't see him", "We did not see him.")
            == Array(repeating: "\"Nobody did,\" Ortiz says.", count: 3))
    }

    /// A contraction after a slot is read in full too.
    @Test func aContractionAfterASlot() throws {
        #expect(try Self.replies("tell ortiz i cant row", "Tell Ortiz I can't row.")
            == Array(repeating: "\"Nobody can, at first,\" Ortiz says.", count: 2))
    }

    @Test func aPatternWrittenInFullMeetsTheContractions() throws {
        #expect(try Self.replies("We don't need a boat.", "we dont need a boat", "We do not need a boat.")
            == Array(repeating: "\"Tell that to the river.\"", count: 3))
    }
}

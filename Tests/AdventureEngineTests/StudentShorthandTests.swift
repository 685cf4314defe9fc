import AdventureEngine
import StoryModel
import Testing

/// How a blind student typed in session 39: `n` for `and`, `ya` for yes, `idk` to someone who
/// asked, and a name first before words that name nothing here.
@Suite struct StudentShorthandTests {
    static let story: Story? = testStory("""
    scene lane "The Lane"
      A muddy lane.
      exit out to yard
      exit north to field
      thing card "signal card"
        nouns card, paper
        A signal card.
        read GREEN FOR US.
      thing desk "desk"
        nouns desk, papers, paper
        fixed
        A desk covered in papers.
      person kotzebue "Lieutenant Kotzebue"
        nouns kotzebue, lieutenant
        A lieutenant.
        about russians, strehla
          "Russians?" says Kotzebue.
      on tell {kotzebue} about russians
        You tell Kotzebue about the Russians. "Tomorrow we go," he says.
      person polowsky "Polowsky"
        nouns polowsky, joe
        A private.
        talk
          "Will you promise?" Polowsky asks.
      on yes
        "Good," says Polowsky.

    scene yard "The Yard"
      A yard.
      exit in to lane

    scene field "The Field"
      A field.
      exit south to lane

    scene barn "The Barn"
      A barn.
      on idk
        Marcel shrugs back.
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func nBetweenACommandAndAVerbIsAnd() {
        let both = reply("grab card n go out")
        #expect(both.hasPrefix("Taken.") && both.contains("The Yard"), "\(both)")
        // After a way of going, or before a direction, `n` is north.
        #expect(reply("go n").hasPrefix("The Field"))
    }

    @Test func yaIsYes() {
        #expect(reply("talk to polowsky", "ya i want to") == "\"Good,\" says Polowsky.")
        #expect(reply("talk to polowsky", "yeh") == "\"Good,\" says Polowsky.")
    }

    @Test func idkToWhoeverAskedIsAShrug() {
        #expect(reply("talk to polowsky", "idk") == "You shrug, and Polowsky lets it go.")
        #expect(!reply("talk to polowsky", "idk").contains("nothing comes of it"))
    }

    @Test func aNameFirstBeforeWordsThatNameNothingHereIsSaidToThem() {
        #expect(reply("kotzebue russians r at strehla") == "You tell Kotzebue about the Russians. \"Tomorrow we go,\" he says.")
    }

    /// A student learning English, session 39.
    @Test func aVerbAloneAfterAndTakesTheThingBefore() {
        #expect(reply("take card and read") == "Taken.\nGREEN FOR US.")
    }

    @Test func theQuestionWordLastIsAsked() {
        #expect(reply("talk to kotzebue", "the russians are where?") == "\"Russians?\" says Kotzebue.")
    }

    @Test func takingPrefersWhatCanBeTaken() {
        #expect(reply("take paper") == "Taken.")
    }
}

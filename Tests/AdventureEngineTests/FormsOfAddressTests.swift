import AdventureEngine
import StoryModel
import Testing

/// A form of address at the end of a line says whom it is for (issue #11, the twentieth and
/// twenty-first blind play-tests): `whats going on sarge`, `where are we going today, sergeant?`
/// (not Ortiz, whose topic is the sergeant, nor the date), `where are you from, sir?` (the man,
/// and no "I don't know the word 'sir'" after his answer), `hello sir`.
@Suite struct FormsOfAddressTests {
    static let source = """
    story "Forms of Address"
      id forms-of-address
      by The elbe-adventure tests

    on what day is it, ask {person} about today
      Tuesday, 24 April 1945.

    scene lane "The Lane"
      A muddy lane by a mill.
      exit east to road "to the road"
      person ortiz "Ortiz"
        nouns ortiz, private, driver
        A wiry private at the wheel.
        talk
          "Second jeep, Sparks," says Ortiz.
        about sergeant, sarge, brennan
          "Brennan? He shouts because he likes you," says Ortiz.
        about anything else
          Ortiz shrugs.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant, sarge
        A big patient man.
        talk
          "Morning, Sparks," says Brennan.
        about home, where from
          "Home's where the mail comes from," says Brennan.
        about anything else
          "Later, Sparks. Ask the captain," says Brennan.

    scene road "The Road"
      A road full of people.
      exit west to lane
      person pietsch "Frau Pietsch"
        nouns pietsch, frau, woman
        A tired woman with a handcart.
        talk
          "From Silesia," she says.
        about home, where from
          "Silesia," she says.
      person thin-man "man in a striped jacket"
        nouns man, jacket
        A thin man on a milestone. He does not look up.
        talk
          He nods to you.
        about home, where from
          "Später," he says. Later.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the forms-of-address test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aRankLastSaysWhomTheQuestionIsFor() {
        let brennan = "\"Later, Sparks. Ask the captain,\" says Brennan."
        #expect(reply("whats going on sarge") == brennan)
        #expect(reply("talk to ortiz", "whats going on sarge") == brennan)
        #expect(reply("talk to ortiz", "where are we going today, sergeant?") == brennan)
        #expect(reply("where are you from sergeant") == "\"Home's where the mail comes from,\" says Brennan.")
        // The rank as what the question is about stays a question about him.
        #expect(reply("talk to ortiz", "ask ortiz about the sergeant") == "\"Brennan? He shouts because he likes you,\" says Ortiz.")
    }

    @Test func aQuestionToAPersonIsNeverTheDateForToday() {
        #expect(!reply("brennan, where are we going today?").contains("1945"))
        #expect(!reply("where are we going today, sarge").contains("1945"))
        #expect(reply("what day is it") == "Tuesday, 24 April 1945.")
    }

    @Test func sirIsTheManMeantAndNeverAnUnknownWord() {
        #expect(reply("e", "talk to frau pietsch", "where are you from, sir?") == "\"Später,\" he says. Later.")
        #expect(reply("e", "talk to the man", "where are you from, sir?") == "\"Später,\" he says. Later.")
        #expect(reply("e", "talk to frau pietsch", "where are you from, maam?") == "\"Silesia,\" she says.")
        #expect(reply("e", "hello sir") == "He nods to you.")
        #expect(reply("talk to brennan", "hello sir") == "\"Morning, Sparks,\" says Brennan.")
        #expect(!reply("e", "talk to frau pietsch", "thanks, sir").contains("sir'"))
        // Nobody here fits: the word is dropped.
        #expect(!reply("e", "talk to frau pietsch", "where are you from, major?").contains("major"))
    }
}

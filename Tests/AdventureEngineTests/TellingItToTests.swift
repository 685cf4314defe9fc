import AdventureEngine
import Testing

/// `say it to kotzebue` with news to pass on (a blind student at Kühren, session 21): talking to
/// him, not another person's line or "You can't see any such thing.".
@Suite struct TellingItToTests {
    static let source = """
    story "Barn" id telling-it

    scene barn "The Barn"
      A barn full of hay.
      person kotzebue "Lieutenant Kotzebue"
        nouns lieutenant, kotzebue
        talk
          You tell him the news. He taps the map.
      person marcel "Marcel"
        nouns marcel, frenchman
        talk
          "Five years," Marcel says.
    """

    @Test func tellingItToSomeoneIsTalkingToThem() throws {
        let replies = try StoryCompilerShim.repliesAndRefusals(Self.source, [
            "say it to kotzebue", "tell it to the lieutenant", "pass it on to kotzebue", "repeat that to marcel", "say it to ortiz",
        ])
        #expect(replies[0] == "You tell him the news. He taps the map.")
        #expect(replies[1] == "You tell him the news. He taps the map.")
        #expect(replies[2] == "You tell him the news. He taps the map.")
        #expect(replies[3] == "\"Five years,\" Marcel says.")
        #expect(replies[4] != "You tell him the news. He taps the map.")
    }
}

import AuthoringTools
import StoryCompiler
import Testing

/// The help of the noun warnings, as session 35's author met it: for "a man in a dressing gown" in
/// a scene where only a woman is, she was told to add `man` to the woman's nouns; for the man on
/// a television's screen, only to bring the story's other man into the room.
@Suite struct NounHelpTests {
    static func helps(_ sceneText: String) throws -> [String] {
        let source = """
        story "T" id t

        scene street "Street"
          \(sceneText)
          exit east to crossing

        scene crossing "Crossing"
          A crossing.
          person pensioner "old man in a flat cap"
            nouns man, pensioner
            An old man.
          on leave
            end out

        ending out "Out" success
          Bye.
        """
        let result = StoryCompiler.compile(source: source, name: "t.story")
        let story = try #require(result.story, "\(DiagnosticRenderer().render(result.diagnostics, sources: result.sources))")
        return Linter().lint(story, sources: result.sources).filter { $0.message.contains("names 'man'") }.compactMap(\.help)
    }

    @Test func aManInTheTextIsNeverTheWomanHere() throws {
        let helps = try Self.helps("""
        Across the road a man in a dressing gown is standing on a car.
          person woman "woman in a fur coat"
            nouns woman, lady
            A woman in a fur coat.
        """)
        #expect(helps.count == 1)
        #expect(!helps.contains { $0.contains("woman in a fur coat") }, "\(helps)")
    }

    @Test func aManInAThingsDescriptionMayBePartOfIt() throws {
        let helps = try Self.helps("""
        A living room.
          thing television "television"
            nouns tv
            fixed
            On the screen, a tired grey man shuffles his papers.
        """)
        #expect(helps.count == 1)
        #expect(helps.first?.hasPrefix("if the text means something of television ('television'), add 'man' to its `nouns`") == true, "\(helps)")
    }
}

import CommandParser
import Testing

/// `TopicMatch.looselyEqual` lets a question's word reach a topic in another form of the same
/// word (`planned` for `planning`, `hungry` for `hunger`), never a word that only begins alike
/// (`polowsky what happened to u after the war` had reached his "Happy?" topic, the twenty-eighth
/// blind run).
@Suite struct TopicStemTests {
    @Test(arguments: [
        ("planned", "planning"), ("hungry", "hunger"), ("worried", "worry"), ("photographs", "photograph"),
        ("stopped", "stop"), ("russians", "russian"), ("happened", "happen"), ("crossing", "cross"),
    ])
    func formsOfOneWordMatch(a: String, b: String) {
        #expect(TopicMatch.looselyEqual(a, b))
        #expect(TopicMatch.looselyEqual(b, a))
    }

    @Test(arguments: [("happened", "happy"), ("happy", "happen"), ("brother", "brothel")])
    func wordsThatOnlyBeginAlikeDoNot(a: String, b: String) {
        #expect(!TopicMatch.looselyEqual(a, b))
    }
}

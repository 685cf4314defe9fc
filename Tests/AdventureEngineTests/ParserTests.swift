import AdventureEngine
import CommandParser
import StoryModel
import Testing

/// A scope for parser tests: the given things are visible.
struct FixedScope: Scope {
    var scene: SceneIndex = 0
    var visibleThings: [ThingIndex]
    var carried: Set<ThingIndex> = []
    var recentThing: ThingIndex?
    var recentPerson: ThingIndex?
    func isCarried(_ thing: ThingIndex) -> Bool { carried.contains(thing) }
}

@Suite struct CommandParserTests {
    let parser = CommandParser(story: EngineTestStory.story)
    let scope = FixedScope(visibleThings: [0, 1, 2, 3])

    func parse(_ text: String, _ scope: FixedScope? = nil) -> ParseOutcome {
        parser.parse(Tokenizer.commands(in: text)[0], scope: scope ?? self.scope)
    }

    @Test func adjectivesNarrowAndArticlesAreSkipped() {
        #expect(parse("take the green flare") == .commands([.verb(.take, objects: [0], second: nil, words: [])]))
        #expect(parse("get red") == .commands([.verb(.take, objects: [1], second: nil, words: [])]))
        #expect(parse("pick up the orders") == .commands([.verb(.take, objects: [2], second: nil, words: [])]))
        #expect(parse("pick orders up") == .commands([.verb(.take, objects: [2], second: nil, words: [])]))
        // The sixty-sixth blind run: "I don't know the word 'steal'. Did you mean 'smell' or 'speak'?"
        #expect(parse("steal the orders") == .commands([.verb(.take, objects: [2], second: nil, words: [])]))
    }

    @Test func ambiguityAsksWhichOne() {
        guard case .question(let question) = parse("take flare") else {
            Issue.record("expected a question")
            return
        }
        #expect(question.candidates == [0, 1])
        #expect(parser.answer(["red"], to: question, scope: scope) == ["take", "#1"])
        #expect(parser.answer(["2"], to: question, scope: scope) == ["take", "#1"])
        #expect(parser.answer(["the", "green", "one"], to: question, scope: scope) == ["take", "#0"])
        #expect(parser.answer(["go", "north"], to: question, scope: scope) == nil)
    }

    @Test func missingNounAsksWhat() {
        guard case .question(let question) = parse("take") else {
            Issue.record("expected a question")
            return
        }
        #expect(question.kind == .missingNoun(.take, firstNoun: nil))
        #expect(parser.answer(["orders"], to: question, scope: scope) == ["take", "orders"])
    }

    @Test func pronounsReferToTheRecentThing() {
        var withRecent = scope
        withRecent.recentThing = 2
        withRecent.recentPerson = 3
        #expect(parse("drop it", withRecent) == .commands([.verb(.drop, objects: [2], second: nil, words: [])]))
        #expect(parse("talk to him", withRecent) == .commands([.verb(.talk, objects: [3], second: nil, words: [])]))
        #expect(parse("drop it") == .failure(.pronounUnset("it")))
    }

    @Test func takeAllAndLists() {
        #expect(parse("take all") == .commands([.all(.take, except: [])]))
        #expect(parse("take everything except the orders") == .commands([.all(.take, except: [2])]))
        #expect(parse("drop green flare and orders") == .commands([.verb(.drop, objects: [0, 2], second: nil, words: [])]))
        #expect(parse("examine all") == .failure(.allNotAllowed(.examine)))
    }

    @Test func unknownWordsSuggestWordsThatMakeSenseHere() {
        #expect(parse("go to lorenzkirsch") == .failure(.unknownWord("lorenzkirsch", suggestions: ["lorenzkirch"])))
        #expect(parse("tkae orders") == .failure(.unknownWord("tkae", suggestions: ["take"])))
        #expect(parse("take orders carefully") == .failure(.unknownWord("carefully", suggestions: [])))
        // A filler word at the end is dropped: `take orders quickly`, `call hq anyway`.
        #expect(parse("take orders quickly") == parse("take orders"))
    }

    @Test func distinctFailures() {
        #expect(parse("take horse") == .failure(.notVisible))
        #expect(parse("flare take") == .failure(.notUnderstood(verb: nil)))
        #expect(parse("orders") == .failure(.nounAsVerb(2)))
        #expect(parse("take orders north") == .failure(.notUnderstood(verb: "take")))
    }

    @Test func waysInAndOutAndPlacesByTheirExitWords() {
        #expect(parse("go inside") == .commands([.direction(.in)]))
        #expect(parse("enter the village") == .commands([.direction(.in)]))
        #expect(parse("get out") == .commands([.direction(.out)]))
        #expect(parse("go to the village") == .commands([.exit(1)]))
    }

    @Test func movingByAnExitsDescriptionAndGoingBack() {
        #expect(parse("walk up to the village") == .commands([.exit(1)]))
        #expect(parse("go to strehla") == .failure(.alreadyHere))
        #expect(parse("go back") == .commands([.verb(.back, objects: [], second: nil, words: [])]))
        #expect(parse("is this the river") == .failure(.question))
        #expect(parse("hello") == .commands([.verb(.talk, objects: [], second: nil, words: [])]))
        #expect(parse("search the orders") == .commands([.verb(.search, objects: [2], second: nil, words: [])]))
    }

    @Test func questionsAndSceneryGetTheirOwnAnswers() {
        #expect(parse("what is this") == .failure(.question))
        #expect(parse("examine the telephone") == .failure(.scenery("telephone")))
        #expect(parse("examine the telephoen") == .failure(.unknownWord("telephoen", suggestions: [])))
    }

    @Test func pluralsAndSingularsBothWork() {
        let scope = FixedScope(scene: 1, visibleThings: [5])
        #expect(parse("take flower", scope) == .commands([.verb(.take, objects: [5], second: nil, words: [])]))
        #expect(parse("take the bunch of flowers", scope) == .commands([.verb(.take, objects: [5], second: nil, words: [])]))
    }

    @Test func movementAndConversation() {
        #expect(parse("n") == .commands([.direction(.north)]))
        #expect(parse("walk east") == .commands([.direction(.east)]))
        #expect(parse("go to leckwitz") == .commands([.exit(1)]))
        #expect(parse("ask ferryman about the boat") == .commands([.verb(.ask, objects: [3], second: nil, words: ["boat"])]))
        #expect(parse("ask ferryman about the weather") == .commands([.verb(.ask, objects: [3], second: nil, words: ["weather"])]),
                "a topic may be any words, so 'about anything else' can answer")
        #expect(parse("give orders to ferryman") == .commands([.verb(.give, objects: [2], second: 3, words: [])]))
        #expect(parse("give ferryman the orders") == .commands([.verb(.give, objects: [2], second: 3, words: [])]))
    }
}

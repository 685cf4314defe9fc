import AdventureEngine
import Foundation
import StoryModel
import Testing

/// What the sixth blind play-test missed, built generally (issue #11): possessives, `where is X`
/// from memory, `who is X` from the journal, free questions to the person here, questions inside
/// `ask`, new verbs, food, verb agreement, implicit takes and `yes` after a proposal.
@Suite struct PossessivesAndMemoryQuestionsTests {
    static let source = """
    story "Sixth Test"
      id sixth-test
      by The elbe-adventure tests

    thing chocolate "bar of chocolate"
      nouns chocolate, bar
      starts carried
    thing helmet "helmet"
      starts carried
    thing radio "backpack radio"
      nouns radio
      wearable
      starts carried

    scene mill "The Mill"
      hint Go east to the road.
      The mill by the river. Captain Ferris is here, and so is Private Ortiz.
      exit east to road "to the road"
      fact bridge
      person ferris "Captain Ferris"
        nouns ferris, captain, notebook
        here Captain Ferris studies his map.
        A tired captain with a map.
        about berlin
          "Berlin is not our objective," says Ferris.
        about five miles, limit
          "Five miles, no further," says Ferris.
        about anything else
          "Not my department," says Ferris.
      person ortiz "Private Ortiz"
        nouns ortiz, driver, private
        A cheerful driver from Texas.
        about anything else
          "Ask me later," says Ortiz.

    scene road "The Road East"
      Refugees on the road. A man in a striped jacket, a woman with a cart, Soviet soldiers.
      exit west to mill
      exit east to landing "to the landing"
      person man "man in a striped jacket"
        nouns man, prisoner
        A thin man in a striped jacket.
        about food, hunger
          "Bread," says the man. "Any bread."
        about anything else
          He shakes his head.
      person woman "Frau Pietsch"
        nouns woman, frau, pietsch
        A woman with a cart.
        about americans
          "Then we walk faster," says Frau Pietsch.
        about anything else
          Frau Pietsch shrugs.
      person soldiers "Soviet soldiers"
        nouns soldiers, soldier
        Soviet soldiers in long coats.
      person sergeant "Soviet sergeant with a mug"
        nouns sergeant
        A grey-haired sergeant.
      person goloborodko "Lieutenant Goloborodko"
        nouns goloborodko, lieutenant
        here Lieutenant Goloborodko stands by the cart.
        A young Soviet lieutenant.
      on shake hands with {goloborodko}
        Goloborodko grips your hand and grins.

    scene landing "The Landing"
      A signal box by the water. Polowsky stands among the dead.
      exit west to road
      thing box "signal box"
        container
        fixed
      thing red-flare "red flare"
        nouns flare
        starts in box
      person polowsky "Polowsky"
        nouns polowsky
        here Polowsky stands among the dead.
        talk
          "Well?" Polowsky says quietly. "Will you promise?"
      person guests "Soviet guests"
        nouns guests, neda, larionov
        Major Larionov; Captain Vasily Neda, a battalion commander.
        talk
          Major Larionov shakes your hand.
      on fire {red-flare}
        if holding red-flare
          The red star climbs over the river.
        else
          You'd have to take the red flare out of the box first.
      on promise
        You promise, among the dead.
        set sworn

    flag sworn

    fact bridge "The Only Bridge"
      The railway bridge was the only one left. A mill worker, Max Hunger, cut the wires of the charges.
    """

    static let story: Story = {
        guard let story = StoryCompilerShim.compile(source) else { preconditionFailure("the sixth test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String { lastReply(Self.story, commands) }

    @Test func aPossessiveNamesThePersonOrTheirThing() {
        #expect(reply("e", "shake goloborodko's hand") == "Goloborodko grips your hand and grins.")
        #expect(reply("e", "shake goloborodkos hand") == "Goloborodko grips your hand and grins.")
        #expect(reply("look at ferris's map") == "A tired captain with a map.")
        #expect(reply("look at ferriss map") == "A tired captain with a map.")
    }

    @Test func whereIsAnswersFromWhatThePlayerHasSeen() {
        #expect(reply("where is ferris") == "Captain Ferris is here.")
        #expect(reply("e", "where is ortiz") == "You last saw Private Ortiz at the Mill.")
        #expect(reply("where is polowsky") == "You haven't met Polowsky yet.")
        #expect(reply("where is the chocolate") == "You have the bar of chocolate with you.")
    }

    @Test func whereIsSurvivesSavingAndUndo() throws {
        var (game, _) = Game.start(story: Self.story)
        _ = game.perform("e")
        let data = try JSONEncoder().encode(game.state)
        let restored = try JSONDecoder().decode(GameState.self, from: data)
        #expect(restored == game.state)
        #expect(restored.lastSeen(Self.story.things.firstIndex { $0.id == "ortiz" } ?? -1) == 0)
        // A save from before the memory existed loads, with nothing remembered.
        var json = try #require(String(data: data, encoding: .utf8))
        json = json.replacingOccurrences(of: #""lastSeen":\{[^}]*\}"#, with: "", options: .regularExpression)
            .replacingOccurrences(of: ",,", with: ",").replacingOccurrences(of: "{,", with: "{").replacingOccurrences(of: ",}", with: "}")
        #expect(!json.contains("lastSeen"))
        let old = try JSONDecoder().decode(GameState.self, from: Data(json.utf8))
        #expect(old.lastSeen(0) == nil)
    }

    @Test func whoIsQuotesTheJournalOrMemory() {
        #expect(reply("who is max hunger") == "From your journal (fact 1, The Only Bridge): A mill worker, Max Hunger, cut the wires of the charges.")
        #expect(reply("e", "who is ortiz") == "A cheerful driver from Texas.\nYou last saw Private Ortiz at the Mill.")
    }

    @Test func aFreeQuestionGoesToThePersonWhoseTopicItIs() {
        #expect(reply("why cant we go to berlin") == "\"Berlin is not our objective,\" says Ferris.")
        #expect(reply("what happens if we go further than five miles") == "\"Five miles, no further,\" says Ferris.")
        #expect(reply("what happens if we go further than 5 miles") == "\"Five miles, no further,\" says Ferris.")
        #expect(reply("e", "is he hungry") == "\"Bread,\" says the man. \"Any bread.\"")
        #expect(reply("what happened") == "Go east to the road.")
        #expect(reply("what are we doing here") == "Go east to the road.")
    }

    @Test func aQuestionInsideAskOrTellReachesTheTopic() {
        #expect(reply("e", "ask man if he is hungry") == "\"Bread,\" says the man. \"Any bread.\"")
        // `her` is the woman, even right after talking to the man.
        #expect(reply("e", "ask man about food", "tell her the americans are just behind us") == "\"Then we walk faster,\" says Frau Pietsch.")
    }

    @Test func newVerbsAndForms() {
        #expect(reply("meet ferris") == reply("talk to ferris"))
        #expect(reply("say hi to ortiz") == reply("talk to ortiz"))
        #expect(reply("zzz") == reply("wait"))
        #expect(reply("sleep in the mill") == reply("sleep"))
        #expect(reply("e", "walk away").contains("The Mill"))
        #expect(reply("put radio on my back") == "You put on the backpack radio.")
        #expect(reply("take a picture of ferris") == "You have no camera.")
        #expect(reply("listen to the radio") == "You listen to the backpack radio for a while.")
        #expect(reply("e", "e", "borrow flare") == "Taken.")
        #expect(reply("e", "e", "climb on the box") == "Little is to be achieved by that.")
    }

    @Test func foodMeansTheEdibleThingCarried() {
        #expect(reply("e", "give man food") == "The man in a striped jacket doesn't seem interested in the bar of chocolate.")
        #expect(reply("e", "x man", "give him something to eat") == "The man in a striped jacket doesn't seem interested in the bar of chocolate.")
    }

    @Test func namesAgreeAndLabelsAreNoNames() {
        #expect(reply("e", "give helmet to soldiers") == "The Soviet soldiers don't seem interested in the helmet.")
        #expect(reply("e", "ask sergeant his name") == "The Soviet sergeant with a mug doesn't give a name.")
        #expect(reply("read notebook") == "That belongs to Captain Ferris, and it isn't yours to read.")
        #expect(reply("e", "ask goloborodko his name") == "\"Lieutenant Goloborodko,\" comes the answer.")
    }

    @Test func aGroupAddressedByAMembersNameSaysWhoAnswers() {
        #expect(reply("e", "e", "talk to neda") == "(Neda is one of the Soviet guests, who answer together.)\nMajor Larionov shakes your hand.")
        #expect(reply("e", "e", "talk to guests") == "Major Larionov shakes your hand.")
    }

    @Test func anActionThatBranchesOnHoldingTakesTheThingFirst() {
        #expect(reply("e", "e", "fire red flare") == "(first taking the red flare)\nThe red star climbs over the river.")
    }

    @Test func yesAfterAProposalDoesWhatWasProposed() {
        #expect(reply("e", "e", "talk to polowsky", "yes") == "You promise, among the dead.")
        #expect(reply("e", "e", "talk to polowsky", "no") == "You politely decline.")
        #expect(reply("e", "e", "yes").hasPrefix("You nod, though nobody has asked you anything just now."))
    }
}

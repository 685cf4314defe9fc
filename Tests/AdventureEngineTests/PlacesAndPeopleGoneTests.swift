import AdventureEngine
import StoryModel
import Testing

/// Going to a place named after a direction or `back` (`go down to the town`, `go back to
/// wurzen`), following someone who has left (`follow him`), and leaving a thing behind (`leave the
/// radio here`): the twenty-second to twenty-fourth blind runs (issue #11).
@Suite struct PlacesAndPeopleGoneTests {
    static let story: Story? = testStory("""
    thing radio "field radio"
      nouns radio
      starts carried
      A heavy radio.

    thing orders "patrol orders"
      nouns orders
      starts carried
      A typed sheet.

    scene tower "The Tower"
      A tower over the river.
      exit down to bridge "to the broken bridge"
        only if ceasefire, else "Not yet: nobody goes near that bridge."
      exit "back to the town" or "town" to town
      person worker "Polish worker"
        nouns worker, pole
        adjectives polish
        A worker in a cap.
        talk
          "I show you the way," he says, and goes down to the town.
          move worker to town
      person rider "horseman"
        nouns horseman, rider
        A horseman.
        talk
          The horseman looks at you and rides off.
          remove rider
      on wave flag
        They stop firing.
        set ceasefire

    scene bridge "The Broken Bridge"
      A broken bridge.
      exit up to tower

    scene town "Torgau"
      A town square.
      exit up to tower "to the tower"
    """)

    func reply(_ commands: String...) -> String {
        guard let story = Self.story else { return "the test story does not compile" }
        return lastReply(story, commands)
    }

    @Test func aPlaceAfterADirectionIsThePlace() {
        #expect(reply("go down to the town", "look").hasPrefix("Torgau"))
        #expect(reply("go to the town", "look").hasPrefix("Torgau"))
        #expect(reply("go down to the town") != "Not yet: nobody goes near that bridge.")
        #expect(reply("go down") == "Not yet: nobody goes near that bridge.")
    }

    @Test func aPlaceWithNoWayThereIsSaid() {
        #expect(reply("go back to wurzen") == "You can't get to 'wurzen' from here.")
        #expect(reply("lets just go back to wurzen") == "You can't get to 'wurzen' from here.")
    }

    @Test func followingSomeoneWhoLeftGoesTheirWay() {
        #expect(reply("talk to worker", "follow him", "look").hasPrefix("Torgau"))
        #expect(reply("talk to worker", "follow the worker", "look").hasPrefix("Torgau"))
    }

    @Test func followingSomeoneWhoLeftForNowhereSaysSo() {
        #expect(reply("talk to horseman", "follow him") == "The horseman was here, but has gone.")
        #expect(reply("talk to horseman", "follow the horseman") == "The horseman was here, but has gone.")
    }

    @Test func leavingAThingIsDroppingIt() {
        #expect(reply("leave the radio here") == "Dropped.")
        #expect(reply("leave the orders", "inventory") == "You are carrying a field radio.")
        #expect(reply("leave") != "Dropped.")
    }
}

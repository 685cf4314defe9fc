import AdventureEngine
import StoryModel
import Testing

/// Orders to the group and to a person whose name starts with a verb (the forty-seventh and
/// forty-second blind runs): `Ask the men to use their rifles as paddles.` and `polish guy yell
/// something` were "I understood … but not the rest".
@Suite struct GroupOrdersTests {
    static let story = testStory("""
    scene bank "The River Bank"
      A steep bank over the river.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A big patient man.
        talk
          "Long, wooden, flat at one end, Sparks."
      person worker "young Polish worker"
        nouns worker, guy, lad
        adjectives young, polish
        Your guide.
        talk
          He grins.
      thing helmet "helmet"
        nouns helmet
        starts carried
        A steel helmet.
      on polish {helmet}
        You polish the helmet with your sleeve.
      on shout, yell
        Your shout is lost over the water.
      on ask {worker} to shout, ask {worker} to yell
        The worker cups his hands and yells: "Amerikanski!"
      on use rifles as paddles, paddle with rifles
        Rifle butts it is.
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test func askingTheMenToDoSomethingIsDoingIt() throws {
        #expect(try reply("Ask the men to use their rifles as paddles.") == "Rifle butts it is.")
        #expect(try reply("tell the soldiers to paddle with rifles") == "Rifle butts it is.")
    }

    @Test func aNameStartingWithAVerbThenAVerbIsAnOrder() throws {
        #expect(try reply("polish guy yell something") == "The worker cups his hands and yells: \"Amerikanski!\"")
        #expect(try reply("polish helmet") == "You polish the helmet with your sleeve.")
    }
}

/// `ortiz dont be mean` had the story's reply to any order, "Wherever you point, Sparks. EAST"
/// (the fiftieth blind run): a name, then `dont`, is their topic for the words, else said to them.
@Suite struct NegativeOrdersTests {
    static let story = testStory("""
    scene road "The Road"
      A muddy road.
      person ortiz "Ortiz"
        nouns ortiz, driver
        Your driver.
        talk
          "Ready, Sparks."
        about whistle, whistling
          "Whistling is my job, Sparks."
      on order {ortiz}
        "Wherever you point, Sparks. EAST."
    """)

    @Test func aNameThenDontIsNoOrder() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["ortiz dont be mean"]) != "\"Wherever you point, Sparks. EAST.\"")
        #expect(lastReply(story, ["ortiz dont be mean"]).hasPrefix("Ortiz"))
        #expect(lastReply(story, ["ortiz don't whistle"]) == "\"Whistling is my job, Sparks.\"")
        #expect(lastReply(story, ["ortiz drive east"]) == "\"Wherever you point, Sparks. EAST.\"")
    }
}

import AdventureEngine
import StoryModel
import Testing

/// Lines said to someone that had been read as something else (issue #11, session 14):
/// `brennan sry` was the story's reply to any order ("Help with what, Sparks?", the forty-eighth
/// blind run); `skip` jumped on the spot (the forty-fourth); `say hello to the horseman` after he
/// rode off asked "Who do you want to talk to?" (the forty-fifth); `Answer the woman: it is not
/// far` was "I understood 'answer' but not the rest" (the forty-seventh).
@Suite struct ApologiesSkippingAndAnsweringTests {
    static let story = testStory("""
    scene lane "The Lane"
      hint Fire the green flare.
      A muddy lane by the river.
      person brennan "Sergeant Brennan"
        nouns brennan, sergeant
        A big patient man.
        talk
          "Morning, Sparks."
      on order {brennan}
        "Help with what, Sparks?" Brennan says.
      person rider "horseman"
        nouns horseman, rider
        A horseman in a strange uniform.
        talk
          The horseman looks at you and rides off east.
          remove rider
      person pietsch "Frau Pietsch"
        nouns pietsch, woman
        A tired woman with a handcart.
        talk
          "Is it far, to your side of the river?"
        about far, trebsen, bridge, west
          "Not far," you tell her. She nods. "Danke."
        about anything else
          She is too tired for questions.
      person thin-man "man in the striped jacket"
        nouns man, jacket
        A thin man on a milestone.
        talk
          He nods to you.
        about going, go, ride, jeep
          He looks at the jeep. "Nein. Danke."
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test func anApologyAfterANameIsSaidToThemNotAnOrder() throws {
        for line in ["sorry brennan", "brennan sry", "brennan sorry", "brennan im sorry"] {
            #expect(try reply("talk to brennan", line).hasPrefix("Sergeant Brennan nods as you say"), "\(line)")
        }
        #expect(!(try reply("sry")).contains("I don't know the word"))
    }

    @Test func skipGivesTheWayOnNotAJump() throws {
        #expect(try reply("skip") == "Fire the green flare.")
        #expect(try reply("skip ahead") == "Fire the green flare.")
        #expect(try reply("skip this scene") == "Fire the green flare.")
        #expect(try reply("jump") != "Fire the green flare.")
    }

    @Test func sayingHelloToSomeoneGoneSaysTheyHaveGone() throws {
        #expect(try reply("talk to the horseman", "say hello to the horseman") == "The horseman was here, but has gone.")
        #expect(try reply("say hello to brennan") == "\"Morning, Sparks.\"")
        #expect(try reply("say thanks to brennan").contains("Brennan"))
    }

    @Test func answeringAPersonWithWordsSaysThemToThatPerson() throws {
        let notFar = "\"Not far,\" you tell her. She nods. \"Danke.\""
        #expect(try reply("talk to pietsch", "talk to brennan", "Answer the woman: It is not far.") == notFar)
        #expect(try reply("reply to frau pietsch that it is not far") == notFar)
        #expect(try reply("answer the woman") == "\"Is it far, to your side of the river?\"")
    }

    @Test func anAnswerNamingSomeoneElsesTopicsGoesToThem() throws {
        let notFar = "\"Not far,\" you tell her. She nods. \"Danke.\""
        #expect(try reply("talk to pietsch", "talk to the man", "no its not far just go west over the bridge at trebsen") == notFar)
        #expect(try reply("talk to pietsch", "talk to the man", "you can go with us") == "He looks at the jeep. \"Nein. Danke.\"")
    }
}

/// An apology or a polite opening to a reporter who must hear nothing (the fifty-first blind run):
/// `Sorry, sir, no comment.` had told him the story, through the story's `on say to {reporter}`;
/// `Excuse me, who was first?` was "I don't know the word 'excuse'"; `east` after "Whom do you
/// want to ask about smile?" was taken for the answer.
@Suite struct ApologiesToTheReporterTests {
    static let story = testStory("""
    scene hut "The Hut"
      A hut full of journalists. An east window lets in the light.
      exit east to yard
      person reporter "the reporter"
        nouns reporter, whitcomb
        A reporter with a notebook.
        talk
          "Were you there, soldier?"
        about first, who was first
          "Kotzebue, they say," the reporter says.
      person kowalski "Kowalski"
        nouns kowalski
        A Polish interpreter.
        talk
          "Come," he says.
      thing window "east window"
        nouns window, east
        fixed
        A dusty window.
      on say to {reporter}
        You tell him everything.
      on refuse, no comment
        "Suit yourself," he says.

    scene yard "The Yard"
      A muddy yard.
      exit west to hut
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test func anApologyTellsTheReporterNothing() throws {
        let refusal = try reply("talk to the reporter", "Sorry, sir, no comment.")
        #expect(!refusal.contains("You tell him everything."))
        #expect(refusal.contains("\"Suit yourself,\" he says."))
        #expect(try reply("talk to the reporter", "sorry whitcomb") == "The reporter nods as you say you're sorry.")
    }

    @Test func aPoliteOpeningIsNoUnknownWord() throws {
        #expect(try reply("talk to the reporter", "Excuse me, who was first?") == "\"Kotzebue, they say,\" the reporter says.")
        #expect(try reply("talk to the reporter", "excuse me who was first") == "\"Kotzebue, they say,\" the reporter says.")
    }

    @Test func aDirectionAfterWhomToAskGoesThatWay() throws {
        #expect(try reply("why didnt he smile", "east", "look").hasPrefix("The Yard"))
    }
}

/// A farewell, a name and more (the fiftieth blind run): `bye marcel say hi to ur wife` had been
/// "I understood 'bye' but not the rest".
@Suite struct FarewellsFirstTests {
    static let story = testStory("""
    scene barn "The Barn"
      Hay and lanterns.
      person marcel "Marcel"
        nouns marcel, frenchman
        A Frenchman with news.
        talk
          "Bonjour," says Marcel.
      on bye {marcel}, goodbye {marcel}
        "Au revoir," says Marcel. "Bonne chance."
    """)

    @Test func aFarewellThenANameIsTheFarewellToThem() throws {
        let story = try #require(Self.story)
        #expect(lastReply(story, ["bye marcel say hi to ur wife"]) == "\"Au revoir,\" says Marcel. \"Bonne chance.\"")
        #expect(lastReply(story, ["bye marcel"]) == "\"Au revoir,\" says Marcel. \"Bonne chance.\"")
    }
}

import StoryCompiler
import StoryModel
import Testing
import TestSupport

@Suite struct ParserTests {
    @Test func sceneParts() throws {
        let result = TinyStory.compile("""
        scene trebsen "Trebsen, on the Mulde"
          when 24 April 1945, morning
          where Trebsen
          The bridge stands.
          Rain falls.

          Second paragraph.
          first visit
            You arrive.
          revisit
            Back again.
          exit east to kuehren "the road east"

        scene kuehren
          Farms.
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let scene = story.scenes[0]
        #expect(scene.title == "Trebsen, on the Mulde")
        #expect(scene.when == "24 April 1945, morning")
        #expect(scene.place == "Trebsen")
        #expect(scene.description.paragraphs == [[.literal("The bridge stands. Rain falls.")], [.literal("Second paragraph.")]])
        #expect(scene.firstVisit == Text(plain: "You arrive."))
        #expect(scene.revisit == Text(plain: "Back again."))
        #expect(scene.exits.first?.way == .direction(.east))
        #expect(scene.exits.first?.summary == "the road east")
        #expect(story.scenes[1].title == "Kuehren")
    }

    @Test func namedExitsWithGuardAndTravelText() throws {
        let result = TinyStory.compile("""
        scene a "A"
          exit "cross the river" or "take the boat" to b
            only if holding oar, else "No oar."
            You row across.
            set crossed
          thing oar "oar"
        scene b "B"
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let exit = story.scenes[0].exits[0]
        #expect(exit.way == .named([["cross", "river"], ["take", "boat"]]))
        #expect(exit.guardCondition == .holding(0))
        #expect(exit.refusal == Text(plain: "No oar."))
        #expect(exit.travel == [.say(Text(plain: "You row across.")), .setFlag(0)])
    }

    @Test func thingWordsAndPlaces() throws {
        let result = TinyStory.compile("""
        scene camp "Camp"
          thing green-flare "green signal flare"
            nouns cartridge
          thing orders "orders"
            starts carried
          thing jeep "jeep"
            fixed
          person gordeyev "Lieutenant Gordeyev"
            nouns гордеев
        thing red-flare "red flare"
        thing map "map"
          starts in camp
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let flare = story.things[0]
        #expect(flare.nouns == ["flare", "cartridge"])
        #expect(flare.adjectives == ["green", "signal"])
        #expect(flare.initialPlace == .scene(0))
        #expect(flare.isPortable)
        #expect(story.things[1].initialPlace == .carried)
        #expect(story.things[2].isPortable == false)
        let person = story.things[3]
        #expect(person.isPerson && person.isProperName && !person.isPortable)
        #expect(person.nouns == ["gordeyev", "гордеев"])
        #expect(story.things[4].initialPlace == .nowhere)
        #expect(story.things[5].initialPlace == .scene(0))
    }

    @Test func conditionPrecedenceAndComparisons() throws {
        let result = TinyStory.compile("""
        counter morale starts at 3
        scene a "A"
          exit north to a
            only if not holding lamp or visited a and morale >= 2
          exit south to a
            only if (lit or morale is not 4) and lamp is here
          thing lamp "lamp"
          on light lamp
            set lit
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let exits = story.scenes[0].exits
        #expect(exits[0].guardCondition == .or(.not(.holding(0)), .and(.visited(0), .compare(0, .greaterOrEqual, 2))))
        #expect(exits[1].guardCondition == .and(.or(.flag(0), .compare(0, .notEqual, 4)), .thingAt(0, .here)))
        #expect(story.counters == [Story.Counter(name: "morale", initialValue: 3)])
    }

    @Test func conditionalText() throws {
        let result = TinyStory.compile("""
        scene a "A"
          Dark{if lit} but lit{else} and unlit{if cold}, cold{end}{end}.
          on light
            set lit
          on freeze
            set cold
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].description.paragraphs == [[
            .literal("Dark"),
            .conditional(.flag(0), then: [.literal(" but lit")],
                         otherwise: [.literal(" and unlit"), .conditional(.flag(1), then: [.literal(", cold")], otherwise: [])]),
            .literal("."),
        ]])
    }

    @Test func actionsWithSlotsEffectsAndScope() throws {
        let result = TinyStory.compile("""
        scene a "A"
          thing flare "green flare"
          on fire {flare}, "shoot {flare}" if holding flare
            The flare arcs.
            set signalled
            add 2 to shots
            subtract 1 from shots
            unlock fact flares
            move flare to b
            go to b
        on wave at {person}
          say You wave.
          end met
        scene b "B"
        fact flares "Flares"
          Green for the Americans.
        ending met "Met" success
          Hands meet.
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.actions.count == 2)
        let fire = story.actions[0]
        #expect(fire.scene == 0)
        #expect(fire.patterns == [Pattern(elements: [.word("fire"), .slot(.thing(0))]),
                                  Pattern(elements: [.word("shoot"), .slot(.thing(0))])])
        #expect(fire.response.guardCondition == .holding(0))
        #expect(fire.response.effects == [.say(Text(plain: "The flare arcs.")), .setFlag(0), .addToCounter(0, 2),
                                          .addToCounter(0, -1), .unlockFact(0), .move(0, to: 1), .goTo(1)])
        #expect(story.globalActions == [1])
        #expect(story.actions[1].patterns == [Pattern(elements: [.word("wave"), .word("at"), .slot(.anyPerson)])])
        #expect(story.endings[0].isSuccess)
    }

    @Test func ifElseInsideAnAction() throws {
        let result = TinyStory.compile("""
        scene a "A"
          on wave
            if waved
              Again.
            else if lit
              Lit.
              set waved
            else
              Dark.
            Always.
          on light
            set lit
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let waved = 0, lit = 1
        #expect(story.actions[0].response.effects == [
            .branch(.flag(waved), then: [.say(Text(plain: "Again."))],
                    otherwise: [.branch(.flag(lit), then: [.say(Text(plain: "Lit.")), .setFlag(waved)],
                                        otherwise: [.say(Text(plain: "Dark."))])]),
            .say(Text(plain: "Always.")),
        ])
    }

    @Test func aStrayElseIsReported() {
        let result = TinyStory.compile("scene a\n  on wave\n    Hello.\n    else\n      Bye.\n")
        #expect(result.errors.map(\.code) == [.strayTextTag])
    }

    @Test func peopleTopicsAndTalk() throws {
        let result = TinyStory.compile("""
        scene a "A"
          person ferryman "ferryman"
            talk
              "Across?"
            about the river, current
              only if paid, else "Pay first."
              "Fast."
          on pay
            set paid
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        let ferryman = story.things[0]
        #expect(ferryman.talk?.effects == [.say(Text(plain: "\"Across?\""))])
        #expect(ferryman.topics[0].phrases == [["river"], ["current"]])
        #expect(ferryman.topics[0].response.guardCondition == .flag(0))
        #expect(ferryman.topics[0].response.refusal == Text(plain: "Pay first."))
    }

    @Test func escapedProseAndComments() throws {
        let result = TinyStory.compile("""
        # a comment
        scene a "A"
          \\exit is a word too.
          # another comment
          A \\{brace\\}.
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].description.paragraphs == [[.literal("exit is a word too. A {brace}.")]])
    }

    /// A `#` or a backslash that a combining mark joins into another Character is neither a
    /// comment nor an escape: the line is text as written (the outline decides on the bytes only
    /// where a byte is a Character).
    @Test func aMarkOnHashOrBackslashKeepsTheLineAsText() throws {
        let result = TinyStory.compile("""
        scene a "A"
          #\u{301} is read as text.
          \\\u{301}exit east, the sign says.
          # a comment\t
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].description.paragraphs == [[.literal("#\u{301} is read as text. \\\u{301}exit east, the sign says.")]])
    }

    @Test func headerOnOneLineOrInABlock() throws {
        let inline = TinyStory.compile("story \"T\" by \"Me\" id t version 2 start at b\nscene a\nscene b\n", withHeader: false)
        let block = TinyStory.compile("story \"T\"\n  by Me\n  id t\n  version 2\n  start at b\nscene a\nscene b\n", withHeader: false)
        for result in [inline, block] {
            let story = try #require(result.story, "\(TinyStory.rendered(result))")
            #expect(story.metadata == Story.Metadata(title: "T", author: "Me", id: "t", version: "2",
                                                      introduction: Text(), credits: Text()))
            #expect(story.start == 1)
        }
    }

    @Test func reportsEveryErrorNotJustTheFirst() {
        let result = TinyStory.compile("""
        scene a "A"
          exit nrth to a
          exit east to b
          thing lamp "lamp"
            starts in nowhere-land
        """)
        #expect(result.story == nil)
        #expect(result.errors.map(\.code) == [.unknownDirection, .unknownScene, .unknownScene])
    }
}

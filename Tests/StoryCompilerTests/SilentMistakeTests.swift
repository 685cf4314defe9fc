import StoryCompiler
import Testing
import TestSupport

/// Mistakes that used to compile without a word: each now gets a diagnostic at its line,
/// rendered in full as `check` prints it.
@Suite struct SilentMistakeTests {
    static func rendered(_ source: String) -> String {
        let result = StoryCompiler.compile(source: "story \"T\" id t\n\n" + source, name: "t.story")
        return DiagnosticRenderer().render(result.diagnostics, sources: result.sources)
    }

    /// Session 36's author: an action's text written level with its `on` line joined the scene's
    /// description, and the action printed nothing; Inform's `[if sat]…[end if]` was shown as it is.
    @Test func anActionWithNothingUnderItAndInformsConditionalTextAreWarned() {
        let rendered = Self.rendered("scene a \"A\"\n  A bench.[if sat] You sat on it.[end if]\n  on wave\n  Mum waves.")
        #expect(rendered.contains("warning: '[if sat]' is Inform's way of writing conditional text; here it would be shown as it is [stray-text-tag]"), "\(rendered)")
        #expect(rendered.contains("= write {if sat}…{end} (and {else} for Inform's [otherwise])"), "\(rendered)")
        #expect(rendered.contains("warning: this action has nothing indented under it, so it would do nothing and print nothing [empty-block]"), "\(rendered)")
    }

    /// A blind author, session 39: `Only if holding oars, else "…"` under an exit was text, the
    /// exit went through unguarded, and `check` said nothing; so were `Set`, `Give`, `Exit`.
    @Test func anInstructionWithACapitalIsWarned() {
        let rendered = Self.rendered("""
        scene jetty "Jetty"
          A jetty.
          exit west to boathouse
          Exit north to rock
          on push boat
            Set boat-adrift
            Give oars
            The boat drifts off.
        scene rock "Rock"
          A rock.
        scene boathouse "Boathouse"
          A boathouse.
        thing oars "oars"
          A pair of oars.
        """)
        #expect(rendered.contains("6:3: warning: this line starts with 'Exit' with a capital letter, so it is read as text, not as the instruction 'exit' [keyword-in-capitals]"), "\(rendered)")
        #expect(rendered.contains("8:5: warning: this line starts with 'Set' with a capital letter"), "\(rendered)")
        #expect(rendered.contains("= instructions are written in lowercase: 'set boat-adrift'"), "\(rendered)")
        #expect(rendered.contains("9:5: warning: this line starts with 'Give' with a capital letter"), "\(rendered)")
        #expect(!rendered.contains("10:5: warning"), "\(rendered)")
    }

    /// `only if holding the matches` had the help "'view of the sea' is the name of 'view'" (session 39).
    @Test func anArticleBeforeAnIDIsSaidToBeLeftOut() {
        let rendered = Self.rendered("""
        scene a "A"
          A view of the sea.
          thing view "view of the sea"
            fixed
            The sea.
          thing matches "box of matches"
            A box.
          on light lamp
            only if holding the matches
            You light it.
        """)
        #expect(rendered.contains("= leave out 'the': conditions and effects name a thing by its id alone ('holding matches')"), "\(rendered)")
        #expect(!rendered.contains("is the name of 'view'"), "\(rendered)")
    }

    /// A scene id written twice: the exit to the second scene's meant id gets no help naming the
    /// duplicated id, which would send it to the wrong scene (session 39).
    @Test func aDuplicatedSceneIDIsNotSuggestedForAnExit() {
        let rendered = Self.rendered("""
        scene yard "The Yard"
          A yard.
          exit up to cliff
        scene yard "The Cliff Top"
          A cliff.
        """)
        #expect(rendered.contains("[duplicate-id]"), "\(rendered)")
        #expect(!rendered.contains("is the title of 'yard'"), "\(rendered)")
    }

    /// Text that starts with such a word is text: a sentence, not the instruction's shape.
    @Test func textThatStartsWithAnInstructionsWordIsNotWarned() {
        let rendered = Self.rendered("""
        scene jetty "Jetty"
          Set in 1890, the lighthouse stood alone.
          on ask for help
            Only if you ask politely, he says, will he help.
            Give it time.
            End of the line, he says.
        """)
        #expect(!rendered.contains("keyword-in-capitals"), "\(rendered)")
    }

    /// `exit in to church if sat` (session 36's author read "put the text in quotes"): the guard
    /// is `only if`, and the exit is read with it.
    @Test func anExitsIfIsSaidToBeOnlyIf() {
        let rendered = Self.rendered("scene a \"A\"\n  A.\n  exit in to b if sat\nscene b \"B\"\n  B.")
        #expect(rendered.contains("error: an exit's condition is written 'only if', not 'if' [unexpected-words]"), "\(rendered)")
        #expect(rendered.contains("= write 'only if' in its place, on this line or on the line below the exit"), "\(rendered)")
    }

    /// A blind author's `scene kitchen The Kitchen` read "unexpected 'the' after the scene's
    /// title", with no title written (session 36): the title goes in quotes, as typed.
    @Test func aSceneTitleWithoutQuotesIsSaidToNeedThem() {
        let rendered = Self.rendered("scene kitchen The Kitchen\n  A kitchen.")
        #expect(rendered.contains("error: a scene's title goes in quotes [unexpected-words]"), "\(rendered)")
        #expect(rendered.contains("= write it like this: scene kitchen \"The Kitchen\""), "\(rendered)")
    }

    /// `if delivered` in a scene, meant as text shown only then (session 36's author): the help
    /// names the conditional text with the author's own condition.
    @Test func anIfInASceneNamesConditionalText() {
        let rendered = Self.rendered("scene a \"A\"\n  A kitchen.\n  if delivered\n    Mama smiles.")
        #expect(rendered.contains("to show text only when a condition holds, write it in the paragraph: {if delivered}the text{end}"), "\(rendered)")
    }

    /// A blind author's wrapped line after a full stop ("…3:05 p.m." / "when Eagle begins…")
    /// became the scene's date line without a word.
    @Test func aDateLineRightUnderTheTextIsReported() {
        #expect(Self.rendered("""
        scene a "A"
          The clock reads 3:05 p.m.
          when Eagle begins its powered descent, nobody speaks.
        """) == """
        t.story:5:3: warning: this line starts with 'when', so it is read as an instruction, though it reads like a sentence of the text above [keyword-in-sentence]
           5 |   when Eagle begins its powered descent, nobody speaks.
             |   ^~~~
              = if it is text, start it with a backslash (\\when Eagle begins it…) or a capital letter; if it is an instruction, put a blank line above it


        """)
    }

    /// A blind author's description wrapped by hand ("He will not" / "talk to anybody in the
    /// crowd.") was cut short, and the words after `talk` were dropped, with only the general
    /// warning (session 33): one error now, at that line, with the way to keep it text.
    @Test func aWrappedTalkLineIsOneError() {
        #expect(Self.rendered("""
        scene a "A"
          A checkpoint.
          person guard "guard"
            A young man in a grey uniform. He will not
            talk to anybody in the crowd.
            talk
              "Go home," he says.
        """) == """
        t.story:7:5: error: this line starts with 'talk', so it is read as the start of what the person 'guard' says when talked to, though the text above stops mid-sentence: the text is cut here, and the words after 'talk' are not used [keyword-in-sentence]
           7 |     talk to anybody in the crowd.
             |     ^~~~
              = if it continues the text, start it with a backslash (\\talk to anybody in the cr…)


        """)
    }

    /// Words after `talk` were dropped without a word; a `talk` with nothing under it says nothing.
    @Test func wordsAfterTalkAndAnEmptyTalkAreReported() {
        let rendered = Self.rendered("""
        scene a "A"
          A checkpoint.
          person guard "guard"
            A young man in a grey uniform.
            talk go home
              "Go home," he says.
          person clerk "clerk"
            A clerk.
            talk
        """)
        #expect(rendered.contains("t.story:7:10: error: unexpected 'go' after 'talk' (what the person says goes on the lines indented below it) [unexpected-words]"))
        #expect(rendered.contains("t.story:11:5: warning: 'talk' has no text indented under it [empty-block]"))
    }

    /// An action indented under a thing is reported; a flag it sets and something reads is
    /// "never set", and now says where it is set, under the misplaced line (a blind author,
    /// session 34, fixed the flag first and found nothing wrong with it).
    @Test func aFlagSetUnderAMisplacedActionSaysWhere() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.
          thing list "alarm list"
            A list of alarms.
            on read {list}
              You read it.
              set list-read
          on wait
            if list-read
              You know the alarms.
        """)
        let unknown = result.errors.first { $0.code == .unknownFlag }
        #expect(unknown?.notes.first?.message.contains("looks like 'set list-read' but was read as text because it is under 'on read {list}', reported as in the wrong place, so none of it runs") == true,
                "\(result.errors.map(\.message)) \(unknown?.notes.map(\.message) ?? [])")
    }

    /// `talking to` names a person: a thing there is a mistake, not a condition that never holds.
    @Test func talkingToAThingIsReported() {
        #expect(Self.rendered("""
        scene road "The Road"
          A muddy road.
          thing cart "handcart"
            A handcart.
          on where are you going
            only if talking to cart, else "Nobody answers."
            "West," says the cart.
        """).contains("error: 'cart' is a thing, not a person, so the player cannot be talking to it [wrong-kind]"))
    }

    @Test func effectLinesInAnEndingAreReported() {
        #expect(Self.rendered("""
        scene a "A"
          A room.

        ending won "Won" success
          You made it.
          unlock fact last
        """) == """
        t.story:8:3: error: 'unlock' belongs in an action or topic, not in an ending, so this line would be shown as text [misplaced-keyword]
           8 |   unlock fact last
             |   ^~~~~~
              = an ending only shows text; run 'unlock' in the action or exit that ends the story, before its 'end' line


        """)
    }

    @Test func effectLinesUnderAnUnknownBlockAreReported() {
        #expect(Self.rendered("""
        scene a "A"
          A room.

          every turn
            set bored
        """) == """
        t.story:6:3: error: 'every turn' is not an instruction in a scene, so the lines indented under it, such as 'set bored', would be shown as text [unknown-keyword]
           6 |   every turn
             |   ^~~~~
              = indent those lines under a block that runs them (an action 'on …', an exit, 'talk', 'about'), or remove the block


        """)
    }

    @Test func aLowercasePropertyThatDoesNotExistIsReported() {
        #expect(Self.rendered("""
        scene a "A"
          A room.
          thing lamp "lamp"
            fixd
            A lamp.
          thing cloak "cloak"
            wear cloak
        """) == """
        t.story:6:5: error: 'fixd' is not an instruction in a thing [unknown-keyword]
           6 |     fixd
             |     ^~~~
              = did you mean 'fixed'?
              = if this line is meant as text, start it with a capital letter or a backslash (\\)

        t.story:9:5: error: 'wear cloak' is not an instruction or property of a thing, so it would be shown as text [unknown-keyword]
           9 |     wear cloak
             |     ^~~~~~~~~~
              = if this line is meant as text, start it with a capital letter or a backslash (\\)


        """)
    }

    @Test func textTagsInAWhenLineAndOnlyIfOnAHintLineAreReported() {
        #expect(Self.rendered("""
        scene a "A"
          when {if late}Night{else}Day{end}
          hint Push forward. only if not gate-open
          A room.
        """) == """
        t.story:4:8: error: '{…}' does not work in a 'when' line: the line is shown exactly as written [stray-text-tag]
           4 |   when {if late}Night{else}Day{end}
             |        ^
              = write the date and place plainly; use {if …} in the scene's paragraphs instead

        t.story:5:22: error: 'only if' on the 'hint' line would be shown as part of the hint [misplaced-keyword]
           5 |   hint Push forward. only if not gate-open
             |                      ^~~~~~~
              = put it on its own line, indented under the hint: only if CONDITION


        """)
    }

    @Test func threeMisplacedLinesInARowGiveThreeErrors() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.
          thing lamp "lamp"
            A lamp.
            exit north to a
            exit south to a
            exit east to a
        """)
        #expect(result.errors.map(\.code) == [.misplacedKeyword, .misplacedKeyword, .misplacedKeyword])
        #expect(result.errors.map { $0.range?.start.line } == [7, 8, 9])
    }

    /// `on show {notebook} to {snow}` under a person (a blind author's Broad Street): one error, not
    /// four (the lines under it as swallowed text, its slots as stray text tags).
    @Test func anActionUnderAPersonIsOneError() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A yard.
          person snow "Dr Snow"
            talk
              "Water."
            on show {notebook} to {snow}
              He reads it.
              award 1 point
          thing notebook "notebook"
            A notebook.
        """)
        #expect(result.errors.map(\.code) == [.misplacedKeyword])
        #expect(result.errors.map { $0.range?.start.line } == [8])
    }

    @Test func anErrorOnAKeywordLineSaysHowTheLineWasRead() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.

          on the railing. The guards wave.
        """)
        #expect(result.errors.first?.message == "'.' cannot be part of a command")
        #expect(result.errors.first?.notes.first?.message.hasPrefix("this line was read as the instruction 'on'") == true)
    }

    /// Right under a sentence cut short, the line's errors are one: the warning that it was read
    /// as an instruction, made an error, with what failed under it (session 33's blind author had
    /// three errors for "give you her address." She writes it…", one a "no closing quote mark" at
    /// the quote that closes the line above's).
    @Test func theErrorsOfAWrappedLineAreOne() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.
          person anna "Anna"
            A woman.
            talk
              "Come tomorrow and I will
              give you her address." She writes it on a scrap of paper.
        """)
        #expect(result.errors.count == 1)
        #expect(result.warnings.isEmpty)
        #expect(result.errors.first?.code == .keywordInSentence)
        #expect(result.errors.first?.message == "this line starts with 'give', so it is read as an instruction, though the text above stops mid-sentence")
        #expect(result.errors.first?.notes.map(\.message) == [
            "read as an instruction, it fails: there is no thing called 'you'",
            "read as an instruction, it fails: unexpected 'her' after 'give'",
            "read as an instruction, it fails: this text has no closing quote mark",
        ])
    }
}

extension SilentMistakeTests {
    @Test func aThingsNameUsedAsItsIdIsExplained() {
        let result = StoryCompiler.compile(source: """
        story "T" id t

        scene a "A"
          A room.
          thing id-card "identity card"
            An identity card.
          on show pass
            only if holding identity, else "You have no pass."
            You show it.
        """)
        #expect(result.errors.first?.message == "there is no thing called 'identity'")
        #expect(result.errors.first?.help == "'identity card' is the name of 'id-card'; conditions and effects use ids: 'id-card'")
    }

    /// A blind author's `set bored`, wrapped into a scene's paragraph, was shown as text, and
    /// "the flag 'bored' is never set" did not say where the author had written it.
    @Test func aFlagNeverSetPointsAtTheSetLineKeptAsText() {
        #expect(Self.rendered("""
        scene porch "The Porch"
          You wait and wait and
          set bored
          The door stays shut.
          person duke "Duke"
            about weather
              only if bored, else "Not now."
              It will rain.
        """) == """
        t.story:9:15: error: the flag 'bored' is never set anywhere in the story [unknown-flag]
           9 |       only if bored, else "Not now."
             |               ^~~~~
        t.story:5:3: note: line 5 looks like 'set bored' but was read as text because 'set' is not an instruction in a scene (effects run only in an action 'on …', an exit or a topic); did you mean it as an effect?
           5 |   set bored
             |   ^~~~~~~~~


        """)
    }

    @Test func aCounterNeverDeclaredPointsAtItsEffectKeptAsText() {
        #expect(Self.rendered("""
        scene a "A"
          A room.
          on knock
            only if tries > 2, else "Nothing."
            Someone answers.
          on wait
            Time passes.

            \\add 1 to tries
        """) == """
        t.story:6:13: error: there is no counter called 'tries' [unknown-counter]
           6 |     only if tries > 2, else "Nothing."
             |             ^~~~~
        t.story:11:5: note: line 11 looks like 'add 1 to tries' but was read as text because it starts with a backslash, which makes a line text; did you mean it as an effect?
          11 |     \\add 1 to tries
             |     ^~~~~~~~~~~~~~~


        """)
    }

    /// Hints are tried in order and the first that holds is shown.
    @Test func aHintAfterAnUnconditionalHintIsReported() {
        #expect(Self.rendered("""
        scene a "A"
          A room.
          hint Look around.
          hint Take the lamp.
            only if holding lamp
          thing lamp "lamp"
        """) == """
        t.story:6:3: warning: this hint can never be shown: the hint on line 5 has no 'only if', and 'hint' shows the first hint whose condition holds [unreachable-hint]
           6 |   hint Take the lamp.
             |   ^~~~
              = put the hint without 'only if' last, or give it a condition


        """)
    }

    /// A blind author's lamp description, one level too shallow, became part of the room.
    @Test func aThingDescriptionOneLevelTooShallowIsReported() {
        #expect(Self.rendered("""
        scene a "A Bare Room"
          A bare room.
          thing lamp "lamp"
            here A lamp is here.
          A heavy brass lamp.

          The window is barred.
        """) == """
        t.story:7:3: warning: this text is indented as part of the scene, though it comes right under 'lamp', which has no description: the player sees it in the scene's description, and 'examine' shows nothing for 'lamp' [misindented-description]
           7 |   A heavy brass lamp.
             |   ^~~~~~~~~~~~~~~~~~~
              = if it describes 'lamp', indent it to column 5, like the lines under 'thing lamp'; if it belongs to the scene, put a blank line above it


        """)
    }

    @Test func aSceneDescriptionOneLevelTooDeepIsReported() {
        #expect(Self.rendered("""
        scene cellar "The Cellar"
          thing barrel "barrel"
            fixed
            A damp cellar. A barrel stands against the wall.
        """) == """
        t.story:6:5: warning: the scene 'cellar' has no description of its own, and this text is indented under 'barrel', so only 'examine' shows it [misindented-description]
           6 |     A damp cellar. A barrel stands against the wall.
             |     ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
              = if it describes the scene, indent it less (as deep as the 'thing' line); if it describes 'barrel', give the scene a description too


        """)
    }

    /// A name or title written for an id is one mistake: one error, which names the id.
    @Test func aTitleWrittenForAnIDNamesTheIDOnce() {
        #expect(Self.rendered("""
        scene a "A"
          A room.
          exit east to hall
          on wave
            only if wearing visitor badge, else "No."
            Hi.
          on nod
            only if visited Entrance Hall and knows The Landing
            Hi.
          thing badge "visitor badge"
            wearable

        scene hall "Entrance Hall"
          Hall.
          fact landing

        fact landing "The Landing"
          source A book
          It landed.
        """) == """
        t.story:7:21: error: there is no thing called 'visitor' [unknown-thing]
           7 |     only if wearing visitor badge, else "No."
             |                     ^~~~~~~
              = 'visitor badge' is the name of 'badge'; conditions and effects use ids: 'badge'

        t.story:10:21: error: there is no scene called 'entrance' [unknown-scene]
          10 |     only if visited Entrance Hall and knows The Landing
             |                     ^~~~~~~~
              = 'Entrance Hall' is the title of 'hall'; conditions and effects use ids: 'hall'


        """)
    }

    /// A mistyped keyword is one mistake: the line after it is not also "in a sentence".
    @Test func aMistypedKeywordDoesNotMakeTheNextLineASentence() {
        #expect(Self.rendered("""
        scene a "A"
          A room.
          thing badge "badge"
            wearble
            here A visitor badge lies on the desk.
            fact alarm-codes
        """) == """
        t.story:6:5: error: 'wearble' is not an instruction in a thing [unknown-keyword]
           6 |     wearble
             |     ^~~~~~~
              = did you mean 'wearable'?
              = if this line is meant as text, start it with a capital letter or a backslash (\\)

        t.story:8:5: error: 'fact' belongs in the top level of the file or a scene, not in a thing, so this line would be shown as text [misplaced-keyword]
           8 |     fact alarm-codes
             |     ^~~~
              = check the indentation of this line; if this line is meant as text, start it with a capital letter or a backslash (\\)


        """)
    }

    /// A blind author's exit, indented under a thing's description, got a help that did not
    /// say the obvious fix.
    @Test func anExitIndentedUnderTextSaysToIndentItLess() {
        #expect(Self.rendered("""
        scene a "A"
          A room.
          thing box "box"
            fixed
            A wooden box.
              exit south to yard

        scene yard "Yard"
          A yard.
        """) == """
        t.story:7:5: error: 'A wooden box.' is not an instruction in a thing, so the lines indented under it, such as 'exit south to yard', would be shown as text [unknown-keyword]
           7 |     A wooden box.
             |     ^
              = 'exit' belongs in a scene: indent 'exit south to yard' less, so that it is no longer under this text


        """)
    }

    /// One tab-indented line in a file indented with spaces gave a blind author 12 errors, the
    /// right one buried among them: it must be the only one.
    @Test func oneTabIndentedLineGivesOneError() {
        #expect(Self.rendered("""
        scene lobby "Lobby"
          The lobby.
          exit east to back
          thing flashlight "flashlight"
            A torch.

        scene back "Back Room"
          Boxes.
          on wave
            only if holding flashlight
            Hi.
        \texit west to lobby
          on shout
            Ho.
        """) == """
        t.story:14:1: error: this line is indented with a tab but the file indents with spaces [mixed-indentation]
          14 |  exit west to lobby
             | ^
              = indent every line of a file the same way: all spaces or all tabs


        """)
    }
}

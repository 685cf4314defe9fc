import AdventureEngine
import StoryModel
import Testing

/// `no` after two warnings of the story's own answers the one asked last (a blind author's
/// suffrage march, session 15): `go home`, `look`, `push through the crowd`, `no` ran the go-home
/// `on no`, written first, because both warning flags were set, and the crowd's warning stayed
/// set, so the next push went through without asking.
@Suite struct AnswerToLastWarningTests {
    static let story = testStory("""
    scene avenue "Pennsylvania Avenue"
      The crowd has spilled into the street.
      exit "push through the crowd" to treasury
        if warned-crowd
          You push forward.
        else
          Someone could be hurt. Are you sure?
          set warned-crowd
      on no
        only if warned-home
        You stay. The woman beside you squeezes your arm.
        clear warned-home
      on no
        only if warned-crowd
        You wait for a gap in the crowd.
        clear warned-crowd
      on go home
        if warned-home
          You walk back to the station alone.
          end went-home
        else
          You could leave now. Are you sure?
          set warned-home

    scene treasury "The Treasury"
      Room to breathe at last.
      on wait
        end marched

    ending marched "Marched" success
      You were there.
    ending went-home "Gone Home" failure
      You went home.
    """)

    func reply(_ commands: String...) throws -> String {
        lastReply(try #require(Self.story), commands)
    }

    @Test func noAnswersTheWarningAskedLast() throws {
        #expect(try reply("go home", "look", "push through the crowd", "no") == "You wait for a gap in the crowd.")
        #expect(try reply("go home", "look", "push through the crowd", "no", "push through the crowd")
            == "Someone could be hurt. Are you sure?")
    }

    @Test func theOtherOrderStillAnswersItsOwnWarning() throws {
        #expect(try reply("push through the crowd", "look", "go home", "no") == "You stay. The woman beside you squeezes your arm.")
        #expect(try reply("go home", "no") == "You stay. The woman beside you squeezes your arm.")
    }
}

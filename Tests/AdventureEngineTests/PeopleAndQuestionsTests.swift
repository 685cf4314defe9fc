import AdventureEngine
import Foundation
import StoryModel
import Testing
import TestSupport

/// What the fourth and fifth blind play-tests still missed, built generally (issue #11): a word for
/// any person, questions put to nobody in particular, people who are elsewhere, `yes` a command
/// late, a suggested word alone, `send it`, and the verbs students used.
@Suite struct PeopleAndQuestionsTests {
    static let story: Story = {
        let path = Fixtures.repositoryRoot() + "/Tests/TranscriptTests/Transcripts/people-test.story"
        guard let source = try? String(contentsOfFile: path, encoding: .utf8),
              let story = StoryCompilerShim.compile(source) else { preconditionFailure("the people test story does not compile") }
        return story
    }()

    func reply(_ commands: String...) -> String {
        lastReply(Self.story, commands)
    }

    /// `talk to the camera guy` where the photographer "winds his camera" and `camera` is none
    /// of his words (a blind student, session 33: "You can't see any guy here.").
    @Test func aWordOfAPersonsHereLineNamesThem() throws {
        let story = try #require(testStory("""
        scene cellar "A Cellar"
          A party in a cellar.
          person igor "Belousovitch"
            nouns belousovitch, photographer
            here Belousovitch winds his camera.
            A private of the patrol.
            talk
              "Took a picture," he says.
          person anna "Anna"
            nouns anna
            here Anna pours the wine.
            A nurse.
            talk
              "Na zdorovye!" says Anna.
        """))
        #expect(lastReply(story, ["talk to the camera guy"]) == "\"Took a picture,\" he says.")
        #expect(lastReply(story, ["talk to the wine lady"]) == "\"Na zdorovye!\" says Anna.")
        #expect(lastReply(story, ["talk to the radio guy"]) != "\"Took a picture,\" he says.")
    }

    @Test func aWordForAnyPersonNamesThePersonHere() {
        #expect(reply("out", "talk to the guy") == "\"Here, Sparks,\" says Ortiz, and hands you a message slip. \"Send it.\"")
        #expect(reply("out", "ask the guy about the weather") == "\"Ask the captain,\" says Ortiz.")
        #expect(reply("out", "e", "ask the thin guy about home") == "\"Später,\" he says. Later.")
        #expect(reply("out", "e", "who is the guy with the camera") == "A war photographer with a camera round his neck.")
        // Several people, and nothing in the words to choose by: the parser asks which.
        #expect(reply("talk to the guy") == "Which do you mean, Captain Ferris or Lieutenant Kotzebue?")
        #expect(reply("talk to the guy", "ferris") == "\"Five miles and no further,\" says Ferris.")
        // A number before a group is no word to stumble on: `talk to the two guys` greets both,
        // and one answers (CommandParser+Addressing.swift).
        #expect(reply("talk to the two guys").hasPrefix("You greet "))
    }

    @Test func somebodyElsewhereIsNamedNotUnseen() {
        // Remembered: his description and where he was last seen (GameState+Memory.swift).
        #expect(reply("out", "who is ferris") == "A thin, tired officer with ink on his fingers.\nYou last saw Captain Ferris at the Office.")
        #expect(reply("out", "talk to kotzebue") == "Lieutenant Kotzebue isn't here.")
        #expect(reply("out", "x berets", "in", "x berets") == "You can't see any berets here.")
    }

    @Test func aQuestionToTheRoomGoesToWhoeverCanAnswerIt() {
        #expect(reply("where do i get flares") == "\"The flares are in the signal box on the jeep,\" says Ferris.")
        #expect(reply("why cant we go further") == "\"Five miles. Beyond that, nobody knows where you are,\" says Ferris.")
        #expect(reply("who are you") == "Whom do you want to ask their name?")
        #expect(reply("out", "e", "where are you from") == "Whom do you want to ask about home?")
        #expect(reply("out", "e", "where are you from", "woman") == "\"Silesia,\" she says. \"A village near the Oder.\"")
        #expect(reply("out", "where is the radio") == "The field radio is here.")
    }

    @Test func yesALittleLateStillAcceptsTheSuggestion() {
        #expect(reply("out", "take radiooo", "yes") == "Taken.")
        #expect(reply("out", "take radiooo", "look", "yes") == "(take radio)\nTaken.")
        #expect(reply("out", "take radiooo", "look", "look", "look", "yes").hasPrefix("You nod, though nobody has asked you anything"))
        #expect(reply("yes").hasPrefix("You nod, though nobody has asked you anything"))
    }

    @Test func aSuggestedWordAloneAnswersTheSuggestion() {
        #expect(reply("out", "x brtsh").contains("Did you mean"))
        #expect(reply("out", "x brtsh", "british") == "Your driver, with mud on his boots.")
    }

    @Test func itMeansTheOneThingTheVerbIsFor() {
        #expect(reply("out", "talk to ortiz", "x radio", "send it") == "You read the message into the handset. Somebody at the other end says \"Roger.\"")
    }

    @Test func theStudentsVerbsReachTheStorysActions() {
        #expect(reply("out", "toast the meeting") == "You raise the tin mug to the meeting. Ortiz raises his fist.")
        #expect(reply("out", "drink to the meeting") == "You raise the tin mug to the meeting. Ortiz raises his fist.")
        #expect(reply("out", "take sheet", "paint the sheet red") == "You paint red stripes on the sheet.")
        #expect(reply("count my points") == "You have scored 0 out of a possible 10, in 0 turns.")
        #expect(reply("fire back") == "Violence isn't the answer to this one.")
        #expect(reply("out", "meet ortiz") == "\"Here, Sparks,\" says Ortiz, and hands you a message slip. \"Send it.\"")
    }
}

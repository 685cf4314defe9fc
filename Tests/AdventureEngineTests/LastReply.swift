import AdventureEngine
import StoryModel

/// Plays the commands from the start of the story and returns the text of the last reply, as a
/// player would read it (paragraphs, errors, questions, headings and lines).
func lastReply(_ story: Story, _ commands: [String]) -> String {
    var (game, _) = Game.start(story: story)
    var last = Turn()
    for command in commands { last = game.perform(command) }
    return last.outputs.map { output -> String in
        switch output {
        case .paragraph(let text), .error(let text), .question(let text): text
        case .heading(let title, _, _): title
        case .lines(let lines): lines.joined(separator: "\n")
        default: ""
        }
    }.joined(separator: "\n")
}

/// A test story of the scenes and things in `body`, under a standard title block.
func testStory(_ body: String) -> Story? {
    StoryCompilerShim.compile("""
    story "Test"
      id test
      by The elbe-adventure tests

    """ + body)
}

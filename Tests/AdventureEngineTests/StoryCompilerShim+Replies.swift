import AdventureEngine
import Testing

extension StoryCompilerShim {
    /// Plays the commands in a new game of the story and gives each turn's paragraphs, joined by
    /// new lines.
    static func replies(_ source: String, _ commands: [String]) throws -> [String] {
        let story = try #require(compile(source))
        var game = Game(story: story)
        return commands.map { command in
            game.perform(command).outputs.compactMap { output -> String? in
                if case .paragraph(let text) = output { text } else { nil }
            }.joined(separator: "\n")
        }
    }

    /// As `replies`, with the refusals (`.error`) among each turn's paragraphs.
    static func repliesAndRefusals(_ source: String, _ commands: [String]) throws -> [String] {
        try texts(source, commands) { output in
            switch output {
            case .paragraph(let text), .error(let text): text
            default: nil
            }
        }
    }

    /// Each turn's texts that `text` keeps, joined by new lines.
    static func texts(_ source: String, _ commands: [String], _ text: (Output) -> String?) throws -> [String] {
        let story = try #require(compile(source))
        var game = Game(story: story)
        return commands.map { command in game.perform(command).outputs.compactMap(text).joined(separator: "\n") }
    }
}

extension StoryCompilerShim {
    /// As `repliesAndRefusals`, with the parser's questions ("Where do you want to put the
    /// camera?") too.
    static func questionsAndReplies(_ source: String, _ commands: [String]) throws -> [String] {
        try texts(source, commands) { output in
            switch output {
            case .paragraph(let text), .error(let text), .question(let text): text
            default: nil
            }
        }
    }
}

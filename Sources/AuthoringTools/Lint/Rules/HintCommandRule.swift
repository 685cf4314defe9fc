import StoryCompiler
import StoryModel

/// `hint-names-nothing-here`: a scene's hint tells the player to do something with a thing or
/// person that cannot be in the scene, so following the hint fails ("Talk to the sergeant.
/// Listen to the Germans." where the only German is in another scene: `listen to germans` →
/// "You can't see any germans here.", a blind author's Christmas truce, session 13).
///
/// Only where it can tell reliably: each sentence or part after a colon that starts with a verb
/// of a thing (`talk to`, `listen to`, `examine`, `read`, `take`, `push`, …, after an optional
/// `try`, `then`, `now`), and only the words right after it up to a small word (`about`, `in`,
/// `and`, `what`, …). A word counts when it names a thing of the story (not only as an
/// adjective) and none of the things it names can be in the scene (`NounScope`).
struct HintCommandRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let nouns = context.nouns
        var found: [Diagnostic] = []
        for (index, scene) in context.story.scenes.enumerated() {
            var reported = Set<String>()
            for hint in scene.hints {
                for command in Self.commands(in: hint.text) {
                    for (word, person) in nouns.unanswered(words: command.objects, scenes: [index]) where !reported.contains(word) {
                        reported.insert(word)
                        let typed = command.typed.joined(separator: " ")
                        let lines = context.lines(of: scene), file = scene.range.start.file
                        let place = context.find(command.typed, in: file, lines: lines) ?? context.find([word], in: file, lines: lines) ?? scene.range
                        let what = person.map { "\(context.story.things[$0].name) ('\(context.story.things[$0].id)') is not in this scene" }
                            ?? "nothing in this scene answers to '\(word)'"
                        let help = person.map { "put '\(context.story.things[$0].id)' in this scene, move them here with 'move \(context.story.things[$0].id) here', or reword the hint" }
                            ?? "add a thing to this scene that answers to '\(word)', or reword the hint"
                        found.append(Diagnostic(.warning, .hintNamesNothingHere,
                                                "the hint of '\(scene.id)' says '\(typed)', but \(what): the player who follows it is told \"You can't see any \(word) here.\"",
                                                at: place, help: help))
                    }
                }
            }
        }
        return found
    }

    /// A command a hint gives: the words as typed (verb first) and the words naming what it is done to.
    struct HintCommand: Equatable {
        let typed: [String]
        let objects: [String]
    }

    /// The commands of a hint's text (both branches of a condition).
    static func commands(in text: Text) -> [HintCommand] {
        var commands: [HintCommand] = []
        for literal in text.literals {
            for piece in literal.split(whereSeparator: { ".:!?;(),\"“”".contains($0) }) {
                let words = piece.lowercased().split { !$0.isLetter && $0 != "'" && $0 != "-" }.map(String.init)
                if let command = command(in: words) { commands.append(command) }
            }
        }
        return commands
    }

    /// The command a sentence starts with, if it starts with a verb of a thing.
    static func command(in sentence: [String]) -> HintCommand? {
        var words = sentence[...]
        while let first = words.first, ["try", "then", "now", "just", "first"].contains(first) { words = words.dropFirst() }
        guard let verb = words.first, let particles = verbs[verb] else { return nil }
        var rest = words.dropFirst()
        if let particle = rest.first, particles.contains(particle) { rest = rest.dropFirst() }
        while let first = rest.first, ["the", "a", "an", "some"].contains(first) { rest = rest.dropFirst() }
        let objects = Array(rest.prefix { !stopWords.contains($0) })
        guard !objects.isEmpty else { return nil }
        return HintCommand(typed: Array(words.prefix(words.count - rest.count + objects.count)), objects: objects)
    }

    /// Verbs of a thing, each with the small words that may follow it (`talk to`, `look at`).
    private static let verbs: [String: Set<String>] = [
        "talk": ["to", "with"], "speak": ["to", "with"], "listen": ["to"], "examine": [], "x": [], "look": ["at"],
        "read": [], "take": [], "push": [], "pull": [], "open": [], "greet": [], "search": [], "wake": [], "follow": [],
        "ask": [], "tell": [], "shake": [], "climb": [], "wear": [], "call": [], "kick": [], "untie": [], "unlock": [],
    ]

    /// Words that end the words naming what a command is done to.
    private static let stopWords: Set<String> = [
        "about", "and", "or", "but", "then", "to", "for", "what", "whether", "if", "when", "where", "who", "how", "why",
        "in", "on", "at", "with", "by", "from", "into", "onto", "of", "up", "down", "out", "off", "over", "across",
        "before", "after", "until", "while", "again", "now", "here", "there", "first", "too", "it", "him", "her", "them",
        "is", "are", "was", "were", "has", "have", "will", "can", "you", "your", "his", "their", "its",
    ]
}

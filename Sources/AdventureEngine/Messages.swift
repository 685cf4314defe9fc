import CommandParser
import StoryModel

/// The parser's messages. Each failure has its own wording, so the player learns what went wrong.
enum Messages {
    static let empty = "I beg your pardon? Type a command, or 'help' for a list of commands."
    static let storyOver = "The story has ended. Type 'undo' to take back the last move, 'restart' to play again, 'journal' to read your facts, or 'quit'."
    static let notNow = "That isn't possible right now."
    static let restNotDone = "(I stopped there: the rest of what you typed was not done.)"
    static let pitchDark = "It is pitch dark, and you can't see a thing."

    /// The reply to `cool`, `lol`, `hmm` on their own.
    static func interjectionReply(_ word: String) -> String {
        switch word {
        case "lol", "haha", "hahaha": "You grin."
        case "ok", "okay": "Right. What next?"
        case "never mind": "Never mind, then. What next?"
        case "hmm", "hmmm", "oh", "ah", "aha", "oops": "You think it over."
        // Fits any scene, the meadow of the dead too (CommandParser+Reactions.swift).
        case "sad": "You are quiet for a moment."
        case "wow", "omg", "whoa": "You take it all in."
        case "unfair": "You keep the thought to yourself."
        case "damn": "You mutter under your breath."
        case "luck": "You wish them well."
        case "welcome": "You smile. They are welcome."
        case "introduction": "You say who you are, and get a nod back."
        case "congratulations", "congrats", "bravo", "hooray", "hurray", "hurrah": "You say it warmly."
        default: "You think so too."
        }
    }

    /// Examples of commands from the story itself: its first thing to carry and its first way
    /// that is a direction (a blind author's Titanic story had "like 'look', 'take orders' or 'go
    /// east'", the Elbe story's orders, with no orders and no east in it).
    static func examples(in story: Story) -> String {
        let thing = story.things.indices.first { story.things[$0].isPortable && !story.things[$0].isPerson }
            .map { "'take \(story.name(of: $0, .bare))'" }
        let direction = story.scenes.lazy.flatMap(\.exits).compactMap { exit -> String? in
            if case .direction(let direction) = exit.way, direction != .in, direction != .out { return "'go \(direction.rawValue)'" }
            return nil
        }.first
        return Story.list(["'look'"] + [thing, direction].compactMap { $0 }, conjunction: "or")
    }

    static func text(for failure: ParseFailure, story: Story) -> String {
        switch failure {
        case .empty:
            return empty
        case .unknownWord(let word, let suggestions):
            let hint = suggestions.isEmpty ? "" : " Did you mean \(Story.list(suggestions.map { "'\($0)'" }, conjunction: "or"))?"
            return "I don't know the word '\(word)'.\(hint)"
        case .notVisible:
            return "You can't see any such thing."
        case .pronounUnset(let word):
            return "I'm not sure what '\(word)' refers to."
        case .notUnderstood(let verb?):
            return "I understood '\(verb)' but not the rest of what you typed. Try fewer words: a verb and one thing."
        case .understoodOnly(let verb, let rest) where rest.isEmpty:
            // `shout` where only other scenes have a use for it (twelfth blind play-test: "I
            // understood 'shout' but not ''.").
            // A verb of speaking says it: "You say it, …", never "You say, …" (session 36's Inform veteran).
            return verb == "say" ? "You say it, but nothing comes of it here." : "You \(verb), but nothing comes of it here."
        case .understoodOnly(let verb, let rest):
            return "I understood '\(verb)' but not '\(rest.joined(separator: " "))'. Try 'help' for the commands, or 'hint'."
        case .notUnderstood(nil):
            return "I didn't understand that sentence. Commands start with a verb, like \(examples(in: story)); 'help' lists them."
        case .nounAsVerb(let thing):
            return "What do you want to do with \(story.name(of: thing, .definite))? Try 'examine \(story.name(of: thing, .bare))'."
        case .noWayTo(let words):
            return "You can't get to '\(words.joined(separator: " "))' from here."
        case .furtherOn(let place, let way, let summary):
            // `go to the hangar` from the workshop (a blind author's story had gone to the camp without a word).
            return "\(place) is not next to here: type '\(way)'\(summary.map { " (\($0))" } ?? "") first."
        case .notAWayHere(let ways):
            let options = ways.isEmpty ? "" : " From here you can \(Story.list(ways.map { "'\($0)'" }, conjunction: "or"))."
            return "You can't go that way from here.\(options)"
        case .scenery(let word):
            return "You don't need to do anything with '\(word)': it is just part of the scene."
        case .alreadyHere:
            return "You are already here."
        case .question:
            return "Try 'look' to see where you are, 'examine' something to look closer, 'journal' for what you have learned, or 'hint' if you are stuck."
        case .incomplete(let verb) where CommandParser.interjections.contains(verb):
            // `omg` alone where the story has `on omg a russian`: the interjection, never "Omg
            // what?" (the thirtieth blind run, on the meadow of the dead).
            return interjectionReply(verb)
        case .incomplete(let verb):
            return "\(verb.prefix(1).uppercased() + verb.dropFirst()) what? Type a little more, or 'hint' if you are stuck."
        case .allNotAllowed(let verb):
            return "You can only use 'all' with 'take' and 'drop', not with '\(verb.rawValue)'."
        case .interjection(let word):
            return interjectionReply(word)
        case .unfitTool(let verb, let tool, let bodyPart, let here):
            let named = tool.joined(separator: " ")
            if bodyPart { return "You can't \(verb) with your \(named)." }
            return here ? "You can't \(verb) with the \(named)." : "You can't see any \(named) here to \(verb) with."
        case .notHere(let verb, let thing):
            return "You can't \(verb) \(story.name(of: thing, .definite)) here."
        case .wayNamed(let label):
            return "To go there, type '\(label)'."
        }
    }

    /// The question as the player reads it, each person named as the game's own sentences name
    /// them now (`called "the young woman" until paul-named`: "Which do you mean, the young woman
    /// or the woman in the dark hat?", never the names the player has not learned).
    static func text(for question: PendingQuestion, story: Story, state: GameState) -> String {
        func name(_ thing: ThingIndex) -> String { story.name(of: thing, .definite, in: state) }
        switch question.kind {
        case .which:
            let names = question.candidates.map(name)
            return "Which do you mean, \(Story.list(names, conjunction: "or"))?"
        case .missingNoun(let verb, let first):
            // `give kotzebue`: what to give him, not whom to give him to.
            if verb == .give || verb == .show, let first, story.things[first].isPerson {
                return "What do you want to \(verb.rawValue) \(name(first))?"
            }
            // `tell kotzebue`: "What do you want to tell Lieutenant Kotzebue about?", as typed
            // (the twenty-sixth blind run: "… to ask …").
            if verb == .ask, question.template.first == "tell" {
                return first.map { "What do you want to tell \(name($0)) about?" } ?? "Whom do you want to tell?"
            }
            // `fire` alone at Strehla, a flare in hand: "What do you want to fire?", never "… attack?"
            // (a blind teacher's rehearsal, session 20); the answer makes `fire green flare`.
            if verb == .attack, let typed = question.template.first, ["fire", "shoot"].contains(typed) {
                return "What do you want to \(typed)?"
            }
            // `look behind` alone: "What do you want to look behind?", as typed.
            if verb == .lookUnder, let typed = question.template.last, ["behind", "beneath"].contains(typed) {
                return "What do you want to look \(typed)?"
            }
            return Grammar.question(for: verb, firstNoun: first.map(name))
        }
    }

    static let help: [String] = [
        "Type what you want to do, in a few words. Some commands:",
        "look (l), examine THING (x), read THING, take THING, take all, drop THING, inventory (i), wear THING",
        "north, south, east, west (n, s, e, w), up, down, in, out; or a way named in the list of exits, like 'cross the river'; 'go to PLACE' for a place next to you; 'back' to return the way you came",
        "talk to PERSON, ask PERSON about TOPIC, give THING to PERSON, show THING to PERSON, use THING on THING",
        "journal (the facts you have found; journal 3 reads the third in full), hint, score, wait (z), again (g), undo, oops WORD",
        "save [NAME], restore [NAME], saves (list them), transcript on/off, restart, quit",
    ]
}

import CommandParser
import StoryModel

/// Sentences said to the person in conversation that are no command (`the war is over!`, `i
/// dont know`, `yes i was there`): when the words fail as a command, the parser reads them as
/// said to that person (CommandParser+Statements.swift), and here is the default reply, which a
/// story overrides with `on say to {brennan}`, its `on yes`, `on no`, `on sorry`, or a topic the
/// words name.
extension Engine {
    /// The words, failed as a command, as a sentence said to the person in conversation.
    func spokenInstead(_ words: [String], failure: ParseFailure, state: GameState) -> ParseOutcome? {
        parser.statement(words, failure: failure, scope: StateScope(story: story, state: state))
    }

    /// "Sergeant Brennan nods as you say so."; a leading `yes` or `no` answers what the person
    /// proposed ("Will you promise?"), else nods or shakes the head; `i dont know` shrugs; `sorry`
    /// says so.
    func performStatement(to person: ThingIndex?, words: [String], state: inout GameState, turn: inout Turn) -> Bool {
        guard let person else { return false }
        let lead = words.first ?? ""
        let yes = ["yes", "yeah", "yep", "yup", "sure", "ok", "okay"].contains(lead)
        let no = ["no", "nope", "nah"].contains(lead)
        if yes || no, answerProposal(yes, state: &state, turn: &turn) { return true }
        // `are you ok` to someone the story gives no topic for it (thirteenth blind play-test).
        if CommandParser.isWellbeingQuestion(words) {
            let plural = story.isPluralName(person)
            say("\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "nods")). \"\(plural ? "We're" : "I'm") all right.\"", &turn)
            return true
        }
        let name = story.name(of: person, .definite, in: state)
        // "Private Ortiz nods as you say so.", one wording for everyone (it had been "You tell
        // Ortiz so. He nods." where the story's words gave a pronoun: a blind author, session 13,
        // met both wordings in one story).
        let pronoun = story.isPluralName(person) ? nil : parser.pronoun(of: person)
        let he = pronoun.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        // `i dont know`, `i am not sure`, `maybe`: a shrug (the fifty-first blind run: "Polowsky nods as you say so.").
        let knowing = (words.contains("know") && words.contains { ["not", "dont", "don't", "no"].contains($0) }) || CommandParser.isHesitant(words)
        let sorry = lead == "sorry" || words.starts(with: ["i", "am", "sorry"]) || words.starts(with: ["i", "am", "so", "sorry"])
        let text: String
        if knowing || ["dunno", "idk"].contains(lead) || words.starts(with: ["no", "idea"]) {
            text = he.map { "You shrug. \($0) lets it go." } ?? "You shrug, and \(name) \(story.agree(person, "lets")) it go."
        } else if yes {
            text = "You nod to \(name)."
        } else if no {
            text = "You shake your head at \(name)."
        } else {
            // `we got to strehla first, around half past twelve`: the rest of what was said (Engine+UnknownNames.swift).
            if !sorry, saidAlong(turn) { return true }
            let what = sorry ? "you're sorry" : "so"
            text = "\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "nods")) as you say \(what)."
        }
        say(text, &turn)
        return true
    }
}

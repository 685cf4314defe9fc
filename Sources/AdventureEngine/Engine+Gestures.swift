import CommandParser
import StoryModel

/// Default replies of the gestures (`nod`, `shrug`, `smile at ferris`), which take no turn
/// (Grammar+Gestures.swift).
extension Engine {
    /// `nod`, `shrug`, `grin`, `wink`, `smile`, alone or at a person. The story's action for the
    /// gesture alone (`on smile`) answers it at a person too.
    func performGesture(to person: ThingIndex?, words: [String], state: inout GameState, turn: inout Turn) {
        let gestures: Set<String> = ["nod", "shrug", "grin", "wink", "smile", "clap", "applaud"]
        let gesture: String = words.first.flatMap { gestures.contains($0) ? $0 : nil } ?? "nod"
        if person != nil, case .commands(let commands) = parser.parse([gesture], scope: StateScope(story: story, state: state)),
           commands.first?.isAuthorAction == true {
            var memo: SearchMemo? = nil
            _ = perform(words: [gesture], on: &state, turn: &turn, memo: &memo)
            return
        }
        guard let person else {
            let alone = ["nod": "You nod.", "shrug": "You shrug.", "grin": "You grin.", "wink": "You wink.", "smile": "You smile.",
                         "clap": "You clap.", "applaud": "You applaud."]
            say(alone[gesture] ?? "You nod.", &turn)
            return
        }
        let name = story.name(of: person, .definite, in: state)
        let text: String
        switch gesture {
        case "nod": text = "You nod to \(name)."
        case "shrug": text = "You shrug at \(name)."
        case "clap", "applaud": text = "You applaud \(name)."
        case "smile", "grin":
            let he = story.isPluralName(person) ? nil : parser.pronoun(of: person).map { $0.prefix(1).uppercased() + $0.dropFirst() }
            text = "You \(gesture) at \(name). \(he ?? story.capitalizedName(of: person, .definite, in: state)) \(he == nil ? story.agree(person, "smiles") : "smiles") back."
        default: text = "You \(gesture) at \(name)."
        }
        say(text, &turn)
    }
}

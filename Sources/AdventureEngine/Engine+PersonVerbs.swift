import CommandParser
import StoryModel

/// Default replies of orders to people and of the verbs students use with an implied person or an
/// odd object (`shake hands`, `hug`, `salute`, `wave`, `thank`, `play`, `paint`, `refuse`, `bail`,
/// `look for`, `insult`). A story overrides any of them with an action of its own (`on hug {titov}`,
/// `on order {titov}`), which is tried first.
extension Engine {
    func performPersonVerb(_ verb: BuiltInVerb, object: ThingIndex?, words: [String], state: GameState, turn: inout Turn) {
        // The person's name mid-sentence ("You wave to the Soviet soldiers.") and at its start.
        let person = object.flatMap { story.things[$0].isPerson ? story.name(of: $0, .definite, in: state) : nil }
        let personFirst = object.flatMap { story.things[$0].isPerson ? story.capitalizedName(of: $0, .definite, in: state) : nil }
        let name = object.map { story.name(of: $0, .definite, in: state) } ?? "it"
        let text: String
        switch verb {
        case .order:
            text = "\(personFirst ?? "Nobody") \(object.map { story.agree($0, "has") } ?? "has") better things to do."
        case .shake:
            text = person.map { "You shake hands with \($0)." }
                ?? (object == nil ? "There is nobody here to shake hands with." : "You can't shake hands with \(name).")
        case .hug:
            text = person.map { "You hug \($0)." } ?? (object == nil ? "There is nobody here to hug." : "You would achieve nothing by this.")
        case .salute:
            text = person.map { "You salute \($0)." } ?? "You salute smartly. Nobody notices."
        case .wave:
            if let person {
                text = "You wave to \(person)."
            } else if let object {
                text = state.locations[object].isWithPlayer ? "You wave \(name) in the air." : "You wave at \(name)."
            } else {
                text = "You wave."
            }
        case .thank:
            text = person.map { "You thank \($0)." } ?? (object == nil ? "There is nobody here to thank." : "You can't thank \(name).")
        case .play:
            text = object == nil ? "This is no time for games." : "You don't know how to play \(name)."
        case .paint:
            text = "You have nothing to paint \(name) with."
        case .assist:
            text = personFirst.map { "\($0) \(story.agree(object ?? 0, "doesn't")) need your help just now." } ?? "Nobody here needs your help just now."
        case .insult:
            // `shut up ferris`, `you idiot` (CommandParser+RudeRemarks.swift): said to nobody's face.
            text = person.map { "You bite your tongue. Better not say that to \($0)." } ?? "You keep the thought to yourself."
        case .refuse:
            text = "You politely decline."
        case .bail:
            text = "There is nothing here to bail out."
        default:
            // .lookFor
            if let object {
                examine(object, state: state, turn: &turn)
                return
            }
            let wanted = words.filter { !Vocabulary.articles.contains($0) }.joined(separator: " ")
            text = wanted.isEmpty ? "You look around, but find nothing new." : "You look around for \(wanted), but you can't see any here."
        }
        say(text, &turn)
    }
}

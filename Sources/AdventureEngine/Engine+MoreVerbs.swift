import CommandParser
import StoryModel

/// Default replies of the verbs the sixth blind play-test asked for (`where is X`, `who is X` for
/// someone elsewhere, `borrow X`, `take a picture of X`), the implicit take of a thing an action
/// branches on, and a note on who answers for a group.
extension Engine {
    func performMore(_ verb: BuiltInVerb, object: ThingIndex?, words: [String], state: inout GameState, turn: inout Turn) {
        switch verb {
        case .whereIs:
            if !whereIs(words, state: state, turn: &turn), !sayMisspeltName(in: words, state: state, turn: &turn) {
                askWhereInstead(words, state: &state, turn: &turn)
            }
        case .recall:
            if !recall(words, state: state, turn: &turn), !sayMisspeltName(in: words, state: state, turn: &turn) {
                askInstead(about: words, state: &state, turn: &turn)
            }
        case .borrow:
            guard let object else { return }
            if story.things[object].isPerson {
                // `borrow binoculars` where the binoculars are a word of the lieutenant using them.
                say("\(story.capitalizedName(of: object, .definite, in: state)) \(story.agree(object, "needs")) it just now.", &turn)
            } else {
                _ = perform(.take, objects: [object], second: nil, words: [], state: &state, turn: &turn)
            }
        default:
            // .photograph: with a camera of the story's in hand or in sight, there is just nothing
            // to photograph here (never "You have no camera." with one in hand).
            let cameras = ["camera", "kodak", "leica"].flatMap { parser.vocabulary.thingsByWord[$0] ?? [] }
            let scope = StateScope(story: story, state: state)
            if cameras.contains(where: { !story.things[$0].isPerson && scope.isInSight($0) }) {
                say("There is nothing here to photograph just now.", &turn)
            } else {
                say("You have no camera.", &turn)
            }
        }
    }

    /// `fire red flare` with the red flare still in its box, when the action says one thing if
    /// the player holds it and another if not: the player takes it first, as with an action whose
    /// condition is holding it ("(first taking the red flare)").
    func takeImplicitly(forBranchesOf response: Response, slots: [ThingIndex], state: inout GameState, turn: inout Turn) {
        guard !slots.isEmpty else { return }
        var held: [ThingIndex] = []
        func collect(_ condition: Condition) {
            switch condition {
            case .holding(let thing): if slots.contains(thing), !held.contains(thing) { held.append(thing) }
            case .and(let a, let b), .or(let a, let b): collect(a); collect(b)
            default: break
            }
        }
        func walk(_ effects: [Effect]) {
            for case .branch(let condition, let then, let otherwise) in effects {
                collect(condition)
                walk(then)
                walk(otherwise)
            }
        }
        walk(response.effects)
        // What is in sight is worked out only when a branch wants something not yet carried.
        guard held.contains(where: { !state.locations[$0].isWithPlayer }) else { return }
        let visible = StateScope(story: story, state: state).visibleThings
        for thing in held where !state.locations[thing].isWithPlayer {
            let item = story.things[thing]
            guard visible.contains(thing), item.isPortable, !item.isPerson else { continue }
            takeFirst(thing, state: &state, turn: &turn)
        }
    }

    /// `talk to neda` where Neda is one of "the Soviet guests": says so before the group answers,
    /// so the player knows who speaks.
    func sayWhoAnswers(_ words: [String], commands: [Command], state: GameState, turn: inout Turn) {
        guard let command = commands.first else { return }
        let person: ThingIndex
        switch command {
        case .verb(.talk, let objects, _, _), .verb(.ask, let objects, _, _), .verb(.order, let objects, _, _):
            guard let first = objects.first else { return }
            person = first
        case .action(_, let slots):
            guard let first = slots.first(where: { story.things[$0].isPerson }) else { return }
            person = first
        default:
            return
        }
        guard pluralPeople.contains(person) else { return }
        let nouns = story.things[person].nouns
        let nameWords = Set(story.things[person].name.lowercased().split(separator: " ").map(String.init))
        // A word the player typed that the description spells as a name ("Captain Vasily Neda").
        // The description is rendered only when some typed word could be one.
        let candidates = words.filter { word in
            word.count > 2 && nouns.contains(word) && !nameWords.contains(word) && !nameWords.contains(Vocabulary.otherNumber(word))
        }
        guard !candidates.isEmpty else { return }
        let description = TextRenderer(story: story, state: state).paragraphs(story.things[person].description).joined(separator: " ")
        guard let member = candidates.first(where: { Self.isCapitalisedName($0, in: description) }) else { return }
        let capitalised = member.prefix(1).uppercased() + member.dropFirst()
        say("(\(capitalised) is one of \(story.name(of: person, .definite, in: state)), who answer together.)", &turn)
    }

    /// True when the word appears in the text with a capital, not at the start of a sentence.
    private static func isCapitalisedName(_ word: String, in text: String) -> Bool {
        let capitalised = word.prefix(1).uppercased() + word.dropFirst()
        var previous = "."
        for token in text.split(separator: " ") {
            let bare = token.trimmingCharacters(in: [",", ";", ":", ".", "!", "?", "\"", "(", ")"])
            if bare == capitalised, !previous.hasSuffix(".") { return true }
            previous = String(token)
        }
        return false
    }
}

private extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var text = self
        while let first = text.first, set.contains(first) { text = text.dropFirst() }
        while let last = text.last, set.contains(last) { text = text.dropLast() }
        return String(text)
    }
}

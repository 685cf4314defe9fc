import CommandParser
import StoryModel

/// Default replies of `compare X with Y`,
/// `swim`, `follow X`, and `can i come with you` (`accompany`). A story overrides each with an
/// action of its own (`on compare {message} with {map}`, `on swim`, `on follow {pole}`), or a
/// person's topic (`about come`).
extension Engine {
    func performCompareSwimOrFollow(_ verb: BuiltInVerb, object: ThingIndex?, second: ThingIndex?, state: GameState,
                                   turn: inout Turn) {
        switch verb {
        case .compare:
            guard let object else {
                say("Compare what with what? Type 'compare' and two things.", &turn)
                return
            }
            // Both descriptions, one after the other: the player does the comparing.
            if let second, second != object {
                say("You look from \(story.name(of: object, .definite, in: state)) to \(story.name(of: second, .definite, in: state)) and back.", &turn)
                examine(object, state: state, turn: &turn)
                examine(second, state: state, turn: &turn)
            } else {
                examine(object, state: state, turn: &turn)
            }
        case .swim:
            say("You'd rather not swim here.", &turn)
        case .follow:
            guard let object else {
                say("Whom do you want to follow? To go on, type a direction, or 'exits' for the ways on.", &turn)
                return
            }
            guard story.things[object].isPerson else {
                say("To go on, type a direction, or 'exits' for the ways on.", &turn)
                return
            }
            say("\(story.capitalizedName(of: object, .definite, in: state)) \(story.agree(object, "isn't")) going anywhere just now.", &turn)
        default:
            // .accompany: `can i come with you`.
            guard let object else { return }
            say("\(story.capitalizedName(of: object, .definite, in: state)) \(story.agree(object, "shrugs")): where you go is up to you.", &turn)
        }
    }
}

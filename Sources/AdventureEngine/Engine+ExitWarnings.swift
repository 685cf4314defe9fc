import StoryModel

/// An exit that warns before it lets the player go: its body, in the branch the game takes, ends
/// with the story's own yes-or-no question ("Are you sure?", in the narration), and moves the
/// player nowhere itself (no `go to`, no `end`):
///
///     exit "walk through the gate" to bridge
///       if warned
///         You walk through, into the light.
///       else
///         The guards are watching you. Are you sure?
///         set warned
///
/// The player stays, and `yes` takes the exit again, as after an action's warning
/// (Engine+Answers.swift). A blind author's exit printed the warning and moved her at once, so
/// the `yes` after it answered nothing (the Wall, session 13).
extension Engine {
    /// For each scene, whether each exit's body has a question mark at all, found once: only
    /// those are read for a warning as the player goes.
    static func exitsThatMayAsk(in story: Story) -> [[Bool]] {
        story.scenes.map { scene in
            scene.exits.map { exit in
                exit.travel.flatMap(\.flattened).contains { effect in
                    guard case .say(let text) = effect else { return false }
                    return text.literals.contains { $0.utf8.contains(UInt8(ascii: "?")) }
                }
            }
        }
    }

    /// True when the exit's body, as the state now chooses its branches, ends with the story's own
    /// yes-or-no question and does not move the player itself.
    func exitAsksFirst(_ index: Int, state: GameState) -> Bool {
        guard exitsThatMayAsk[state.scene].indices.contains(index), exitsThatMayAsk[state.scene][index] else { return false }
        var last: Text?
        guard walk(story.scenes[state.scene].exits[index].travel, state: state, lastSaid: &last), let text = last,
              let paragraph = TextRenderer(story: story, state: state).paragraphs(text).last,
              let (sentence, spoken) = Self.closingQuestion(paragraph), !spoken else { return false }
        return Self.asksYesOrNo(sentence)
    }

    /// Follows the branches the state chooses, keeping the last text said; false when the way
    /// moves the player or ends the story itself, or chooses at random.
    private func walk(_ effects: [Effect], state: GameState, lastSaid: inout Text?) -> Bool {
        for effect in effects {
            switch effect {
            case .say(let text): lastSaid = text
            case .goTo, .end, .oneOf: return false
            case .branch(let condition, let then, let otherwise):
                guard walk(state.holds(condition) ? then : otherwise, state: state, lastSaid: &lastSaid) else { return false }
            default: continue
            }
        }
        return true
    }
}

import CommandParser
import StoryModel

/// `yes` or `no` after two warnings of the story's own answers the one asked last. A scene with
/// two warnings ("You could leave now. … Are you sure?", `set warned-home`; "Someone could be
/// hurt. Are you sure?", `set warned-crowd`) and an `on no` for each, guarded by its flag:
/// `go home`, `look`, `push through the crowd`, `no` ran the go-home `on no`, written first,
/// because both flags were set (a blind author's suffrage march, session 15). Among the scene's
/// `on yes` or `on no` actions, those whose guard reads a flag that the warning just asked set
/// now come first; the others keep their order after them.
extension Engine {
    /// The commands a `yes` or `no` reads as, the actions that answer the last warning first.
    /// The commands unchanged when the last turn asked nothing or no guard tells them apart.
    func answeringLastWarning(_ commands: [Command], words: [String], state: GameState) -> [Command] {
        guard let proposal = state.proposal, commands.count > 1, Self.answer(words) != nil else { return commands }
        let guarded = commands.indices.filter { if case .action = commands[$0] { true } else { false } }
        guard guarded.count > 1 else { return commands }
        let flags = flagsSet(by: proposal, state: state)
        guard !flags.isEmpty else { return commands }
        let first = guarded.filter { index in
            guard case .action(let action, _) = commands[index] else { return false }
            return Self.reads(story.actions[action].response.guardCondition, anyOf: flags)
        }
        guard !first.isEmpty, first != Array(guarded.prefix(first.count)) else { return commands }
        return first.map { commands[$0] } + commands.indices.filter { !first.contains($0) }.map { commands[$0] }
    }

    /// The flags that the command asking the question sets (in any branch) and that hold now.
    private func flagsSet(by proposal: [String], state: GameState) -> Set<FlagIndex> {
        guard case .commands(let commands) = parser.parse(proposal, scope: StateScope(story: story, state: state)) else { return [] }
        var flags = Set<FlagIndex>()
        for command in commands {
            let effects: [Effect]
            switch command {
            case .action(let index, _): effects = story.actions[index].response.effects
            case .exit(let index) where story.scenes[state.scene].exits.indices.contains(index):
                effects = story.scenes[state.scene].exits[index].travel
            default: continue
            }
            for effect in effects.flatMap(\.flattened) {
                if case .setFlag(let flag) = effect, state.holds(.flag(flag)) { flags.insert(flag) }
            }
        }
        return flags
    }

    /// True when the condition asks for one of the flags to be set (not under a `not`).
    private static func reads(_ condition: Condition, anyOf flags: Set<FlagIndex>) -> Bool {
        switch condition {
        case .flag(let flag): flags.contains(flag)
        case .and(let a, let b), .or(let a, let b): reads(a, anyOf: flags) || reads(b, anyOf: flags)
        default: false
        }
    }
}

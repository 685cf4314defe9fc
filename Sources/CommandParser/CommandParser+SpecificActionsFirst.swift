import StoryModel

/// Of two author actions at the same level (the scene's own, or the story's everywhere) that both
/// fit a command, the one whose pattern names the very thing comes first, whatever order they are
/// written in: `on light {matches}` before `on light {thing}` (as Inform orders its rules by how
/// specific they are). A blind author had written the general one first, and `light matches` never
/// reached the matches' own action (session 17).
extension CommandParser {
    /// Reorders the action commands from `start` on, stably: the scene's own before the global
    /// ones (as they were found), and within each, those that name a thing of the command by its
    /// own slot first. Anything but actions among them leaves the order as it is.
    func specificActionsFirst(_ commands: inout [Command], from start: Int) {
        guard commands.count - start > 1 else { return }
        var keyed: [(key: Int, command: Command)] = []
        for command in commands[start...] {
            guard case .action(let index, let slots) = command else { return }
            let level = story.actions[index].scene == nil ? 2 : 0
            keyed.append((level + (namesByOwnSlot(index, slots) ? 0 : 1), command))
        }
        guard zip(keyed, keyed.dropFirst()).contains(where: { $0.key > $1.key }) else { return }
        let sorted = keyed.enumerated().sorted { ($0.element.key, $0.offset) < ($1.element.key, $1.offset) }
        commands.replaceSubrange(start..., with: sorted.map(\.element.command))
    }

    /// True when one of the action's patterns has a slot for one of these very things.
    private func namesByOwnSlot(_ index: Int, _ slots: [ThingIndex]) -> Bool {
        guard !slots.isEmpty else { return false }
        return story.actions[index].patterns.contains { pattern in
            pattern.elements.contains { element in
                if case .slot(.thing(let thing)) = element { slots.contains(thing) } else { false }
            }
        }
    }
}

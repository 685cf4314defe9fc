import StoryModel

/// Where an action is written, as the authoring tools name it: "line 146", or "line 18 of
/// tomb-people.story" when the story is spread over several files (a blind author's
/// `test --coverage` listed `line 146: on open {inner-door}` for a story in two files).
enum ActionPlace {
    /// The action's line, with its file when the story's scenes and actions come from more than one file.
    static func of(_ index: Int, in story: Story) -> String {
        let start = story.actions[index].range.start
        guard spansFiles(story) else { return "line \(start.line)" }
        return "line \(start.line) of \(start.file)"
    }

    /// "line 146: on open {inner-door}": the place and the action's first pattern.
    static func labelled(_ index: Int, in story: Story) -> String {
        let action = story.actions[index]
        // One empty pattern is a scene's catch-all (a blind author's verify listed it as "on ").
        guard let first = action.patterns.first, !first.elements.isEmpty else { return of(index, in: story) + ": on any other command" }
        return of(index, in: story) + ": on " + StoryGraph.words(first, story: story)
    }

    private static func spansFiles(_ story: Story) -> Bool {
        guard let first = story.scenes.first?.range.start.file ?? story.actions.first?.range.start.file else { return false }
        return story.scenes.contains { $0.range.start.file != first } || story.actions.contains { $0.range.start.file != first }
    }
}

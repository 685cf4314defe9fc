import StoryModel

/// `go to the hangar` typed in the workshop, where the hangar opens off the camp next door: the
/// way to take first, rather than that way taken without a word (a blind author's Kitty Hawk
/// story went to the camp and printed it, and the author thought the hangar was broken).
extension CommandParser {
    /// The one scene whose own title holds every word (`hangar` for "The Hangar").
    func sceneTitled(_ words: [String]) -> SceneIndex? {
        let wanted = Set(words).subtracting(Vocabulary.articles).subtracting(Self.movingGlue)
        guard !wanted.isEmpty else { return nil }
        var found: SceneIndex?
        for index in story.scenes.indices where wanted.isSubset(of: Tokenizer.commands(in: story.scenes[index].title).joined()) {
            guard found == nil else { return nil }
            found = index
        }
        return found
    }

    /// The failure that names the first way toward a place one step beyond it: the place the
    /// words title is not this scene nor where `exit` (the way the words matched, if any) leads,
    /// and a way from here reaches a scene with a way to it.
    func placeFurtherOn(_ words: [String], exit: Int?, scope: Scope) -> ParseFailure? {
        guard let place = sceneTitled(words), place != scope.scene else { return nil }
        let exits = story.scenes[scope.scene].exits
        if exits.contains(where: { $0.target == place }) { return nil }
        // A way whose own summary says so (`back to the hangar`) is taken as named.
        if let exit, let summary = exits[exit].summary,
           Set(words).subtracting(Vocabulary.articles).isSubset(of: Tokenizer.commands(in: summary).joined()) { return nil }
        func leadsOn(_ index: Int) -> Bool { story.scenes[exits[index].target].exits.contains { $0.target == place } }
        guard let first = exit.flatMap({ leadsOn($0) ? $0 : nil }) ?? exits.indices.first(where: leadsOn) else { return nil }
        return .furtherOn(place: story.scenes[place].title, way: exits[first].label, summary: exits[first].summary)
    }
}

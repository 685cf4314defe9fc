import StoryModel

/// `go to the hangar` typed in the workshop, where the hangar opens off the camp next door: the
/// way to take first, rather than that way taken without a word (a blind author's Kitty Hawk
/// story went to the camp and printed it, and the author thought the hangar was broken); `go back
/// to strehla` in the village, the boat to Strehla waiting on the meadow below (a blind student
/// had "You can't get to 'strehla' from here.").
extension CommandParser {
    /// The failure that names the first way toward a place one step beyond it: a scene whose
    /// title holds the words, or a way whose summary does (`back to Strehla`), out of a scene
    /// next to this one. Nil when a way from here already leads to such a place, or when `exit`
    /// (the way the words matched) says so in its own summary.
    func placeFurtherOn(_ words: [String], exit: Int?, scope: Scope) -> ParseFailure? {
        let wanted = Set(words).subtracting(Vocabulary.articles).subtracting(Self.movingGlue)
        guard !wanted.isEmpty else { return nil }
        func titled(_ scene: SceneIndex) -> Bool { wanted.isSubset(of: Tokenizer.commands(in: story.scenes[scene].title).joined()) }
        func summarised(_ way: Exit) -> Bool { way.summary.map { wanted.isSubset(of: Tokenizer.commands(in: $0).joined()) } ?? false }
        let exits = story.scenes[scope.scene].exits
        if exits.contains(where: { titled($0.target) || summarised($0) }) { return nil }
        if let exit, exits.indices.contains(exit), summarised(exits[exit]) { return nil }
        func beyond(_ index: Int) -> String? {
            for way in story.scenes[exits[index].target].exits where way.target != scope.scene {
                if titled(way.target) { return story.scenes[way.target].title }
                if summarised(way) {
                    let named = words.filter { wanted.contains($0) }
                    return named.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
                }
            }
            return nil
        }
        let order = (exit.map { [$0] } ?? []) + exits.indices.filter { $0 != exit }
        for index in order where exits.indices.contains(index) {
            if let place = beyond(index) { return .furtherOn(place: place, way: exits[index].label, summary: exits[index].summary) }
        }
        return nil
    }
}

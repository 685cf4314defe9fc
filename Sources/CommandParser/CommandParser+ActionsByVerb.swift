import StoryModel

extension CommandParser {
    /// The author actions whose patterns start with this word: the scene's own first, then global.
    /// - Complexity: O(the actions with this verb, or the scene's and the global actions, whichever
    ///   are fewer): a large story has thousands of `unlock` actions, one per scene.
    func actions(startingWith word: String, scope: Scope) -> [Int] {
        guard let all = vocabulary.actions(byCanonicalVerb: word) else { return [] }
        let sceneActions = story.part(ofScene: scope.scene) { $0.actions }
        guard all.count > sceneActions.count + story.globalActions.count else {
            let local = all.filter { story.actions[$0].scene == scope.scene }
            let global = all.filter { story.actions[$0].scene == nil }
            return local + global
        }
        // The scene's and the global lists are in story order, as `all` is.
        func startsWith(_ index: Int) -> Bool { vocabulary.action(index, startsWith: word) }
        let local = sceneActions.filter { startsWith($0) && story.actions[$0].scene == scope.scene }
        let global = story.globalActions.filter { startsWith($0) && story.actions[$0].scene == nil }
        return local + global
    }

    /// True when `word` starts a command here: a verb of the grammar, or of an action of this
    /// scene or of the whole story. `kotzebue russians at strehla` in the barn, where only the
    /// Torgau scene's `on kotzebue was first` starts with his name, is said to him (a blind
    /// student, session 39, read "Lieutenant Kotzebue nods as you say so.").
    func isVerbHere(_ word: String, scope: Scope) -> Bool {
        vocabulary.isVerb(word) && (Grammar.byFirstWord[word] != nil || !actions(startingWith: word, scope: scope).isEmpty)
    }
}

import StoryModel

extension Engine {
    /// Words by which a thing stands for a crowd of people (`the men`, `the soldiers`), not one
    /// person to talk to.
    static let crowdNouns: Set<String> = ["soldiers", "men", "people", "crowd", "troops", "crowds", "workers", "figures", "refugees"]

    /// `ask the men for their shovels` where the men are a thing of the scene (the patrol's
    /// rifles): the person in conversation answers, when they are still here, rather than "You
    /// can't talk to the rifles." Nil for any other thing, or with nobody in conversation here.
    /// With several people here and none in conversation, nil: the engine asks "Whom do you want
    /// to ask about …?".
    func askedPerson(_ thing: ThingIndex?, state: GameState) -> ThingIndex? {
        guard let thing, !story.things[thing].isPerson, story.things[thing].nouns.contains(where: Self.crowdNouns.contains) else { return thing }
        let here = state.things(at: .scene(state.scene)).filter { story.things[$0].isPerson }
        if let recent = state.core.recentPerson, here.contains(recent) { return recent }
        return here.count == 1 ? here[0] : nil
    }
}

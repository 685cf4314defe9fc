import StoryModel

extension GameState {
    /// Whether a condition holds in this state. A method of the state itself, so that asking it
    /// copies nothing (a value holding the story and the state retained a few dozen arrays per
    /// guard, and guards are read several times a command).
    func holds(_ condition: Condition) -> Bool {
        switch condition {
        case .always: true
        case .holding(let thing): locations[thing].isWithPlayer || isInsideWhatThePlayerHas(thing)
        case .wearing(let thing): locations[thing] == .worn
        case .visited(let scene): visited.contains(scene)
        case .isIn(let scene): self.scene == scene
        case .factUnlocked(let fact): isUnlocked(fact)
        case .flag(let flag): flags.contains(flag)
        case .compare(let counter, let comparison, let value): comparison.holds(counters[counter], value)
        case .thingAt(let thing, let place):
            switch place {
            case .scene(let scene): sceneOf(thing) == scene && !locations[thing].isWithPlayer
            case .here: sceneOf(thing) == self.scene && !locations[thing].isWithPlayer
            case .carried: locations[thing].isWithPlayer
            case .nowhere: locations[thing] == .nowhere
            case .within(let holder): locations[thing] == .within(holder)
            }
        case .talkingTo(let person):
            core.recentPerson == person && sceneOf(person) == scene && !locations[person].isWithPlayer
        case .not(let inner): !holds(inner)
        case .and(let a, let b): holds(a) && holds(b)
        case .or(let a, let b): holds(a) || holds(b)
        }
    }

    /// True when the thing is in or on something the player carries or wears, however deep: the
    /// envelope in the satchel the player carries is held (a blind author's `holding envelope`
    /// was false there, session 36).
    private func isInsideWhatThePlayerHas(_ thing: ThingIndex) -> Bool {
        var current = thing
        for _ in 0..<8 {
            guard case .within(let holder) = locations[current] else { return false }
            if locations[holder].isWithPlayer { return true }
            current = holder
        }
        return false
    }
}

import StoryModel

/// What the player remembers: where each thing and person was last seen (for `where is ortiz`
/// and `who is ortiz` when Ortiz is elsewhere), and the last proposal a person made (for `yes`).
/// Both live in `Core`, so undo restores them and saves keep them; saves made before they existed
/// load with nothing remembered.
extension GameState {
    /// The scene where the player last saw a thing or person, nil if never.
    public func lastSeen(_ thing: ThingIndex) -> SceneIndex? { core.lastSeen?[thing] }

    /// Notes that the things in the player's scene were seen there (unless it is dark).
    mutating func noteWhatIsSeen(story: Story) {
        guard !Light.isDark(story: story, state: self) else { return }
        let scene = core.scene
        for thing in things(at: .scene(scene)) where core.lastSeen?[thing] != scene {
            if core.lastSeen == nil { core.lastSeen = [:] }
            core.lastSeen?[thing] = scene
        }
    }

    /// The words of the command a person just proposed ("Will you promise?" → `promise`).
    var proposal: [String]? { core.proposal }

    mutating func setProposal(_ words: [String]?) {
        if core.proposal != words { core.proposal = words }
    }
}

import CommandParser
import StoryModel

/// What the player can refer to in a state: the things in their scene and the things they carry,
/// with what lies on them or in them while open. In the dark, only what the player carries.
struct StateScope: Scope {
    let story: Story
    let state: GameState
    /// The things in sight, computed once.
    let visibleThings: [ThingIndex]

    init(story: Story, state: GameState) {
        self.story = story
        self.state = state
        let dark = Light.isDark(story: story, state: state)
        visibleThings = state.reachable(from: dark ? [] : [.scene(state.scene)], story: story)
    }

    var scene: SceneIndex { state.scene }

    func isCarried(_ thing: ThingIndex) -> Bool { state.locations[thing].isWithPlayer }

    var recentThing: ThingIndex? { state.core.recentThing }
    var recentPerson: ThingIndex? { state.core.recentPerson }
    var recentGroup: [ThingIndex] { state.core.recentGroup ?? [] }
    func isPerson(_ thing: ThingIndex) -> Bool { story.things[thing].isPerson }
}

/// Whether the player's scene is lit.
struct Light {
    let story: Story
    let state: GameState

    /// True when the scene is dark: it is marked `dark`, the condition that lights it does not
    /// hold, and no light source is here or carried.
    var isDark: Bool { Self.isDark(story: story, state: state) }

    /// `isDark` without copying the story and the state into a `Light` (a dozen references each):
    /// asked at least twice a command.
    static func isDark(story: Story, state: GameState) -> Bool {
        guard let litWhen = story.scenes[state.scene].world.litWhen else { return false }
        if state.holds(litWhen) { return false }
        let present = state.reachable(from: [.scene(state.scene)], story: story)
        return !present.contains { story.things[$0].world.givesLight }
    }
}

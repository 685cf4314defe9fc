import CommandParser
import StoryModel

/// What the player can refer to in a state: the things in their scene and the things they carry,
/// with what lies on them or in them while open. In the dark, only what the player carries.
struct StateScope: Scope {
    /// The story, what the parser asks of the state and the things in sight behind one
    /// reference: the parser takes the scope as `any Scope`, and a value this small fits in the
    /// existential's own three words, where the state's many fields were copied into a box on the
    /// heap and released again, twice a command (docs/performance.md, "Per command, thirteenth
    /// round"). Only the parts of the state the parser reads are kept, and the state is borrowed
    /// to read them: the whole state was copied for every scope (a retain of each of its tables,
    /// and their release; docs/performance.md, "Per command, eighteenth round").
    private final class Held: Sendable {
        let story: Story
        let locations: [Location]
        let scene: SceneIndex
        let recentThing: ThingIndex?
        let recentPerson: ThingIndex?
        let recentGroup: [ThingIndex]?
        let visibleThings: [ThingIndex]

        init(story: Story, state: borrowing GameState, visibleThings: [ThingIndex]) {
            self.story = story
            locations = state.locations
            scene = state.scene
            recentThing = state.core.recentThing
            recentPerson = state.core.recentPerson
            recentGroup = state.core.recentGroup
            self.visibleThings = visibleThings
        }
    }

    private let held: Held

    var story: Story { held.story }
    /// Where each thing is, in the state this scope was made for.
    var locations: [Location] { held.locations }
    /// The things in sight, computed once.
    var visibleThings: [ThingIndex] { held.visibleThings }

    init(story: Story, state: borrowing GameState) {
        let dark = Light.isDark(story: story, state: state)
        held = Held(story: story, state: state, visibleThings: state.reachable(from: dark ? [] : [.scene(state.scene)], story: story))
    }

    var scene: SceneIndex { held.scene }

    func isCarried(_ thing: ThingIndex) -> Bool { held.locations[thing].isWithPlayer }

    var recentThing: ThingIndex? { held.recentThing }
    var recentPerson: ThingIndex? { held.recentPerson }
    var recentGroup: [ThingIndex] { held.recentGroup ?? [] }
    func isPerson(_ thing: ThingIndex) -> Bool { held.story.things[thing].isPerson }
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
    static func isDark(story: Story, state: borrowing GameState) -> Bool {
        guard let litWhen = story.scenes[state.scene].world.litWhen else { return false }
        if state.holds(litWhen) { return false }
        let present = state.reachable(from: [.scene(state.scene)], story: story)
        return !present.contains { story.things[$0].world.givesLight }
    }
}

import CommandParser
import StoryModel

/// What the player can refer to in a state: the things in their scene and the things they carry.
struct StateScope: Scope {
    let state: GameState

    var scene: SceneIndex { state.scene }

    /// - Complexity: O(things here and carried), independent of the size of the story.
    var visibleThings: [ThingIndex] {
        state.things(at: .scene(state.scene)) + state.things(at: .carried) + state.things(at: .worn)
    }

    func isCarried(_ thing: ThingIndex) -> Bool { state.locations[thing].isWithPlayer }

    var recentThing: ThingIndex? { state.core.recentThing }
    var recentPerson: ThingIndex? { state.core.recentPerson }
}

import AdventureEngine
import StoryModel

/// The ways on that strand a player in a soft-lock: those that stay shut in every state the player
/// can still reach from it, though a winning game goes through them.
///
/// The ways closed in the stuck state alone misled a blind author (Vesuvius, session 26): `verify`
/// named the courtyard's "leave the town (only if tremors >= 2)", which one `wait` opens, and not
/// the road's "leave the road (only if holding lamp …)" a scene further on, which never opens again
/// once the lamp is left behind; the author would have "fixed" the tremors.
struct ShutWays {
    /// At most this many stuck states are read from one way in (the report is a pointer, not a proof).
    static let regionLimit = 20_000

    private let story: Story
    private let engine: Engine
    private let graph: StateGraph
    private let canWin: [Bool]
    /// For each scene, for each of its exits: open in some state from which the story can still be won.
    private let openToWin: [[Bool]]

    init(story: Story, engine: Engine, graph: StateGraph, canWin: [Bool]) {
        self.story = story
        self.engine = engine
        self.graph = graph
        self.canWin = canWin
        var open = story.scenes.map { [Bool](repeating: false, count: $0.exits.count) }
        for (number, state) in graph.states.enumerated() where canWin[number] && state.ending == nil {
            for (exit, way) in story.scenes[state.scene].exits.enumerated() where !open[state.scene][exit] {
                if engine.holds(way.guardCondition, in: state) { open[state.scene][exit] = true }
            }
        }
        openToWin = open
    }

    /// `west (only if wearing coat)`, or `leave the road from The Road (only if holding lamp)` for a
    /// way in a scene the player can still walk to: the guarded ways, open in a winnable game, that no
    /// state reachable from `entry` opens. When there are none, the ways closed in `entry` itself.
    func ways(stuckFrom entry: Int) -> [String] {
        var seen: Set<Int> = [entry]
        var queue = [entry]
        var scenes: [SceneIndex] = []
        var openHere: [SceneIndex: [Bool]] = [:]
        var next = 0
        while next < queue.count, next < Self.regionLimit {
            let number = queue[next]
            next += 1
            let state = graph.states[number]
            guard state.ending == nil else { continue }
            let exits = story.scenes[state.scene].exits
            if openHere[state.scene] == nil {
                scenes.append(state.scene)
                openHere[state.scene] = [Bool](repeating: false, count: exits.count)
            }
            for (exit, way) in exits.enumerated() where openToWin[state.scene][exit] && openHere[state.scene]?[exit] == false {
                if engine.holds(way.guardCondition, in: state) { openHere[state.scene]?[exit] = true }
            }
            for successor in graph.successors[number] where !canWin[Int(successor)] && seen.insert(Int(successor)).inserted {
                queue.append(Int(successor))
            }
        }
        let stuckScene = graph.states[entry].scene
        var shut: [String] = []
        for scene in scenes {
            for (exit, way) in story.scenes[scene].exits.enumerated() where openToWin[scene][exit] && openHere[scene]?[exit] == false {
                shut.append(label(way, in: scene, stuckIn: stuckScene))
            }
        }
        guard shut.isEmpty else { return shut }
        let stuck = graph.states[entry]
        return story.scenes[stuckScene].exits.filter { !engine.holds($0.guardCondition, in: stuck) }
            .map { label($0, in: stuckScene, stuckIn: stuckScene) }
    }

    private func label(_ way: Exit, in scene: SceneIndex, stuckIn stuckScene: SceneIndex) -> String {
        let place = scene == stuckScene ? "" : " from \(story.scenes[scene].title)"
        return "\(way.label)\(place) (only if \(ConditionText(story: story).describe(way.guardCondition)))"
    }
}

import StoryModel

/// Which scenes lead on and which the start reaches: the two questions the lint rules ask of the
/// story's graph (`dead-end-scene`, `unreachable-scene`), answered from the same edges as
/// `StoryGraph` without making its labels and guard texts, which only the drawing shows
/// (docs/performance.md, "Compile, sixteenth round": the two rules built the whole graph each).
///
/// An edge here is `StoryGraph`'s edge without its command and guard: an exit always leads
/// somewhere; an action, talk or topic when its effects reach a `go to` or `end`
/// (`StoryGraph.destinations`, conditions left out).
struct SceneLinks {
    /// For each scene, true when some edge leaves it.
    let leaves: [Bool]
    /// For each scene, true when some path from the start reaches it (`StoryGraph.reachableScenes`).
    let reached: [Bool]

    init(story: Story) {
        let count = story.scenes.count
        var leaves = [Bool](repeating: false, count: count)
        // The edges between scenes, as two flat lists (an array for each scene's targets cost an
        // allocation a scene, docs/performance.md, "Compile, eighteenth round"), and the scenes
        // a global action or a person in no scene leads to.
        var edgeFrom: [Int32] = [], edgeTo: [Int32] = []
        edgeFrom.reserveCapacity(count * 2)
        edgeTo.reserveCapacity(count * 2)
        var fromAnywhere: [SceneIndex] = []
        var targets: [StoryGraph.Node] = []
        func add(from scene: SceneIndex?, _ effects: [Effect], default target: SceneIndex?) {
            targets.removeAll(keepingCapacity: true)
            Self.appendDestinations(effects, to: &targets)
            if targets.isEmpty, let target { targets.append(.scene(target)) }
            guard !targets.isEmpty else { return }
            guard let scene else {
                for case .scene(let to) in targets { fromAnywhere.append(to) }
                return
            }
            guard leaves.indices.contains(scene) else { return }
            leaves[scene] = true
            for case .scene(let to) in targets {
                edgeFrom.append(Int32(truncatingIfNeeded: scene))
                edgeTo.append(Int32(truncatingIfNeeded: to))
            }
        }
        let scenes = story.scenes, things = story.things
        for index in scenes.indices {
            // By index, reading two fields: `for exit in` copied every exit whole.
            let exits = scenes[index].exits
            for exit in exits.indices { add(from: index, exits[exit].travel, default: exits[exit].target) }
            // `after 3 turns` … `end buried` (a blind author's Vesuvius story).
            for event in scenes[index].world.timedEvents { add(from: index, event.response.effects, default: nil) }
        }
        for action in story.actions { add(from: action.scene, action.response.effects, default: nil) }
        for index in things.indices where things[index].isPerson {
            let from: SceneIndex? = if case .scene(let scene) = things[index].initialPlace { scene } else { nil }
            if let talk = things[index].talk { add(from: from, talk.effects, default: nil) }
            for topic in things[index].topics { add(from: from, topic.response.effects, default: nil) }
        }
        // Each scene's targets, one after another (`next[first[scene]..<first[scene + 1]]`).
        var first = [Int](repeating: 0, count: count + 1)
        for from in edgeFrom { first[Int(from) + 1] += 1 }
        for index in 0..<count { first[index + 1] += first[index] }
        var next = [Int32](repeating: 0, count: edgeTo.count)
        var filled = first
        for (from, to) in zip(edgeFrom, edgeTo) {
            next[filled[Int(from)]] = to
            filled[Int(from)] += 1
        }
        var reached = [Bool](repeating: false, count: count)
        var queue: [SceneIndex] = []
        func reach(_ scene: SceneIndex) {
            guard reached.indices.contains(scene), !reached[scene] else { return }
            reached[scene] = true
            queue.append(scene)
        }
        reach(story.start)
        for scene in fromAnywhere { reach(scene) }
        while let scene = queue.popLast() {
            for at in first[scene]..<first[scene + 1] { reach(Int(next[at])) }
        }
        self.leaves = leaves
        self.reached = reached
    }

    /// The nodes `StoryGraph.destinations` finds in the effects, in its order, without their conditions.
    static func appendDestinations(_ effects: [Effect], to out: inout [StoryGraph.Node]) {
        for effect in effects {
            switch effect {
            case .goTo(let scene): out.append(.scene(scene)); return
            case .end(let ending): out.append(.ending(ending)); return
            case .branch(_, let then, let otherwise):
                appendDestinations(then, to: &out)
                appendDestinations(otherwise, to: &out)
            default: continue
            }
        }
    }
}

import StoryModel

/// Which scenes the player can still reach from each scene, and, for each flag, visit, fact and
/// counter a guard reads, from which scenes some guard that reads it can still be tried.
///
/// A scene's own actions, exits, timed events and darkness are tried only while the player is in
/// it; a person's talk and topics and the story-wide actions anywhere. So a flag read only by
/// the guards of scenes behind the player (the Elbe story's `pietsch-in-conversation` on the
/// Road East, `recall-warned` at Kühren) no longer changes what can happen once the player has
/// left them for good, and the verifier's states stop telling its values apart (`KeyLayout`).
/// Reachability follows every exit and every `go to` whatever their guards, so it can only
/// count too many scenes as reachable, never too few.
///
///     road-east → kuehren → …, and nothing leads back to road-east
///     pietsch-in-conversation read only on road-east  →  not read from kuehren on
struct SceneReach {
    /// For each flag, the scenes from which a guard that reads it can still be tried.
    let flagRead: [[Bool]]
    /// The same for each scene's `visited`, each fact's `knows` and each counter's comparisons.
    let visitRead: [[Bool]]
    let factRead: [[Bool]]
    let counterRead: [[Bool]]

    init(story: Story) {
        let count = story.scenes.count
        var edges = [[SceneIndex]](repeating: [], count: count)
        var fromEverywhere: [SceneIndex] = []
        /// The guards of one place (nil: tried anywhere), for the parts they read.
        var sites: [(home: SceneIndex?, conditions: [Condition])] = []
        func goTos(_ effects: [Effect]) -> [SceneIndex] {
            effects.flatMap(\.flattened).compactMap { if case .goTo(let scene) = $0 { scene } else { nil } }
        }
        func branches(_ effects: [Effect]) -> [Condition] {
            effects.flatMap(\.flattened).compactMap { if case .branch(let condition, _, _) = $0 { condition } else { nil } }
        }
        func add(_ response: Response, home: SceneIndex?) {
            sites.append((home, [response.guardCondition] + branches(response.effects)))
            if let home { edges[home] += goTos(response.effects) } else { fromEverywhere += goTos(response.effects) }
        }
        for index in story.actions.indices { add(story.actions[index].response, home: story.actions[index].scene) }
        for index in story.things.indices {
            if let talk = story.things[index].talk { add(talk, home: nil) }
            for topic in story.things[index].topics { add(topic.response, home: nil) }
        }
        for scene in story.scenes.indices {
            for exit in story.scenes[scene].exits {
                edges[scene].append(exit.target)
                edges[scene] += goTos(exit.travel)
                sites.append((scene, [exit.guardCondition] + branches(exit.travel)))
            }
            for event in story.scenes[scene].world.timedEvents { add(event.response, home: scene) }
            if let litWhen = story.scenes[scene].world.litWhen { sites.append((scene, [litWhen])) }
        }
        // reachable[from][to]: breadth first from each scene.
        var reachable = [[Bool]](repeating: [Bool](repeating: false, count: count), count: count)
        for start in 0..<count {
            var queue = [start] + fromEverywhere
            for scene in queue { reachable[start][scene] = true }
            var next = 0
            while next < queue.count {
                for target in edges[queue[next]] where !reachable[start][target] {
                    reachable[start][target] = true
                    queue.append(target)
                }
                next += 1
            }
        }
        func readFrom(_ parts: Int, _ part: (Condition) -> Int?) -> [[Bool]] {
            var homes = [Set<SceneIndex>](repeating: [], count: parts)
            var everywhere = [Bool](repeating: false, count: parts)
            for site in sites {
                for condition in site.conditions.flatMap(StoryWalk.parts) {
                    guard let index = part(condition) else { continue }
                    if let home = site.home { homes[index].insert(home) } else { everywhere[index] = true }
                }
            }
            return (0..<parts).map { index in
                (0..<count).map { scene in everywhere[index] || homes[index].contains { reachable[scene][$0] } }
            }
        }
        flagRead = readFrom(story.flags.count) { if case .flag(let flag) = $0 { flag } else { nil } }
        visitRead = readFrom(count) { if case .visited(let scene) = $0 { scene } else { nil } }
        factRead = readFrom(story.facts.count) { if case .factUnlocked(let fact) = $0 { fact } else { nil } }
        counterRead = readFrom(story.counters.count) { if case .compare(let counter, _, _) = $0 { counter } else { nil } }
    }
}

import AdventureEngine
import StoryModel

/// Proves what a story allows by playing every move from every reachable state.
///
/// A breadth-first search over game states with the engine's pure step: it finds each ending,
/// fact and scene with its shortest command sequence, and every soft-lock (a state, not an
/// ending, from which no success ending can be reached), found by searching the explored graph
/// backwards from the success endings.
///
///     let report = Verifier(story: story).verify(maxStates: 200_000)
///     if !report.passed { … }
public struct Verifier: Sendable {
    public let story: Story

    /// The limit used when none is given.
    public static let defaultMaxStates = 500_000

    public init(story: Story) {
        self.story = story
    }

    /// Explores the story and reports what it found.
    /// - Complexity: O(states × moves per state) engine steps; memory O(states).
    /// - Parameter triesDrops: also drop each carried thing a guard needs, in every scene
    ///   (finds soft-locks made by leaving something behind; multiplies the states).
    /// - Parameter findsCompleteWin: also look for a winning list that unlocks every fact
    ///   (`completeWin`, for `--walkthrough`); a further search from leg to leg.
    public func verify(maxStates: Int = defaultMaxStates, triesDrops: Bool = false, findsCompleteWin: Bool = false) -> VerificationReport {
        let engine = Engine(story: story)
        let graph = StateGraph(engine: engine, maxStates: maxStates, triesDrops: triesDrops)
        var endingState = [Int?](repeating: nil, count: story.endings.count)
        var sceneState = [Int?](repeating: nil, count: story.scenes.count)
        var wins: [Int] = []
        for (number, state) in graph.states.enumerated() {
            if sceneState[state.scene] == nil { sceneState[state.scene] = number }
            guard let ending = state.ending else { continue }
            if endingState[ending] == nil { endingState[ending] = number }
            guard story.endings[ending].isSuccess else { continue }
            wins.append(number)
        }
        let canWin = graph.states(reaching: wins)
        let softLocks = graph.isIncomplete ? [] : graph.states.indices.filter { !canWin[$0] && graph.states[$0].ending == nil }
        let locked = Set(softLocks)
        let entries = softLocks.filter { !locked.contains(Int(graph.parents[$0])) }
        var seenPaths: Set<String> = []
        let shut = ShutWays(story: story, engine: engine, graph: graph, canWin: canWin)
        let lockReports = entries.compactMap { state -> VerificationReport.SoftLock? in
            let path = graph.path(to: state)
            let scene = story.scenes[graph.states[state].scene].title
            guard seenPaths.insert(path.joined(separator: "\n")).inserted else { return nil }
            // `west (only if wearing coat)`: the guards that keep the player in (a blind author's
            // Kitty Hawk read "5566 soft-locked states" and had to work out which guard from the paths).
            return .init(scene: scene, path: path, closedWays: shut.ways(stuckFrom: state))
        }
        func finding(_ id: String, _ title: String, _ state: Int?) -> VerificationReport.Finding {
            .init(id: id, title: title, path: state.map(graph.path))
        }
        let report = VerificationReport(
            storyTitle: story.metadata.title,
            endings: story.endings.indices.map { finding(story.endings[$0].id, story.endings[$0].title, endingState[$0]) },
            endingIsSuccess: story.endings.map(\.isSuccess),
            facts: story.facts.indices.map { .init(id: story.facts[$0].id, title: story.facts[$0].title, path: graph.path(toFact: $0)) },
            scenes: story.scenes.indices.map { finding(story.scenes[$0].id, story.scenes[$0].title, sceneState[$0]) },
            softLocks: lockReports,
            softLockedStates: softLocks.count,
            actionsNeverRun: actionsNeverRun(graph, engine: engine, maxStates: maxStates, triesDrops: triesDrops),
            topicsNeverRun: topicsNeverRun(graph),
            statesExplored: graph.states.count,
            isIncomplete: graph.isIncomplete,
            maxStates: maxStates,
            shortestWin: wins.first.map(graph.path),
            completeWin: wins.isEmpty || graph.isIncomplete || !findsCompleteWin ? nil : FactTour(engine: engine, graph: graph, canWin: canWin).walk()
        )
        var worded = PlayerWording(engine: engine).reword(report)
        if !triesDrops { worded.dropsNotTried = waysNeedingCarried() }
        return worded
    }

    /// The ways on whose guards read that something portable is held, as `label (only if …)`.
    private func waysNeedingCarried() -> [String] {
        func readsHolding(_ condition: Condition) -> Bool {
            switch condition {
            case .holding(let thing), .wearing(let thing): story.things[thing].isPortable
            case .not(let inner): readsHolding(inner)
            case .and(let a, let b), .or(let a, let b): readsHolding(a) || readsHolding(b)
            default: false
            }
        }
        let describe = ConditionText(story: story)
        return story.scenes.flatMap { scene in
            scene.exits.filter { readsHolding($0.guardCondition) }
                .map { "\($0.label) from \(scene.title) (only if \(describe.describe($0.guardCondition)))" }
        }
    }

    /// The actions no move ran. The search leaves out where souvenirs are (`Relevance.sayOnly`),
    /// so an action that names one and did not run may need it carried somewhere: those are
    /// looked for again, by a search that counts where those things are and stops once they
    /// have all run.
    private func actionsNeverRun(_ graph: StateGraph, engine: Engine, maxStates: Int, triesDrops: Bool) -> [String] {
        var notRun = story.actions.indices.filter { !graph.exercised.contains(.action($0)) }
        var souvenirs: Set<ThingIndex> = []
        for index in notRun {
            for pattern in story.actions[index].patterns {
                for case .slot(.thing(let thing)) in pattern.elements where graph.relevance.sayOnly[thing] { souvenirs.insert(thing) }
            }
        }
        if !souvenirs.isEmpty, !graph.isIncomplete {
            let second = StateGraph(engine: engine, maxStates: maxStates, triesDrops: triesDrops, also: souvenirs.sorted(),
                                    until: Set(notRun.map { .action($0) }))
            notRun.removeAll { second.exercised.contains(.action($0)) }
        }
        return notRun.map { ActionPlace.labelled($0, in: story) }
    }

    private func topicsNeverRun(_ graph: StateGraph) -> [String] {
        var never: [String] = []
        for (person, thing) in story.things.enumerated() where thing.isPerson {
            if thing.talk != nil, !graph.exercised.contains(.talk(person)) { never.append("\(thing.id): talk") }
            for (number, topic) in thing.topics.enumerated() where !graph.exercised.contains(.topic(person, number)) {
                guard let phrase = topic.phrases.first, phrase.first != "anything",
                      let label = TopicLabel.of(person: person, topic: number, in: story) else { continue }
                never.append(label)
            }
        }
        return never
    }
}

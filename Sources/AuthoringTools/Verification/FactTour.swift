import AdventureEngine
import StoryModel

/// Finds a winning command list that also unlocks every fact, for `--walkthrough`.
///
/// From where it stands it goes to the nearest state with a fact it has not yet unlocked, among
/// the states from which a success ending can still be reached, and repeats; once every fact is in
/// the journal it takes the shortest way to a success ending. Each leg is a breadth-first search,
/// so each leg is shortest, though the whole list may not be.
struct FactTour {
    let engine: Engine
    let graph: StateGraph
    /// For each state of the graph, true when a success ending can be reached from it.
    let canWin: [Bool]

    func walk() -> [String]? {
        var generator = MoveGenerator(engine: engine, relevance: graph.relevance)
        generator.triesDrops = graph.triesDrops
        var current = graph.states[0]
        var commands: [String] = []
        var prepared = PreparedMoves()
        let total = engine.story.facts.count
        while true {
            let done = current.unlockedFactCount == total
            let known = current.unlockedFactCount
            let goal: (GameState) -> Bool = { state in
                done ? state.ending.map { engine.story.endings[$0].isSuccess } ?? false : state.unlockedFactCount > known
            }
            guard let (state, leg) = nearest(from: current, where: goal, generator: generator, prepared: &prepared) else { return nil }
            commands += leg
            if done { return commands }
            current = state
        }
    }

    /// A breadth-first search from a state to the nearest state that meets the goal and can still win.
    private func nearest(from start: GameState, where goal: (GameState) -> Bool,
                         generator: MoveGenerator, prepared: inout PreparedMoves) -> (GameState, [String])? {
        var seen: Set<SearchKey> = [SearchKey(start, layout: graph.layout)]
        var queue: [(GameState, Int32, String)] = [(start, -1, "")]
        var head = 0
        while head < queue.count {
            let (state, _, _) = queue[head]
            defer { head += 1 }
            guard state.ending == nil else { continue }
            let scope = prepared.scope(of: state, engine: engine)
            for (move, input) in prepared.moves(in: state, scope: scope, generator: generator) where !move.isTextOnly {
                let (after, _) = engine.searchStep(state, input, in: scope, memo: &prepared.memo)
                guard after.core.pending == nil else { continue }
                let key = SearchKey(after, layout: graph.layout)
                guard let number = graph.index[key], canWin[Int(number)] || after.ending != nil else { continue }
                let isGoal = goal(after)
                guard isGoal || seen.insert(key).inserted else { continue }
                queue.append((after, Int32(head), move.command))
                if isGoal { return (after, path(to: queue.count - 1, in: queue)) }
            }
        }
        return nil
    }

    private func path(to last: Int, in queue: [(GameState, Int32, String)]) -> [String] {
        var path: [String] = []
        var current = last
        while queue[current].1 >= 0 {
            path.append(queue[current].2)
            current = Int(queue[current].1)
        }
        return path.reversed()
    }
}

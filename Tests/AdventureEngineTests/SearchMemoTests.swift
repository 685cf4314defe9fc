import AdventureEngine
import CommandParser
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// `verify` keeps the parser's readings by what each asked of the scope (`ReadingTree`): a reading
/// kept in one state must be the parser's own in every other state it is handed out for, whatever
/// the player carries there and whatever `it`, `him` and `them` mean.
@Suite struct SearchMemoTests {
    /// The start of the Elbe story's winning route: the commands carry, drop and name people,
    /// so the states differ in what is in sight, what is carried and what the pronouns mean.
    static let route = ["in", "listen to captain ferris", "read signal card", "out", "take field radio", "east",
                        "push handcart", "east", "ask marcel about russians", "report", "sleep", "east",
                        "wave at horseman in soviet uniform", "can you show us way", "east"]

    /// Read in every state of the route and after dropping and taking things back.
    static let probes = ["east", "west", "take field radio", "drop field radio", "take it", "drop it", "x it", "x him",
                         "ask him about russians", "talk to her", "take them", "x signal card", "ask marcel about russians",
                         "what is your name", "inventory", "give it to him", "yes", "hello", "x radio", "put on it",
                         // People in sight and the few things a phrase names (`Scope.peopleInSight`, `visibleThings(among:)`).
                         "talk to the guy", "talk to soldiers", "x flare", "x other radio", "give food to him", "x #0"]

    @Test func aKeptReadingIsTheParsersOwnInEveryStateItIsGivenFor() throws {
        let story = try #require(StoryCompiler.compile(path: Fixtures.repositoryRoot() + "/Stories/elbe.story").story)
        let engine = Engine(story: story)
        var states: [GameState] = []
        var state = engine.start().0
        for command in Self.route {
            states.append(state)
            for detour in ["drop field radio", "x signal card", "x captain ferris", "take it"] {
                states.append(engine.step(state, detour).0)
            }
            state = engine.step(state, command).0
        }
        states.append(state)
        var memo = SearchMemo()
        // Each probe by number (a prepared move's reading) and by its words alone.
        var inputs: [(String, PreparedInput)] = []
        for (number, probe) in Self.probes.enumerated() {
            var input = PreparedInput(probe)
            input.searchNumber = number
            inputs += [(probe, input), (probe, PreparedInput(probe))]
        }
        var readings = 0
        // Twice over, so that the second round reads from the kept readings.
        for _ in 0..<2 {
            for state in states {
                let scope = engine.searchScope(of: state, memo: &memo)
                for (probe, input) in inputs {
                    let kept = engine.interpretations(of: input, in: scope, memo: &memo)
                    #expect(kept == engine.interpretations(of: input, in: state), "\(probe) in \(story.scenes[state.scene].title)")
                    readings += kept.isEmpty ? 0 : 1
                }
            }
        }
        #expect(readings > 0)
        // Far fewer readings kept than asked for: most asked for little of the scope.
        #expect(memo.count < states.count * Self.probes.count)
    }
}

@testable import AdventureEngine
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// The index of what lies where (`ContentsIndex`, read through `GameState.things(at:)`) gives the
/// things at every location in index order, as a look at every thing's place gives them: after
/// it is built, after any moves, after they are taken back, and after a save is restored.
@Suite struct ContentsIndexTests {
    /// Every location a state of `things` things and `scenes` scenes can name, and a few past them.
    private static func everyLocation(things: Int, scenes: Int) -> [Location] {
        [.nowhere, .carried, .worn] + (0..<scenes + 2).map { .scene($0) } + (0..<things + 2).map { .within($0) }
            + [.scene(1 << 40), .within(1 << 40)]
    }

    /// The things at a location found by looking at every thing's place.
    private static func lookedUp(_ location: Location, in state: GameState) -> [ThingIndex] {
        state.locations.indices.filter { state.locations[$0] == location }
    }

    private static func expectIndexMatchesPlaces(_ state: GameState, scenes: Int, _ note: String) {
        for location in everyLocation(things: state.locations.count, scenes: scenes) {
            #expect(Array(state.things(at: location)) == lookedUp(location, in: state), "\(note): \(location)")
        }
    }

    private static func randomLocation(_ random: inout SplitMix, things: Int, scenes: Int, outliers: Bool) -> Location {
        switch random.next() % 7 {
        case 0: .nowhere
        case 1: .carried
        case 2: .worn
        case 3, 4: .scene(outliers && random.next() % 9 == 0 ? scenes + Int(random.next() % 100) : Int(random.next() % UInt64(max(scenes, 1))))
        default: .within(outliers && random.next() % 9 == 0 ? 1 << 40 : Int(random.next() % UInt64(max(things, 1))))
        }
    }

    @Test func aNewIndexHoldsWhatEveryPlaceSays() {
        var random = SplitMix(seed: 2_026)
        for round in 0..<300 {
            let things = Int(random.next() % 60)
            let scenes = Int(random.next() % 70)
            // Far past the state's size once in a while, as only a damaged save has it.
            let locations = (0..<things).map { _ in Self.randomLocation(&random, things: things, scenes: scenes, outliers: round % 5 == 0) }
            let state = GameState(core: GameState.Core(scene: 0, randomState: 1), locations: locations, flags: BitSet(count: 0),
                                  counters: [], visited: BitSet(count: scenes), factTurns: [])
            Self.expectIndexMatchesPlaces(state, scenes: scenes, "round \(round)")
        }
    }

    @Test func movesAndTheirUndoKeepTheIndexRight() {
        var random = SplitMix(seed: 17)
        for round in 0..<100 {
            let things = 1 + Int(random.next() % 40)
            let scenes = 1 + Int(random.next() % 20)
            let locations = (0..<things).map { _ in Self.randomLocation(&random, things: things, scenes: scenes, outliers: round % 4 == 0) }
            var state = GameState(core: GameState.Core(scene: 0, randomState: 1), locations: locations, flags: BitSet(count: 0),
                                  counters: [], visited: BitSet(count: scenes), factTurns: [])
            let start = state.locations
            state.beginTurn()
            for move in 0..<60 {
                // Mostly among a few places, so lists grow long and things arrive in any order.
                let location = random.next() % 3 == 0 ? Self.randomLocation(&random, things: things, scenes: scenes, outliers: round % 4 == 0)
                    : [Location.nowhere, .carried, .scene(0), .within(0)][Int(random.next() % 4)]
                state.move(Int(random.next() % UInt64(things)), to: location)
                if move % 10 == 0 { Self.expectIndexMatchesPlaces(state, scenes: scenes, "round \(round), move \(move)") }
            }
            Self.expectIndexMatchesPlaces(state, scenes: scenes, "round \(round), after the moves")
            state.revert(state.takeJournal())
            #expect(state.locations == start)
            Self.expectIndexMatchesPlaces(state, scenes: scenes, "round \(round), taken back")
        }
    }

    @Test func aRestoredGameFindsTheSameThingsEverywhere() throws {
        // Cloak of Darkness: a cloak carried, worn, hung on a hook (a supporter) and dropped.
        let root = Fixtures.repositoryRoot()
        let story = try #require(StoryCompiler.compile(path: root + "/Stories/examples/cloak.story").story)
        var (game, _) = Game.start(story: story)
        let commands = ["i", "take off cloak", "wear cloak", "w", "take off cloak", "hang cloak on hook", "take cloak", "drop cloak",
                        "take cloak", "put cloak on hook", "e", "s", "n", "undo", "w", "take cloak", "wear cloak", "e", "s"]
        for (number, command) in commands.enumerated() {
            _ = game.perform(command)
            var bytes: [UInt8] = []
            game.snapshot.appendLines(to: &bytes)
            var reader = SaveLineReader(bytes: bytes, position: 0, lineNumber: 1)
            let snapshot = try Game.Snapshot(reading: &reader, log: game.log)
            let restored = try #require(Game(story: story, snapshot: snapshot))
            #expect(restored.state == game.state)
            for location in Self.everyLocation(things: story.things.count, scenes: story.scenes.count) {
                #expect(Array(restored.state.things(at: location)) == Array(game.state.things(at: location)), "after \(number + 1) commands: \(location)")
                #expect(Array(restored.state.things(at: location)) == Self.lookedUp(location, in: game.state), "after \(number + 1) commands: \(location)")
            }
        }
    }
}

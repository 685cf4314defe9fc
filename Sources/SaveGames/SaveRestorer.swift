import AdventureEngine
import StoryModel

/// Turns a save back into a game, replaying its commands when the story was revised since.
public struct SaveRestorer: Sendable {
    public let story: Story
    public let stamp: StoryStamp

    /// The engine games are restored with, when one was built already; else each restore builds
    /// its own (indexing the story's vocabulary, the largest part of a restore).
    private let engine: Engine?

    public init(story: Story, stamp: StoryStamp) {
        self.story = story
        self.stamp = stamp
        engine = nil
    }

    /// A restorer that resumes games with `engine` (the game in play's), so a restore does not
    /// build another.
    public init(engine: Engine, stamp: StoryStamp) {
        story = engine.story
        self.stamp = stamp
        self.engine = engine
    }

    private func game(_ snapshot: Game.Snapshot) -> Game? {
        engine.map { Game(engine: $0, snapshot: snapshot) } ?? Game(story: story, snapshot: snapshot)
    }

    /// How a restore went.
    public enum Outcome {
        /// The story is unchanged: the game is exactly as saved, undo history included.
        case exact(Game)
        /// The story changed: the commands were replayed on it. `stoppedAt` is the first command
        /// that no longer works, if one did not; everything before it was kept.
        case replayed(Game, replayed: Int, stoppedAt: String?)
    }

    /// True when a save can be restored on this story: always when the story was revised (its
    /// commands are replayed), else when every index in it fits the story.
    public func fits(_ file: SaveFile) -> Bool {
        file.story.digest != stamp.digest || file.game.fits(story)
    }

    /// The snapshot's game with the moves appended after it played again (the engine is
    /// deterministic, so this is the game as it was), checked against what the move lines say:
    /// the scene, the turns, the facts and the places the last of them recorded.
    /// - Throws: `SaveError.unreadable` when the moves do not give that game (a hand-edited file).
    private func playingMoves(of file: SaveFile, on game: Game, path: String) throws -> Game {
        guard file.movesAfterSnapshot.count > 0 else { return game }
        var game = game
        for move in file.movesAfterSnapshot { _ = game.perform(move.input) }
        let replayed = SaveSummary(game: game)
        guard replayed.scene == file.summary.scene, replayed.turns == file.summary.turns,
              Set(replayed.factsUnlocked) == Set(file.summary.factsUnlocked),
              Set(replayed.visitedScenes) == Set(file.summary.visitedScenes) else {
            throw SaveError.unreadable(path, "its moves after the last full save do not give the game they recorded")
        }
        return game
    }

    /// Restores a save that `SaveCodec` has read and checked.
    /// - Throws: `SaveError.doesNotFit` when the story is unchanged but the state does not fit it.
    public func restore(_ file: SaveFile, path: String) throws -> Outcome {
        if stamp.digest.isEmpty, let game = game(file.snapshot) { return .exact(try playingMoves(of: file, on: game, path: path)) }
        if file.story.digest == stamp.digest {
            guard let game = game(file.snapshot) else { throw SaveError.doesNotFit(path) }
            return .exact(try playingMoves(of: file, on: game, path: path))
        }
        // One engine for the whole replay, restarts included: the restorer's when it has one.
        let engine = self.engine ?? Engine(story: story)
        var game = Game(engine: engine)
        var count = 0
        for command in file.allCommands {
            let turn = game.perform(command.input)
            let failed = turn.outputs.contains { if case .error = $0 { true } else { false } }
            if command.succeeded && failed {
                return .replayed(game, replayed: count, stoppedAt: command.input)
            }
            if turn.outputs.contains(.request(.restart)) { game = Game(engine: engine) }
            count += 1
        }
        return .replayed(game, replayed: count, stoppedAt: nil)
    }
}

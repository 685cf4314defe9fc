import AdventureEngine

/// A reference to the game in play, for callbacks that outlive a turn (Tab completion).
public final class GameBox {
    public var game: Game
    /// More words to offer (save names after `restore`).
    public var extraCompletions: () -> [String] = { [] }

    public init(game: Game) {
        self.game = game
    }

    /// Completion words for the current state of the game.
    public func completions(before: [String], prefix: String) -> [String] {
        Completer(engine: game.engine).completions(after: before, prefix: prefix, state: game.state, extra: extraCompletions())
    }
}

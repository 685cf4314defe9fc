/// The plain ways of starting a game, read without the argument parser.
///
/// swift-argument-parser learns the commands' options by reflection the first time it parses,
/// which was about a third of the game's start-up (docs/performance.md, "Start-up, third
/// round"). The command lines a player types most (`elbe-adventure`, `elbe-adventure play
/// --player anna`, `play --script moves.txt`, `play mine.story --seed 3`) are read here; anything
/// else (help, `--version`, other commands, `--option=value`, a repeated, unknown or missing
/// value, a value the play command would refuse) is left to the argument parser, so what a
/// player sees, errors and help included, is the parser's.
enum QuickPlay {
    /// The options that take a value, as `PlayCommand` names them.
    private static let valueOptions: Set<String> = ["--player", "--saves", "--script", "--seed", "--width"]
    /// The flags, as `PlayCommand` names them.
    private static let flags: Set<String> = ["--plain", "--no-color"]
    /// Words the argument parser might read as something other than a story file.
    private static let reservedWords: Set<String> = ["help", "play", "check", "saves", "report", "journal", "prune", "serve",
                                                      "graph", "verify", "test"]

    /// The play options of a plain command line (without the program's name), or nil when the
    /// argument parser must read it.
    static func options<Arguments: Collection<String>>(_ arguments: Arguments) -> PlayOptions? {
        var rest = arguments[...]
        let namedPlay = rest.first == "play"
        if namedPlay { rest = rest.dropFirst() }
        var options = PlayOptions()
        var seen: Set<String> = []
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                // A story file: only after `play`, once, and never a word the parser might take for a command.
                guard namedPlay, options.story == nil, !argument.isEmpty, !reservedWords.contains(argument) else { return nil }
                options.story = argument
                continue
            }
            guard seen.insert(argument).inserted else { return nil }
            if flags.contains(argument) {
                if argument == "--plain" { options.plain = true } else { options.noColor = true }
                continue
            }
            guard valueOptions.contains(argument), let value = rest.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch argument {
            case "--player": options.player = value
            case "--saves": options.saves = value
            case "--script": options.script = value
            case "--seed":
                guard let seed = UInt64(value) else { return nil }
                options.seed = seed
            default:
                guard let width = Int(value) else { return nil }
                options.width = width
            }
        }
        guard (try? options.validate()) != nil else { return nil }
        return options
    }
}

import ArgumentParser

/// `elbe-adventure play [STORY]`: plays a story (the bundled Elbe story by default).
struct PlayCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "play",
        abstract: "Play a story (the bundled Elbe story unless you name another).",
        discussion: "On a terminal the game uses GNU readline: line editing, history (Up/Down), Tab completion. When input is piped or comes from --script, commands are read plainly and echoed after the prompt, so the output reads as a transcript."
    )

    @Argument(help: "A story file to play instead of the bundled one.", completion: .file(extensions: ["story"]))
    var story: String?

    @Option(help: "Your name: your saves and command history are kept under it.")
    var player: String?

    @Option(help: "The saves folder (default: $ELBE_SAVES, else ./Saves if it exists, else $XDG_DATA_HOME/elbe-adventure/Saves).",
            completion: .directory)
    var saves: String?

    @Option(help: "Read commands from this file instead of the keyboard.", completion: .file())
    var script: String?

    @Option(help: "The seed for the story's random choices, for repeatable play.")
    var seed: UInt64 = 1

    @Option(help: "Wrap text at this many columns (default: the terminal's width, else $COLUMNS, else 80).")
    var width: Int?

    @Flag(help: "Output for screen readers: no colour, no symbols, nothing redrawn.")
    var plain = false

    @Flag(name: .customLong("no-color"), help: "Never use colour.")
    var noColor = false

    /// The options as parsed, for `PlayOptions.run`.
    var options: PlayOptions {
        PlayOptions(story: story, player: player, saves: saves, script: script, seed: seed, width: width, plain: plain, noColor: noColor)
    }

    func validate() throws {
        try options.validate()
    }

    func run() throws {
        try options.run()
    }
}

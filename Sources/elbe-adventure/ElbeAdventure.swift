import ArgumentParser

/// The `elbe-adventure` command: plays a story by default, and offers authoring and classroom tools.
@main
struct ElbeAdventure: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "elbe-adventure",
        abstract: "A text adventure of the link-up on the Elbe, April 1945, and the engine that plays it.",
        version: version,
        subcommands: [PlayCommand.self, CheckCommand.self, SavesCommand.self, ReportCommand.self, JournalCommand.self, PruneCommand.self, RemoveCommand.self, ServeCommand.self]
            + authoringCommands,
        defaultSubcommand: PlayCommand.self
    )

    /// Runs the command line, exiting 0 on success, 1 on story errors and 2 on usage errors.
    /// A plain `play` command line is read by `QuickPlay`, everything else by the argument parser.
    static func main() {
        do {
            if let options = QuickPlay.options(CommandLine.arguments.dropFirst()) {
                try options.run()
                return
            }
            if let check = QuickCheck.options(CommandLine.arguments.dropFirst()) { check.run() }
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                var standardError = StandardError()
                print(fullMessage(for: error), to: &standardError)
                Self.exit(withError: ExitCode(2))
            }
            Self.exit(withError: error)
        }
    }
}

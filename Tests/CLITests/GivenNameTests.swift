import Foundation
import Testing

/// A name given with `--player` at a keyboard that is new and close to the name of a student
/// who has saves here is asked about, as the name typed at the prompt is (session 35's teacher:
/// `--player "Zoe Muller"` began a new game beside Zoë Müller's without a word).
@Suite(.serialized) struct GivenNameTests {
    /// Starts the game under tmux with `--player NAME` on a saves folder where Zoë Müller has
    /// played, and waits for the question.
    static func start(as player: String, saves: String) throws -> TerminalTests.Session {
        let session = TerminalTests.Session()
        try session.tmux(["new-session", "-d", "-s", "game", "-x", "100", "-y", "40",
                          "\(CLIRunner.binary) --player '\(player)' --saves \(saves)"])
        return session
    }

    static func savesWithZoe() throws -> String {
        let saves = CLIRunner.temporaryFolder()
        let first = try CLIRunner.run(["--player", "Zoë Müller", "--saves", saves], input: "wear radio\n")
        #expect(first.status == 0, "\(first.errors)")
        return saves
    }

    @Test(.enabled(if: TerminalTests.tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func yesGoesOnWithTheGameOfTheNameNearby() throws {
        let saves = try Self.savesWithZoe()
        let session = try Self.start(as: "Zoe Muller", saves: saves)
        defer { _ = try? session.tmux(["kill-server"]) }
        _ = try session.waitFor("the question") { $0.contains("Nobody called Zoe Muller has played here yet, but Zoë Müller has. Is that you? (y/n)") }
        try session.keys("yes thats me", "Enter")
        _ = try session.waitFor("Zoë's game offered") { $0.contains("Welcome back, ") }
        #expect(!FileManager.default.fileExists(atPath: saves + "/zoe-muller"), "no new player made")
    }

    @Test(.enabled(if: TerminalTests.tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func noStartsTheNewPlayer() throws {
        let saves = try Self.savesWithZoe()
        let session = try Self.start(as: "Zoe Muller", saves: saves)
        defer { _ = try? session.tmux(["kill-server"]) }
        _ = try session.waitFor("the question") { $0.contains("Is that you? (y/n)") }
        try session.keys("n", "Enter")
        let screen = try session.waitFor("a new game") { $0.contains("(Press Enter to begin.)") }
        #expect(!screen.contains("Welcome back"))
    }

    @Test(.enabled(if: TerminalTests.tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func theNameItselfAsksNothing() throws {
        let saves = try Self.savesWithZoe()
        let session = try Self.start(as: "zoë  müller", saves: saves)
        defer { _ = try? session.tmux(["kill-server"]) }
        let screen = try session.waitFor("Zoë's game offered") { $0.contains("Welcome back, ") }
        #expect(!screen.contains("Is that you?"))
    }
}

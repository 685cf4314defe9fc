import Foundation
import Testing

/// The terminal items of issue #11: `[more]` paging and `quit` confirmation at a keyboard only,
/// a Ctrl-C hint on an empty line, and no control bytes echoed in piped play.
@Suite(.serialized) struct KeyboardTests {
    @Test func pipedPlayEchoesNoControlBytes() throws {
        let result = try CLIRunner.run(["play", "Stories/examples/cloak.story"], input: "x clo\u{1B}[Dak\u{07}\ni\u{1B}\n")
        #expect(result.output.contains("> x cloak\n"))
        #expect(!result.output.contains("\u{1B}") && !result.output.contains("\u{07}"))
        #expect(result.output.contains("A handsome cloak"))
    }

    @Test func pipedPlayNeverPagesAndQuitsAtOnce() throws {
        let input = String(repeating: "look\n", count: 30) + "quit\n"
        let result = try CLIRunner.run(["play", "Stories/examples/cloak.story"], input: input)
        #expect(!result.output.contains("[more]"))
        #expect(!result.output.contains("Are you sure"))
        #expect(result.output.contains("Goodbye."))
    }

    @Test(.enabled(if: TerminalTests.tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func moreQuitAndCtrlCAtAKeyboard() throws {
        let session = TerminalTests.Session()
        try session.tmux(["new-session", "-d", "-s", "game", "-x", "80", "-y", "12",
                          "cd \(CLIRunner.root) && \(CLIRunner.binary) play Stories/examples/cloak.story --player Kim --saves \(CLIRunner.temporaryFolder())"])
        defer { _ = try? session.tmux(["kill-server"]) }
        _ = try session.waitFor("the introduction, paused") { $0.contains("(Press Enter to begin.)") }
        try session.keys("Enter")
        _ = try session.waitFor("the foyer") { $0.contains("Foyer of the Opera House") && TerminalTests.Session.lastLine($0) == ">" }

        try session.keys("C-c")
        _ = try session.waitFor("how to leave") { $0.contains("(To leave the game, type 'quit' or press Ctrl-D.)") }

        try session.keys("look. look. look", "Enter")
        _ = try session.waitFor("a reply taller than the screen paused") { TerminalTests.Session.lastLine($0) == "[more]" }
        for _ in 0..<5 where TerminalTests.Session.lastLine(try session.screen()) == "[more]" {
            try session.keys("Space")
            usleep(300_000)
        }
        _ = try session.waitFor("the rest of the reply") { TerminalTests.Session.lastLine($0) == ">" }

        try session.keys("quit", "Enter")
        _ = try session.waitFor("quit asks first") { $0.contains("Are you sure you want to stop playing? (y/n)") }
        try session.keys("n", "Enter")
        _ = try session.waitFor("the game goes on") { $0.contains("You carry on where you are.") }
    }
}

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
        try session.keys("maybe", "Enter")
        _ = try session.waitFor("neither yes nor no asks again") { $0.contains("Please answer yes or no.") }
        try session.keys("nope", "Enter")
        _ = try session.waitFor("the game goes on") { $0.contains("You carry on where you are.") }
        try session.keys("restart", "Enter")
        _ = try session.waitFor("restart asks first") { $0.contains("Start the story again from the beginning? (y/n)") }
        try session.keys("yep", "Enter")
        _ = try session.waitFor("'yep' is yes: the story starts again") { $0.contains("> yep") && $0.contains("(Press Enter to begin.)") }
    }

    /// `look` typed at "(Press Enter to begin.)": the opening scene just shown answers it, and the
    /// room is not shown a second time (the forty-first blind run saw it twice).
    @Test(.enabled(if: TerminalTests.tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func lookTypedAtTheFirstPauseShowsThePlaceOnce() throws {
        let session = TerminalTests.Session()
        try session.tmux(["new-session", "-d", "-s", "game", "-x", "100", "-y", "60",
                          "cd \(CLIRunner.root) && \(CLIRunner.binary) play --player Kim --saves \(CLIRunner.temporaryFolder())"])
        defer { _ = try? session.tmux(["kill-server"]) }
        let lastLine = TerminalTests.Session.lastLine
        _ = try session.waitFor("the introduction, paused") { lastLine($0).hasPrefix("(Press Enter to begin.)") }
        try session.keys("look", "Enter")
        let opened = try session.waitFor("the opening scene and the prompt") { $0.contains("Trebsen, on the Mulde") && lastLine($0) == ">" }
        #expect(opened.components(separatedBy: "Ways on:").count == 2, "the place shown once:\n\(opened)")
        try session.keys("x radio", "Enter")
        let next = try session.waitFor("the next command runs") { $0.contains("> x radio") && lastLine($0) == ">" }
        #expect(next.contains("backpack radio"))
    }

    /// The blind student's bug: `go home` typed while `help` was paused at `[more]` ran as
    /// `o home`. Typed-ahead keys are now the next command, whole, and the rest of the reply
    /// goes by without pausing; keys that type nothing still show the next page.
    @Test(.enabled(if: TerminalTests.tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func keysTypedAtMoreAreTheNextCommand() throws {
        let session = TerminalTests.Session()
        try session.tmux(["new-session", "-d", "-s", "game", "-x", "80", "-y", "10",
                          "cd \(CLIRunner.root) && \(CLIRunner.binary) play --player Kim --saves \(CLIRunner.temporaryFolder())"])
        defer { _ = try? session.tmux(["kill-server"]) }
        let lastLine = TerminalTests.Session.lastLine
        _ = try session.waitFor("the introduction paused at [more]") { lastLine($0) == "[more]" }
        try session.keys("inventory")
        _ = try session.waitFor("'inventory' typed at [more] kept at the pause") { lastLine($0) == "(Press Enter to begin.) inventory" }
        try session.keys("Enter")
        _ = try session.waitFor("the opening scene, paged") { $0.contains("Trebsen, on the Mulde") && lastLine($0) == "[more]" }
        try session.press("Space", whileLastLineIs: "[more]")
        let opened = try session.waitFor("'inventory' run as the first command") { $0.contains("> inventory") && lastLine($0) == ">" }
        #expect(!opened.contains("I beg your pardon"))

        // All at once, as a fast typist (or tmux) sends it.
        try session.keys("help. help", "Enter")
        _ = try session.waitFor("help paused") { lastLine($0) == "[more]" }
        try session.keys("go home", "Enter")
        let went = try session.waitFor("go home arrived whole") { $0.contains("You can't go that way from here.") && lastLine($0) == ">" }
        #expect(went.contains("> go home"))
        #expect(!went.contains("> o home") && !went.contains("There is no unknown word"))
        let scrollback = try session.screen()
        #expect(scrollback.components(separatedBy: "Type what you want to do").count == 3, "both helps shown")
        #expect(scrollback.components(separatedBy: "[more]").count == 1, "every [more] erased, none after the typed key")

        // One key at a time, a letter outside ASCII first.
        try session.keys("help", "Enter")
        _ = try session.waitFor("help paused again") { lastLine($0) == "[more]" }
        try session.keys("ü")
        _ = try session.waitFor("the rest shown and 'ü' begun") { lastLine($0) == "> ü" }
        try session.keys("ber", "Enter")
        _ = try session.waitFor("'über' arrived whole") { $0.contains("I don't know the word 'über'") && lastLine($0) == ">" }

        // Keys that type nothing show the next page and never end the game or leave bytes behind.
        for key in ["Space", "C-c", "C-d", "Down", "Escape"] {
            try session.keys("help", "Enter")
            _ = try session.waitFor("help paused before \(key)") { lastLine($0) == "[more]" }
            try session.press(key, whileLastLineIs: "[more]")
            let after = try session.waitFor("\(key) showed the rest") { lastLine($0) == ">" }
            #expect(!after.contains("Do you want to stop playing"), "\(key) at [more]")
        }
        try session.keys("i", "Enter")
        _ = try session.waitFor("the game goes on") { $0.contains("> i\n") && lastLine($0) == ">" }
    }
}

extension TerminalTests.Session {
    /// Presses a key, again while the screen's last line is still the given one (at most five times).
    func press(_ key: String, whileLastLineIs line: String) throws {
        for _ in 0..<5 {
            try keys(key)
            usleep(300_000)
            guard TerminalTests.Session.lastLine(try screen()) == line else { return }
        }
    }
}

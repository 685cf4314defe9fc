import Foundation
import Testing

/// Drives the real terminal path (readline) under tmux, as a person at a keyboard would.
@Suite(.serialized) struct TerminalTests {
    static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// One tmux server of our own, so tests never touch a user's sessions.
    struct Session {
        let socket = "elbe-test-" + UUID().uuidString.prefix(8)

        /// Runs tmux on our socket and returns what it printed. Uses `system` rather than
        /// Foundation's Process: the tmux server inherits the descriptors Process watches, so
        /// Process would wait for the server to exit.
        @discardableResult
        func tmux(_ arguments: [String]) throws -> String {
            let output = NSTemporaryDirectory() + "elbe-tmux-" + UUID().uuidString
            defer { try? FileManager.default.removeItem(atPath: output) }
            let quoted = (["-L", String(socket)] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            let status = system("\(TerminalTests.tmux ?? "tmux") \(quoted.joined(separator: " ")) </dev/null >\(output) 2>/dev/null")
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            return arguments.first == "capture-pane" ? text : "\(status)"
        }

        func screen() throws -> String { try tmux(["capture-pane", "-t", "game", "-p", "-S", "-300"]) }

        func keys(_ keys: String...) throws { try tmux(["send-keys", "-t", "game"] + keys) }

        /// Waits until the screen satisfies the condition (at most 10 seconds).
        func waitFor(_ description: String, _ condition: (String) -> Bool) throws -> String {
            for _ in 0..<200 {
                let text = try screen()
                if condition(text) { return text }
                usleep(50_000)
            }
            let last = try screen()
            Issue.record("timed out waiting for \(description); the screen shows:\n\(last)")
            return last
        }

        /// The last line of the screen that is not blank.
        static func lastLine(_ screen: String) -> String {
            screen.split(separator: "\n").last.map(String.init) ?? ""
        }
    }

    @Test(.enabled(if: tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func completionHistoryInterruptAndQuit() throws {
        let session = Session()
        let saves = CLIRunner.temporaryFolder()
        try session.tmux(["new-session", "-d", "-s", "game", "-x", "100", "-y", "60",
                          "\(CLIRunner.binary) --player Tess --saves \(saves)"])
        defer { _ = try? session.tmux(["kill-server"]) }
        _ = try session.waitFor("the introduction, paused") { $0.contains("(Press Enter to begin.)") }
        try session.keys("Enter")
        _ = try session.waitFor("the first scene") { $0.contains("Trebsen, on the Mulde") && Session.lastLine($0) == ">" }

        try session.keys("wea", "Tab")
        _ = try session.waitFor("'wea' completed to 'wear'") { Session.lastLine($0) == "> wear" }
        try session.keys("rad", "Tab")
        _ = try session.waitFor("'rad' completed to 'radio'") { Session.lastLine($0) == "> wear radio" }
        try session.keys("Enter")
        _ = try session.waitFor("the radio worn") { $0.contains("You put on the field radio.") }

        try session.keys("Up")
        _ = try session.waitFor("the previous command recalled") { Session.lastLine($0) == "> wear radio" }

        try session.keys("C-c")
        _ = try session.waitFor("the line cleared by Ctrl-C") { Session.lastLine($0) == ">" }
        try session.keys("look", "Enter")
        _ = try session.waitFor("the game still running after Ctrl-C") { $0.contains("> look") && Session.lastLine($0) == ">" }

        try session.keys("C-d")
        _ = try session.waitFor("Ctrl-D asks to quit") { $0.contains("Do you want to stop playing? (y/n)") }
        // `n` says the game goes on (the seventy-first blind player saw nothing), as after `quit`.
        try session.keys("n", "Enter")
        _ = try session.waitFor("'n' carries on") { $0.contains("You carry on where you are.") && Session.lastLine($0) == ">" }
        try session.keys("C-d")
        _ = try session.waitFor("Ctrl-D asks again") { $0.components(separatedBy: "Do you want to stop playing? (y/n)").count == 3 }
        try session.keys("y", "Enter")
        for _ in 0..<100 where (try? session.tmux(["has-session", "-t", "game"])) == "0" { usleep(50_000) }
        let autosave = saves + "/tess/elbe/autosave.save"
        #expect(FileManager.default.fileExists(atPath: autosave), "quitting saved the game")
        let history = (try? String(contentsOfFile: saves + "/tess/elbe/history", encoding: .utf8)) ?? ""
        #expect(history.contains("wear radio"), "the history is kept for the next session")
    }

    @Test(.enabled(if: tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func aKilledGameLeavesTheTerminalAsItFoundIt() throws {
        let session = Session()
        let saves = CLIRunner.temporaryFolder()
        let state = saves + "/stty.txt", pid = saves + "/pid.txt"
        // The shell records the game's process id, and the terminal's settings after the game ends.
        try session.tmux(["new-session", "-d", "-s", "game", "-x", "100", "-y", "30",
                          "sh -c 'echo $$ > \(pid); exec \(CLIRunner.binary) --player Kim --saves \(saves)' ; stty -a > \(state); sleep 5"])
        defer { _ = try? session.tmux(["kill-server"]) }
        _ = try session.waitFor("the introduction, paused") { $0.contains("(Press Enter to begin.)") }
        try session.keys("Enter")
        _ = try session.waitFor("the prompt") { Session.lastLine($0) == ">" }
        let process = try #require(Int32((try String(contentsOfFile: pid, encoding: .utf8)).trimmingCharacters(in: .whitespacesAndNewlines)))
        kill(process, SIGTERM)
        _ = try session.waitFor("the goodbye") { $0.contains("Your game is saved") }
        // The shell creates the file before `stty` has written it (on a loaded machine the test
        // once read it empty): wait until the settings are all there ("icanon" or "-icanon").
        var settings = ""
        for _ in 0..<200 {
            settings = (try? String(contentsOfFile: state, encoding: .utf8)) ?? ""
            if settings.contains("icanon"), settings.contains("echo") { break }
            usleep(50_000)
        }
        let flags = settings.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" })
        #expect(flags.contains("echo") && flags.contains("icanon"), "echo and line editing are back on: \(settings)")
    }

    /// A window made narrower and shorter in the middle of a game: the next reply is wrapped at
    /// the new width and paged by the new height, and none of it is lost.
    @Test(.enabled(if: tmux != nil || ProcessInfo.processInfo.environment["CI"] != nil))
    func aResizedTerminalGetsTheNewWidthAndHeight() throws {
        let session = Session()
        let saves = CLIRunner.temporaryFolder()
        try session.tmux(["new-session", "-d", "-s", "game", "-x", "100", "-y", "60",
                          "\(CLIRunner.binary) --player Rosa --saves \(saves)"])
        defer { _ = try? session.tmux(["kill-server"]) }
        // Wrapped lines joined (-J), so a line the game wrote wider than the window shows as one.
        func joined() throws -> [String] {
            try session.tmux(["capture-pane", "-t", "game", "-p", "-J", "-S", "-300"]).split(separator: "\n")
                .map { String($0.reversed().drop(while: { $0 == " " }).reversed()) }
        }
        func waitForPrompt(_ description: String) throws {
            _ = try session.waitFor(description) { Session.lastLine($0) == ">" }
        }
        /// The lines of the reply to the last `look`.
        func lastReply() throws -> [String] {
            let lines = try joined()
            guard let start = lines.lastIndex(of: "> look") else { return [] }
            return Array(lines[(start + 1)...].prefix { $0 != ">" })
        }
        func words(_ lines: [String]) -> [Substring] { lines.joined(separator: " ").split(separator: " ") }

        _ = try session.waitFor("the introduction, paused") { $0.contains("(Press Enter to begin.)") }
        try session.keys("Enter")
        try waitForPrompt("the first scene")
        try session.keys("look", "Enter")
        _ = try session.waitFor("the reply at 100 columns") { $0.contains("> look") && Session.lastLine($0) == ">" }
        let wide = try lastReply()
        #expect(wide.contains { $0.count > 60 }, "at 100 columns lines are longer than 60: \(wide)")

        try session.tmux(["resize-window", "-t", "game", "-x", "50", "-y", "14"])
        usleep(200_000)
        try session.keys("look", "Enter")
        // The second `> look` on the screen: the game has the command (on a loaded machine the
        // old prompt may still be the last line for a moment).
        _ = try session.waitFor("the second look echoed") { screen in
            screen.components(separatedBy: "\n").filter { $0.hasPrefix("> look") }.count >= 2
        }
        var pauses = 0
        for _ in 0..<10 {
            let screen = try session.waitFor("a [more] or the prompt") { ["[more]", ">"].contains(Session.lastLine($0)) }
            guard Session.lastLine(screen) == "[more]" else { break }
            pauses += 1
            try session.keys("Space")
            usleep(100_000)
        }
        let narrow = try lastReply()
        #expect(pauses >= 1, "a reply taller than the 14-line window pauses with [more]")
        #expect(!narrow.isEmpty && narrow.allSatisfy { $0.count <= 50 }, "every line fits the 50 columns: \(narrow)")
        #expect(narrow.contains { $0.count > 40 }, "and uses them")
        #expect(words(narrow) == words(wide), "nothing of the reply is lost or repeated")

        try session.keys("wear radio", "Enter")
        _ = try session.waitFor("the game going on in the small window") { $0.contains("You put on the field radio.") }
        #expect(FileManager.default.fileExists(atPath: saves + "/rosa/elbe/autosave.save"), "the game is saved")
    }
}

import ClassroomServer
import Foundation
import GameSession
import OutputRendering
import SaveGames
import Testing
import TerminalFrontEnd
import TestSupport

/// Students playing through the server on loopback: the game, saves, and the terminal's saves.
@Suite struct StudentTests {
    @Test func aStudentJoinsPlaysAndSeesAFactUnlockAndTheJournal() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        let page = try await anna.get("/")
        #expect(page.status == 200)
        #expect(page.body.contains("<title>Patrol to the Elbe</title>"))
        #expect(page.headers["content-security-policy"]?.contains("script-src 'self'") == true)
        let joined = try await anna.join("Anna")
        #expect(joined.status == 200)
        #expect(joined.headers["set-cookie"]?.contains("HttpOnly") == true)
        #expect(joined.html.contains("<h2 class=\"title\">Patrol to the Elbe</h2>"))
        let briefing = try await anna.play("in")
        #expect(briefing.html.contains("class=\"fact\""), "the briefing unlocks the first fact")
        #expect(briefing.journal.contains("1 of 42 facts"))
        let looked = try await anna.play("look")
        #expect(looked.status == 200)
        #expect(looked.html.contains("<h3 class=\"scene\">"))
        #expect(looked.html.contains("&gt; look"), "the command is echoed in the scrollback")
        let off = try await anna.play("transcript off")
        #expect(off.html.contains("your teacher keeps a transcript"), "a student cannot switch the teacher's transcript off")
        let words = try await anna.post("/api/complete", json: ["line": "exa", "tab": anna.tab])
        #expect(words.json["words"] as? [String] == ["examine"], "Tab completion comes from the engine's Completer")
        await server.stop()
    }

    /// A blind teacher's rehearsal: every noun came with a made-up plural (`radio`, `radios`),
    /// so Tab never completed a noun.
    @Test func tabCompletesANounToTheStorysOwnWord() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        let radio = try await anna.post("/api/complete", json: ["line": "take rad", "tab": anna.tab])
        #expect(radio.json["words"] as? [String] == ["radio"], "only the story's word: \(radio.body)")
        // After `wear` only what can be worn, after `talk to` only people (not the river, the
        // road and the bridge: the second teacher's rehearsal).
        let wear = try await anna.post("/api/complete", json: ["line": "wear r", "tab": anna.tab])
        #expect(wear.json["words"] as? [String] == ["radio"], "only what can be worn: \(wear.body)")
        let talk = try await anna.post("/api/complete", json: ["line": "talk to b", "tab": anna.tab])
        #expect(talk.json["words"] as? [String] == ["brennan"], "only people: \(talk.body)")
        await server.stop()
    }

    /// The answers are JSON written by hand: any command a student types comes back intact.
    @Test func anyCommandTextComesBackInValidJSON() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        let typed = "say \"hi\" \\ there\u{01}\t\u{1F}é 😀 </script>"
        let reply = try await anna.play(typed)
        #expect(reply.status == 200)
        #expect(reply.html.contains("&gt; say &quot;hi&quot; \\ there"), "the echo came back: \(reply.body.prefix(300))")
        #expect(reply.html.contains("é 😀 &lt;/script&gt;"))
        #expect(reply.journal.contains("Your journal is empty"))
        #expect(reply.json["ended"] as? Bool == false)
        #expect(reply.json["player"] as? String == "Anna")
        await server.stop()
    }

    @Test func theJournalPanelFollowsTheGameThroughUndoAndRestore() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("save before the briefing")
        let briefing = try await anna.play("in")
        #expect(briefing.journal.contains("1 of 42 facts"))
        let looked = try await anna.play("look")
        #expect(looked.journal == briefing.journal, "a move that finds nothing leaves the panel as it was")
        let undone = try await anna.play("undo")
        #expect(undone.html.contains("Taken back: in"), "'look' changed nothing, so undo takes back the briefing")
        #expect(undone.journal.contains("Your journal is empty"), "taking back the briefing takes its fact out of the panel")
        _ = try await anna.play("in")
        let restored = try await anna.play("restore before the briefing")
        #expect(restored.html.contains("Restored"))
        #expect(restored.journal.contains("Your journal is empty"), "a restored game shows its own journal")
        let reloaded = try await anna.post("/api/resume", json: ["tab": anna.tab])
        #expect(reloaded.json["journal"] as? String == restored.journal, "a reload shows the same panel")
        await server.stop()
    }

    /// A page that says which journal panel it shows is sent the panel only when it changed:
    /// most commands unlock nothing, and the panel grows to about 40 KB by the end of the story.
    @Test func theJournalPanelIsSentOnlyWhenThePageDoesNotHaveIt() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        let joined = try await anna.join("Anna")
        var version = try #require(joined.json["journalVersion"] as? String)
        #expect(joined.journal.contains("Your journal is empty"), "joining always sends the panel")
        func play(_ line: String) async throws -> Browser.Reply {
            let reply = try await anna.post("/api/command", json: ["line": line, "tab": anna.tab, "journal": version])
            version = reply.json["journalVersion"] as? String ?? ""
            return reply
        }
        let looked = try await play("look")
        #expect(looked.status == 200 && looked.html.contains("&gt; look"))
        #expect(looked.json["journal"] == nil, "nothing was found, and the page has the panel")
        let briefing = try await play("in")
        #expect(briefing.journal.contains("1 of 42 facts"), "a fact found: the new panel is sent")
        let again = try await play("look")
        #expect(again.json["journal"] == nil)
        let undone = try await play("undo")
        #expect(undone.journal.contains("Your journal is empty"), "undo took the fact back: the panel is sent")
        let stale = try await anna.post("/api/command", json: ["line": "look", "tab": anna.tab, "journal": "an old page"])
        #expect(stale.journal.contains("Your journal is empty"), "a page showing another version gets the panel")
        let unsaid = try await anna.play("look")
        #expect(unsaid.journal.contains("Your journal is empty"), "a page that does not say gets the panel, as before")
        await server.stop()
    }

    @Test func saveRestoreAndAReloadFindTheGameWhereItWas() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        let saved = try await anna.play("save lesson one")
        #expect(saved.html.contains("Saved as &#39;lesson one&#39;"))
        _ = try await anna.play("take off radio")
        let restored = try await anna.play("restore lesson one")
        #expect(restored.html.contains("Restored &#39;lesson one&#39;."))
        let inventory = try await anna.play("inventory")
        #expect(inventory.html.contains("field radio (worn)"))
        let reloaded = try await anna.post("/api/resume", json: ["tab": anna.tab])
        #expect(reloaded.status == 200)
        #expect(reloaded.html.contains("field radio (worn)"), "a reload shows the scrollback")
        await server.stop()
    }

    @Test func aGameBegunInTheBrowserContinuesInTheTerminalAndBack() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        let quit = try await anna.play("quit")
        #expect(quit.json["ended"] as? Bool == true)
        await server.stop()

        let text = try Self.playInTheTerminal(saves: server.saves, player: "anna", lines: ["y", "inventory", "take off radio", "drop radio"])
        #expect(text.contains("Welcome back, anna. Continue where you left off"))
        #expect(text.contains("field radio (worn)"), "the terminal continues the browser's game")

        let again = try await TestServer(saves: server.saves)
        let back = Browser(server: again)
        let joined = try await back.join("ANNA")
        #expect(joined.status == 200)
        let inventory = try await back.play("inventory")
        #expect(!inventory.html.contains("field radio"), "the browser continues the terminal's game: the radio was dropped")
        await again.stop()
    }

    /// Plays lines as the terminal game does, at a keyboard; the player's lock is released after.
    static func playInTheTerminal(saves: String, player: String, lines: [String]) throws -> String {
        let compiled = TestServer.compiled
        let story = try #require(compiled.story)
        let slots = try SaveSlots(saves: SavesFolder(path: saves), player: PlayerName(player), story: story, sourceTexts: compiled.sources.texts)
        var terminal = PlaySession(story: story, reader: PlainLineReader(lines: lines), sink: BufferedOutput(), renderer: TurnRenderer(width: 80))
        terminal.slots = slots
        terminal.isInteractive = true
        return terminal.run().text
    }

    @Test func aSecondTabOrBrowserGetsTheMessageOfASecondTerminal() async throws {
        // A closed tab's game is kept ten minutes here: on a loaded machine the steps below may
        // take longer than the ten seconds a real one is kept (ClosedTabTests has the ten seconds).
        var limits = Limits()
        limits.closedTabSeconds = 600
        let server = try await TestServer(limits: limits)
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        let expected = SaveError.alreadyPlaying("Anna").description

        let secondTab = Browser(server: server, tab: "secondtab1")
        secondTab.cookies = anna.cookies
        let resumed = try await secondTab.post("/api/resume", json: ["tab": secondTab.tab])
        #expect(resumed.status == 409)
        #expect(resumed.error == expected)
        let command = try await secondTab.play("look")
        #expect(command.status == 409)

        let otherBrowser = Browser(server: server)
        let joined = try await otherBrowser.join("anna")
        #expect(joined.status == 409)
        #expect(joined.error == SaveError.alreadyPlaying("anna").description)

        _ = try await anna.post("/api/leave", json: ["tab": anna.tab])
        let takenOver = try await secondTab.post("/api/resume", json: ["tab": secondTab.tab])
        #expect(takenOver.status == 200, "once the first tab is closed, another tab may continue")
        await server.stop()
    }

    @Test func aStudentPlayingInTheTerminalCannotBeJoinedFromTheBrowser() async throws {
        let server = try await TestServer()
        let compiled = TestServer.compiled
        let story = try #require(compiled.story)
        let slots = try SaveSlots(saves: SavesFolder(path: server.saves), player: PlayerName("Bea"), story: story,
                                  sourceTexts: compiled.sources.texts)
        let joined = try await Browser(server: server).join("Bea")
        #expect(joined.status == 409)
        #expect(joined.error.contains("already playing in another window"))
        _ = slots
        await server.stop()
    }

    @Test func aRestartedServerFindsEveryGameWhereItWas() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        await server.stop()
        let again = try await TestServer(saves: server.saves)
        let fresh = Browser(server: again, tab: anna.tab)
        fresh.cookies = anna.cookies
        let stale = try await fresh.play("inventory")
        #expect(stale.status == 401, "the old cookie means nothing to the new server; the page then joins again")
        let rejoined = try await fresh.join("Anna")
        #expect(rejoined.html.contains("Your game goes on where you left it."))
        let inventory = try await fresh.play("inventory")
        #expect(inventory.html.contains("field radio (worn)"))
        await again.stop()
    }

    /// After a server restart the class joins again at once: a student's next move is a line
    /// appended to their save, not the whole game written again; the ending's whole save is
    /// written just after its answer.
    @Test func aRejoinedGameIsAppendedToAndItsEndingSavedWhole() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        await server.stop()
        let autosave = server.saves + "/anna/elbe/autosave.save"
        func inode() throws -> UInt64 { try #require((try FileManager.default.attributesOfItem(atPath: autosave)[.systemFileNumber] as? NSNumber)?.uint64Value) }
        let written = try inode()

        let again = try await TestServer(saves: server.saves)
        let back = Browser(server: again, tab: anna.tab)
        #expect(try await back.join("Anna").html.contains("Your game goes on where you left it."))
        for command in ["in", "talk to ferris", "read card", "out", "east", "push cart", "east", "use radio", "use radio"] {
            _ = try await back.play(command)
            if command == "in" { #expect(try inode() == written, "the first move after the rejoin was appended") }
        }
        let store = SaveStore(saves: SavesFolder(path: again.saves), player: try PlayerName("Anna"), storyID: "elbe")
        var ending: String?
        for _ in 0..<100 where ending == nil {
            ending = try store.read(.autosave, storyID: "elbe").summary.ending
            if ending == nil { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(ending != nil, "the ending's snapshot followed the answer")
        #expect(try store.read(.autosave, storyID: "elbe").allCommands.map(\.input).suffix(2) == ["use radio", "use radio"])
        await again.stop()
    }

    /// A blind teacher's rehearsal: a student who reached an ending and joined again next lesson
    /// found an empty journal and a new game. They come back to the ending, journal and all, and
    /// `restart` says where that game is kept.
    @Test func aFinishedGameIsThereWithItsJournalNextLesson() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        for command in ["wear radio", "in", "talk to ferris", "read card", "out", "east", "push cart", "east", "use radio", "use radio"] {
            _ = try await anna.play(command)
        }
        let finishedJournal = try await anna.play("journal").html
        await server.stop()

        let again = try await TestServer(saves: server.saves)
        let back = Browser(server: again)
        let joined = try await back.join("Anna")
        #expect(joined.html.contains("Your story has ended"), "\(joined.html)")
        #expect(!joined.html.contains("A new game begins"))
        #expect(joined.journal.contains("5 of 42 facts"), "the journal panel holds the facts found")
        #expect(try await back.play("journal").html == finishedJournal, "the journal as it was at the ending")
        let restarted = try await back.play("restart")
        #expect(restarted.html.contains("Your game so far, with its 5 facts, is kept as &#39;finished game "), "\(restarted.html)")
        #expect(restarted.html.contains("type &#39;restore finished game "))
        await again.stop()
    }

    /// A teacher saw every student "last played" at the moment the server was restarted: stopping
    /// rewrote each open game although every move was already saved.
    @Test func aRestartLeavesEveryStudentsLastPlayedAlone() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        _ = try await anna.play("xyzzy")
        let autosave = server.saves + "/anna/elbe/autosave.save"
        func inode() throws -> UInt64 { try #require((try FileManager.default.attributesOfItem(atPath: autosave)[.systemFileNumber] as? NSNumber)?.uint64Value) }
        let written = try inode()
        let before = try Data(contentsOf: URL(fileURLWithPath: autosave))
        await server.stop()
        #expect(try Data(contentsOf: URL(fileURLWithPath: autosave)) == before, "stopping wrote nothing: the moves were saved")

        let again = try await TestServer(saves: server.saves)
        let back = Browser(server: again, tab: anna.tab)
        #expect(try await back.join("Anna").html.contains("Your game goes on where you left it."))
        await again.stop()
        #expect(try inode() == written, "neither the restart nor the rejoin rewrote the save")
        #expect(try Data(contentsOf: URL(fileURLWithPath: autosave)) == before)

        // The report's "Last played" is when the last move was written, not the snapshot's time.
        let moved = try #require(ISO8601DateFormatter().date(from: "2031-05-04T10:20:30Z"))
        try FileManager.default.setAttributes([.modificationDate: moved], ofItemAtPath: autosave)
        let report = ClassReport(saves: SavesFolder(path: server.saves), story: server.story)
        #expect(report.rows.map(\.lastPlayed) == ["2031-05-04T10:20:30Z"])
    }

    /// A blind teacher's rehearsal: "Last played" became the time the server stopped (or a closed
    /// tab expired) for a student who had found facts out of the story's order, though every
    /// move was saved, and for one who came back and only looked (`look`, `journal`, `score`,
    /// which take no turn) or typed a word the game does not know (docs/teachers.md: "Last
    /// played" is the student's last move).
    @Test func lastPlayedStaysTheLastMoveForFactsFoundOutOfTheStorysOrder() async throws {
        let server = try await TestServer()
        let rita = Browser(server: server)
        _ = try await rita.join("Rita")
        for command in try Self.walkthrough().prefix(14) { _ = try await rita.play(command) }
        let autosave = server.saves + "/rita/elbe/autosave.save"
        let file = try SaveStore(saves: SavesFolder(path: server.saves), player: try PlayerName("Rita"), storyID: "elbe").read(.autosave, storyID: "elbe")
        let storyOrder = server.story.facts.map(\.id).filter(file.summary.factsUnlocked.contains)
        try #require(file.summary.factsUnlocked != storyOrder, "the walkthrough finds facts out of the story's order")
        func inode() throws -> UInt64 { try #require((try FileManager.default.attributesOfItem(atPath: autosave)[.systemFileNumber] as? NSNumber)?.uint64Value) }
        let written = try inode()
        let before = try Data(contentsOf: URL(fileURLWithPath: autosave))
        await server.stop()
        #expect(try Data(contentsOf: URL(fileURLWithPath: autosave)) == before, "stopping wrote nothing")

        let again = try await TestServer(saves: server.saves)
        let back = Browser(server: again, tab: rita.tab)
        _ = try await back.join("Rita")
        for command in ["look", "journal", "score", "xyzzy"] { _ = try await back.play(command) }
        await again.stop()
        #expect(try inode() == written, "neither the rejoin, `look`, `journal`, `score`, an unknown word nor the stop rewrote the save")
        #expect(try Data(contentsOf: URL(fileURLWithPath: autosave)) == before)
    }

    /// `journal 2` began "1 of 42 facts", which read as if the student had found one fact.
    @Test func journalWithANumberNamesTheOneFactShown() async throws {
        let server = try await TestServer()
        let jurgen = Browser(server: server)
        _ = try await jurgen.join("Jürgen")
        for command in try Self.walkthrough().prefix(14) { _ = try await jurgen.play(command) }
        let found = try SaveStore(saves: SavesFolder(path: server.saves), player: try PlayerName("Jürgen"), storyID: "elbe")
            .read(.autosave, storyID: "elbe").summary.factsUnlocked.count
        try #require(found > 2)
        let one = try await jurgen.play("journal 2").html
        #expect(one.contains("Fact 2 of the \(found) you have found (42 in the story)"), "\(one.prefix(300))")
        #expect(!one.contains("1 of 42 facts"))
        #expect(try await jurgen.play("journal all").html.contains("\(found) of 42 facts found"))
        await server.stop()
    }

    /// A blind teacher's rehearsal: after a tab was closed, the name stayed taken for 11–15 s, so
    /// a student who closed the game and opened it again at once (another browser, or the whole
    /// window closed) was refused.
    @Test func aNameIsFreeAtOnceForAStudentWhoClosedTheTab() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        _ = try await anna.post("/api/leave", json: ["tab": anna.tab])
        let again = Browser(server: server)
        // Typed another way, the same player (the third blind teacher waited 12 s for "anna ").
        let joined = try await again.join("anna ")
        #expect(joined.status == 200, "\(joined.error)")
        #expect(joined.html.contains("field radio") || joined.html.contains("goes on where you left it"), "the game goes on where it was")
        let stillPlaying = Browser(server: server)
        #expect(try await stillPlaying.join("Anna").status == 409, "a tab playing still keeps its name")
        await server.stop()
    }

    /// The commands of the Elbe story's best walkthrough.
    static func walkthrough() throws -> [String] {
        let text = try String(contentsOfFile: Fixtures.repositoryRoot() + "/Tests/TranscriptTests/Walkthroughs/elbe-best.transcript", encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
    }
}

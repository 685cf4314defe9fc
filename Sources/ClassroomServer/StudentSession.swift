import AdventureEngine
import Foundation
import GameSession
import SaveGames
import StoryModel

/// One student's game in the browser: the `GameSession` (holding the player's lock, as a terminal
/// game does), what the page has shown, and which tab is playing it.
///
/// It runs on a thread of its own (`DedicatedThread`), not on Swift's concurrency pool: a move
/// blocks on its autosave, and one student's slow step must not hold up the others. The slow
/// parts that need not come before an answer run on the classroom's `background` thread, at a
/// lower priority: opening the game (reading and replaying the save), and the whole snapshot a
/// move is now and then due (its line is in the save before the answer; see
/// `AutosaveWriter.defersSnapshots`), so a move waits for neither, only for the cores.
actor StudentSession {
    let player: PlayerName
    private let session: GameSession
    private let thread: DedicatedThread
    private let background: DedicatedThread
    private var journal: JournalPanel
    /// The snapshot being written on `background` after the last move's answer; the session is
    /// not touched until it is done.
    private var owed: Task<Void, Never>?

    nonisolated var unownedExecutor: UnownedSerialExecutor { thread.asUnownedSerialExecutor() }
    /// The HTML blocks shown so far, so a reloaded page finds the game where it was.
    private var scrollback: [String] = []
    /// The tab playing: a second tab gets the message a second terminal gets.
    private var tab: String
    private var lastSeen: Date
    private var tabLeft = false
    private(set) var isClosed = false

    /// The most blocks kept for a reload.
    static let scrollbackLimit = 400

    /// Opens the player's saves (taking the lock) and starts or continues their game, on a new
    /// thread of the student's own.
    /// - Throws: `SaveError.alreadyPlaying` when the player is playing in a terminal or another
    ///   browser, or a saves-folder problem.
    static func open(player: PlayerName, story: Story, sourceTexts: [String], saves: SavesFolder, tab: String, now: Date,
                     background: DedicatedThread) async throws -> StudentSession {
        let thread = DedicatedThread(name: "student")
        return try await background.run {
            try StudentSession(player: player, story: story, sourceTexts: sourceTexts, saves: saves, tab: tab, now: now, thread: thread,
                               background: background)
        }
    }

    private init(player: PlayerName, story: Story, sourceTexts: [String], saves: SavesFolder, tab: String, now: Date, thread: DedicatedThread,
                 background: DedicatedThread) throws {
        let slots = try SaveSlots(saves: saves, player: player, story: story, sourceTexts: sourceTexts)
        slots.defersSnapshots = true
        let session = GameSession(story: story)
        session.slots = slots
        session.isInteractive = true
        session.transcriptPath = slots.store.folder + "/transcript.txt"
        session.startTranscript()
        var host = BrowserHost()
        session.begin(&host)
        self.player = player
        self.session = session
        self.thread = thread
        self.background = background
        // Versions unlike those of any session before (a restarted server counts from 1 again).
        journal = JournalPanel(story: story, prefix: String(Secrets.token().prefix(8)) + "-")
        self.tab = tab
        lastSeen = now
        scrollback = host.blocks
    }

    /// What a page shows when it opens: everything so far, and the journal.
    struct View: Sendable {
        var html: String
        var ended: Bool
        /// The journal panel as a JSON string (kept from one answer to the next while it is the
        /// same); nil when the page said it holds this version already.
        var journalJSON: String?
        /// Names the journal panel: the page sends it back with its next command.
        var journalVersion: String
        /// Where the time went (commands only).
        var timing = RequestTiming()
    }

    /// Lets a tab play: the one already playing, or a new one when the last tab was closed or has
    /// not been heard from for `grace` seconds.
    func claim(tab: String, now: Date, grace: TimeInterval) -> Bool {
        guard !isClosed else { return false }
        if tab != self.tab {
            guard tabLeft || now.timeIntervalSince(lastSeen) > grace else { return false }
            self.tab = tab
        }
        tabLeft = false
        lastSeen = now
        return true
    }

    /// The whole page as it was.
    func view() async -> View {
        await settle()
        return View(html: scrollback.joined(separator: "\n"), ended: isClosed, journalJSON: journalJSON(), journalVersion: journal.version)
    }

    /// Plays a line from a tab; nil when that tab is not the one playing.
    /// - Parameters:
    ///   - asked: when the request asked the game, for the time it waited.
    ///   - pageJournal: the version of the journal panel the page shows (nil: none, or an older
    ///     page that does not say): the panel is sent only when it differs.
    func play(_ line: String, tab: String, now: Date, asked: ContinuousClock.Instant = .now, pageJournal: String? = nil) async -> View? {
        await settle()
        let started = ContinuousClock.now
        guard tab == self.tab, !isClosed else { return nil }
        lastSeen = now
        var host = BrowserHost()
        session.record("> " + line + "\n")
        let echo = "<p class=\"command\" aria-hidden=\"true\">&gt; \(HTMLText.escape(line))</p>"
        let flow: GameSession.Flow
        if line.lowercased().split(separator: " ").first == "transcript" {
            // In class the transcript is the teacher's: always kept, never switched off by a student.
            host.show(Turn(outputs: [.paragraph("In the classroom game your teacher keeps a transcript of your game.")]))
            flow = .go
        } else {
            flow = session.perform(line, &host)
        }
        if flow == .stop { await close() }
        let moved = ContinuousClock.now
        let blocks = [echo] + host.blocks
        scrollback += blocks
        if scrollback.count > Self.scrollbackLimit { scrollback.removeFirst(scrollback.count - Self.scrollbackLimit) }
        let json = journalJSON()
        var view = View(html: blocks.joined(separator: "\n"), ended: flow == .stop,
                        journalJSON: pageJournal == journal.version ? nil : json, journalVersion: journal.version)
        let done = ContinuousClock.now
        view.timing = RequestTiming(queue: started - asked, move: moved - started, page: done - moved)
        // Last: from here on the session is the background thread's until `settle`.
        if session.owesSnapshot { writeOwedSnapshotAfterTheAnswer() }
        return view
    }

    /// Starts the snapshot the move was due on `background`, while the answer goes out: at its
    /// lower priority it takes the cores only when no move wants them.
    private func writeOwedSnapshotAfterTheAnswer() {
        let session = UncheckedSession(session: session)
        let background = background
        owed = Task.detached {
            _ = try? await background.run { session.session.writeOwedSnapshot() }
        }
    }

    /// Waits for a snapshot under way on `background`: until it is done, the session is its.
    private func settle() async {
        while let task = owed {
            await task.value
            if owed == task { owed = nil }
        }
    }

    /// Completion words for a partly typed line, from the engine's `Completer` (as readline's).
    func completions(for line: String) async -> [String] {
        await settle()
        let words = line.lowercased().split(omittingEmptySubsequences: false, whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "'") })
        let prefix = words.last.map(String.init) ?? ""
        let before = words.dropLast().filter { !$0.isEmpty }.map(String.init)
        return session.completions(before: before, prefix: prefix)
    }

    /// Marks the tab as closed, so another tab (or the terminal, once the session is closed) may
    /// take over at once. The game stays open `closedTabSeconds` from now (a reload comes back in
    /// that time), however long the tab had been quiet before it said so.
    func leave(tab: String, now: Date) {
        guard tab == self.tab else { return }
        tabLeft = true
        lastSeen = now
    }

    /// True when the tab playing said it was closing (and no tab has claimed the game since).
    var hasBeenLeft: Bool { tabLeft }

    /// True when no tab has been heard from for `limit` seconds (or `closedLimit` after the tab
    /// said it was closing).
    func isIdle(now: Date, limit: TimeInterval, closedLimit: TimeInterval) -> Bool {
        isClosed || now.timeIntervalSince(lastSeen) > (tabLeft ? closedLimit : limit)
    }

    /// Ends the game here: a last autosave, the transcript closed, the lock released so the
    /// student can continue in a terminal or another browser.
    func close() async {
        await settle()
        guard !isClosed else { return }
        session.writeOwedSnapshot()
        var host = BrowserHost()
        if autosaveHoldsTheGame {
            // Every move is already saved: a last write would only change the save's time, and
            // a server restart would then make every student's "Last played" the time of the restart.
            session.slots = nil
        }
        session.end(&host)
        session.slots = nil
        isClosed = true
    }

    /// True when the autosave on disk holds every command of the game in play (each move that
    /// changes the game is autosaved as it is played).
    private var autosaveHoldsTheGame: Bool {
        guard let slots = session.slots, let file = try? slots.store.read(.autosave, storyID: slots.stamp.id) else { return false }
        let game = session.game
        // Commands that change nothing (an unknown word) are not autosaved; they need no last write either.
        return file.allCommands == game.log || (game.log.starts(with: file.allCommands) && Self.sameProgress(file.summary, SaveSummary(game: game)))
    }

    /// True when two summaries show the same progress. The facts and scenes of moves appended
    /// to an autosave are listed in the order they were found, a game's in the story's order:
    /// compared as lists, a student who had found facts out of the story's order had their
    /// autosave written again when the server stopped or their closed tab expired, and "Last
    /// played" became that time.
    static func sameProgress(_ a: SaveSummary, _ b: SaveSummary) -> Bool {
        var a = a, b = b
        a.factsUnlocked.sort()
        b.factsUnlocked.sort()
        a.visitedScenes.sort()
        b.visitedScenes.sort()
        return a == b
    }

    /// The journal panel last quoted for JSON, by its version.
    private var journalQuoted: (version: String, json: String)?

    /// The journal panel for the game now, as a JSON string; quoted again only when it changed.
    private func journalJSON() -> String {
        let html = journal.html(for: session.game)
        if let journalQuoted, journalQuoted.version == journal.version { return journalQuoted.json }
        let json = JSONText.quoted(html)
        journalQuoted = (journal.version, json)
        return json
    }
}

/// The session handed to `background` for an owed snapshot while the actor waits for it
/// (`settle`), so only one thread touches it at a time.
private struct UncheckedSession: @unchecked Sendable {
    let session: GameSession
}

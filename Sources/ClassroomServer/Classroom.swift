import Foundation
import SaveGames
import StoryModel

/// The class in play: each browser's session by its cookie, and a change counter the teacher's
/// live view follows.
actor Classroom {
    let story: Story
    let sourceTexts: [String]
    let saves: SavesFolder
    let limits: Limits
    /// Where students' games are opened and their owed snapshots written: one thread at a lower
    /// priority, so this work takes the cores only when no move is waiting for them.
    nonisolated let background = DedicatedThread(name: "saves", niceness: 10)
    private var sessions: [String: StudentSession] = [:]
    /// Bumped whenever a student joins, plays or leaves; outside the actor, so a command's
    /// handler bumps it without waiting its turn on the actor.
    private nonisolated let changes = ChangeCounter()
    nonisolated var version: Int { changes.value }
    /// True once the server has begun to stop: live streams end, so the stop does not wait on them.
    private(set) var isStopping = false

    func beginStopping() {
        isStopping = true
    }

    /// The new names close to a student's that a tab was told about ("Nobody called Zoe Muller
    /// has played here yet, but Zoë Müller has"): typed again in that tab, they are a new player.
    private var warnedNames: [String: String] = [:]

    /// True the first time a tab types a new name close to others'; false when it types it again.
    func warnsAboutNearName(_ name: PlayerName, tab: String) -> Bool {
        if warnedNames[tab] == name.folderName { return false }
        // Bounded: a warning waits only for the next join of that tab.
        if warnedNames.count >= 1_000 { warnedNames.removeAll() }
        warnedNames[tab] = name.folderName
        return true
    }

    init(story: Story, sourceTexts: [String], saves: SavesFolder, limits: Limits) {
        self.story = story
        self.sourceTexts = sourceTexts
        self.saves = saves
        self.limits = limits
    }

    func session(_ token: String?) -> StudentSession? {
        token.flatMap { sessions[$0] }
    }

    /// Registers a new session under a new random token.
    func add(_ session: StudentSession) -> String {
        let token = Secrets.token()
        sessions[token] = session
        changes.bump()
        return token
    }

    nonisolated func changed() {
        changes.bump()
    }

    /// The names of the students playing now.
    func online() async -> [String] {
        var names: [String] = []
        for session in sessions.values {
            if await !session.isClosed { names.append(session.player.display) }
        }
        return names.sorted()
    }

    /// Closes sessions no tab has been heard from, releasing their locks.
    func closeIdle(now: Date) async {
        for (token, session) in sessions {
            guard await session.isIdle(now: now, limit: limits.idleSeconds, closedLimit: limits.closedTabSeconds) else { continue }
            await session.close()
            sessions[token] = nil
            changes.bump()
        }
    }

    /// Closes at once the games of `player` whose tab said it was closing, so that the name is
    /// free for the student who closed the tab and opened the game again (in another browser, or
    /// after closing the whole window); true when one was closed.
    func closeLeft(player: PlayerName) async -> Bool {
        var closed = false
        // The same player however the name was typed ("Anna", "anna ", the full-width "Ａnna").
        for (token, session) in sessions where session.player.folderName == player.folderName {
            guard await session.hasBeenLeft else { continue }
            await session.close()
            sessions[token] = nil
            changes.bump()
            closed = true
        }
        return closed
    }

    /// Closes every session (the server is stopping): each game is autosaved.
    func closeAll() async {
        for session in sessions.values { await session.close() }
        sessions = [:]
    }
}

/// A count that any thread may read and bump.
final class ChangeCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }

    func bump() {
        lock.withLock { count += 1 }
    }
}

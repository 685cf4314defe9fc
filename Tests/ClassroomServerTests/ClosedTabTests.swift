@testable import ClassroomServer
import Foundation
import SaveGames
import Testing
import TestSupport

/// How long a game stays open after its tab said it was closing, with the clock given (no waiting).
@Suite struct ClosedTabTests {
    private func openSession(now: Date) async throws -> StudentSession {
        let compiled = TestServer.compiled
        let story = try #require(compiled.story)
        let saves = TestFolders.make("closed-tab")
        try FileManager.default.createDirectory(atPath: saves, withIntermediateDirectories: true)
        return try await StudentSession.open(player: PlayerName("Anna"), story: story, sourceTexts: compiled.sources.texts,
                                             saves: SavesFolder(path: saves), tab: "tab1", now: now,
                                             background: DedicatedThread(name: "test-background"))
    }

    /// A tab quiet for a minute (a student reading, no ping yet) that is then closed keeps its game
    /// for the closed tab's ten seconds from the moment it closed, so a reload finds it open; it
    /// was closed at the sweeper's next round, the seconds counted from the tab's last ping.
    @Test func aTabClosedAfterAQuietMinuteKeepsItsGameTenSecondsFromTheClosing() async throws {
        let joined = Date(timeIntervalSince1970: 1_800_000_000)
        let session = try await openSession(now: joined)
        let closed = joined.addingTimeInterval(60)
        await session.leave(tab: "tab1", now: closed)
        #expect(await session.hasBeenLeft)
        #expect(await !session.isIdle(now: closed.addingTimeInterval(5), limit: 90, closedLimit: 10),
                "closed at once: the ten seconds were counted from the join")
        #expect(await session.isIdle(now: closed.addingTimeInterval(11), limit: 90, closedLimit: 10))
        #expect(await session.claim(tab: "reloaded", now: closed.addingTimeInterval(5), grace: 45), "a reload takes the game over")
        await session.close()
    }

    /// Another tab's word that it closes changes nothing for the tab playing.
    @Test func anotherTabsClosingLeavesTheGameAlone() async throws {
        let joined = Date(timeIntervalSince1970: 1_800_000_000)
        let session = try await openSession(now: joined)
        await session.leave(tab: "someone-else", now: joined.addingTimeInterval(30))
        #expect(await !session.hasBeenLeft)
        #expect(await !session.isIdle(now: joined.addingTimeInterval(40), limit: 90, closedLimit: 10))
        #expect(await !session.claim(tab: "someone-else", now: joined.addingTimeInterval(40), grace: 45))
        await session.close()
    }
}

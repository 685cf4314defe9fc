import Foundation
import Testing

/// Session 35's teacher: "Zoe Muller" typed on a Chromebook without accents began a new game in
/// the browser, and Zoë Müller's 17 facts were out of sight (the terminal's name prompt asks
/// "Is that you?"). The page now says whose game is near; the same name typed again is a new player.
@Suite struct NearNameTests {
    @Test func aNameTypedWithoutItsAccentsSaysWhoseGameIsNearFirst() async throws {
        let server = try await TestServer()
        let zoe = Browser(server: server)
        _ = try await zoe.join("Zoë Müller")
        _ = try await zoe.play("wear radio")
        _ = try await zoe.play("quit")
        let chromebook = Browser(server: server)
        let first = try await chromebook.join("Zoe Muller")
        #expect(first.status == 409)
        #expect(first.error.contains("Nobody called Zoe Muller has played here yet, but \"Zoë Müller\" has."), "\(first.error)")
        #expect(!FileManager.default.fileExists(atPath: server.saves + "/zoe muller"), "no new game yet")
        let real = try await chromebook.join("Zoë Müller")
        #expect(real.status == 200 && real.html.contains("Your game goes on where you left it."), "\(real.html.prefix(300))")
        let other = Browser(server: server)
        _ = try await other.join("Zoe Muller")
        let again = try await other.join("Zoe Muller")
        #expect(again.status == 200, "typed again, a new player")
        await server.stop()
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// What a hostile or careless request gets: escaped text, refusals, limits.
@Suite struct SafetyTests {
    @Test func hostileNamesAreRefusedAndCommandsEscaped() async throws {
        let server = try await TestServer()
        let browser = Browser(server: server)
        let script = try await browser.join("<script>alert(1)</script>")
        #expect(script.status == 400)
        #expect(script.error.contains("A name cannot contain '<'"))
        let joined = try await browser.join("O'Brien")
        #expect(joined.status == 200)
        let hostile = try await browser.play("<img src=x onerror=alert(1)> & \"quotes\"")
        #expect(hostile.status == 200)
        #expect(!hostile.html.contains("<img"), "no markup from a command reaches the page")
        #expect(hostile.html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;"))
        let saved = try await browser.play("save <b>x</b>")
        #expect(!saved.html.contains("<b>"))
        await server.stop()
    }

    @Test func oversizedBodiesAndCommandsAreRefused() async throws {
        let server = try await TestServer()
        let browser = Browser(server: server)
        _ = try await browser.join("Anna")
        let big = try await browser.post("/api/command", raw: Data(String(repeating: "x", count: 100_000).utf8), type: "application/json")
        #expect(big.status == 413)
        let long = try await browser.play(String(repeating: "look ", count: 100))
        #expect(long.status == 413)
        #expect(long.error.contains("too long"))
        let garbage = try await browser.post("/api/command", raw: Data("not json".utf8), type: "application/json")
        #expect(garbage.status == 400)
        let form = try await browser.post("/api/command", raw: Data("{\"tab\":\"\(browser.tab)\",\"line\":\"look\"}".utf8), type: "text/plain")
        #expect(form.status == 415, "another site's form cannot play a student's game")
        let still = try await browser.play("look")
        #expect(still.status == 200, "the game goes on after bad requests")
        await server.stop()
    }

    @Test func noStudentReachesAnothersGame() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        let bob = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await bob.join("Bob")
        _ = try await anna.play("wear radio")
        let bobs = try await bob.play("inventory")
        #expect(!bobs.html.contains("(worn)"), "Bob's commands play Bob's game")
        let stranger = Browser(server: server)
        #expect(try await stranger.play("inventory").status == 401)
        bob.cookies["elbe_student"] = "0123456789abcdef0123456789abcdef"
        #expect(try await bob.play("inventory").status == 401, "a guessed cookie opens nothing")
        #expect(try await anna.get("/teacher/journal?player=Bob").status == 403)
        #expect(try await anna.get("/teacher/transcript?player=Bob").status == 403)
        await server.stop()
    }

    @Test func theServerSurvivesATabClosedInTheMiddleOfACommand() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        let cookie = anna.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        let body = "{\"tab\":\"\(anna.tab)\",\"line\":\"wear radio\"}"
        let halfSent = try SSEReader.connectAndSend(port: server.port, "POST /api/command HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(cookie)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body.prefix(10))
        close(halfSent)
        let unread = try SSEReader.connectAndSend(port: server.port, "POST /api/command HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(cookie)\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n\r\n" + body)
        close(unread)
        var worn = false
        for _ in 0..<40 where !worn {
            worn = try await anna.play("inventory").html.contains("field radio (worn)")
            if !worn { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(worn, "the command whose answer was never read was played and saved")
        #expect(try await anna.play("look").status == 200, "the game goes on")
        await server.stop()
    }
}

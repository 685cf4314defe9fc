import Foundation
import Hummingbird
import SaveGames

/// The student's page and its API. Every call works on the session of the browser's cookie,
/// never on a name in the request, so no student can reach another's game.
struct StudentRoutes: Sendable {
    let classroom: Classroom
    let limits: Limits
    static let cookie = "elbe_student"

    struct JoinBody: Decodable { var name: String; var tab: String }
    struct TabBody: Decodable { var tab: String }
    /// A line typed; `journal`, the version of the journal panel the page shows (see `PageView`).
    struct LineBody: Decodable { var tab: String; var line: String; var journal: String? }
    /// The answer the page shows: the player, the new HTML, the journal panel and its version,
    /// whether the game ended. The panel (up to 40 KB at the end of the Elbe story, and the same
    /// after most commands) is left out when the command said the page shows that version.
    enum PageView {
        static func response(_ player: PlayerName, _ view: StudentSession.View) -> Response {
            Responses.json(text: "{\"player\":" + JSONText.quoted(player.display) + ",\"html\":" + JSONText.quoted(view.html)
                + (view.journalJSON.map { ",\"journal\":" + $0 } ?? "")
                + ",\"journalVersion\":" + JSONText.quoted(view.journalVersion) + ",\"ended\":" + (view.ended ? "true" : "false") + "}")
        }
    }
    struct Words: Encodable { var words: [String] }

    /// What a second tab (or a second browser) is told: the same sentence as a second terminal.
    static func alreadyPlaying(_ player: String) -> String {
        SaveError.alreadyPlaying(player).description
    }

    func add(to router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Responses.html(StudentPage.html(title: classroom.story.metadata.title)) }
        router.get("/student.js") { _, _ in Responses.text(StudentPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/style.css") { _, _ in Responses.text(StudentPage.style, type: "text/css; charset=utf-8") }
        router.post("/api/join") { request, _ in try await join(request) }
        router.post("/api/resume") { request, _ in
            let body = try await Responses.decode(TabBody.self, from: request, limit: limits.bodyBytes)
            guard Self.isTab(body.tab) else { return Responses.error("The request could not be read.", status: .badRequest) }
            guard let session = await classroom.session(request.cookies[Self.cookie]?.value) else {
                return Responses.error("No game is open in this browser.", status: .unauthorized)
            }
            guard await session.claim(tab: body.tab, now: Date(), grace: limits.tabGraceSeconds) else {
                return Responses.error(Self.alreadyPlaying(session.player.display), status: .conflict)
            }
            let view = await session.view()
            return PageView.response(session.player, view)
        }
        router.post("/api/command") { request, _ in
            let received = ContinuousClock.now
            let body = try await Responses.decode(LineBody.self, from: request, limit: limits.bodyBytes)
            guard body.line.count <= limits.commandCharacters else {
                return Responses.error("That command is too long: please type at most \(limits.commandCharacters) characters.",
                                       status: .contentTooLarge)
            }
            guard let session = await classroom.session(request.cookies[Self.cookie]?.value) else {
                return Responses.error("No game is open in this browser.", status: .unauthorized)
            }
            let line = body.line.filter { !$0.isNewline }
            let asked = ContinuousClock.now
            guard let view = await session.play(line, tab: body.tab, now: Date(), asked: asked, pageJournal: body.journal) else {
                return Responses.error(Self.alreadyPlaying(session.player.display), status: .conflict)
            }
            classroom.changed()
            var timing = view.timing
            timing.game = ContinuousClock.now - asked
            var response = PageView.response(session.player, view)
            timing.total = ContinuousClock.now - received
            // Where the time went, for the load test.
            if let name = HTTPFields.Element.Name("Server-Timing") { response.headers[name] = timing.header }
            return response
        }
        router.post("/api/complete") { request, _ in
            let body = try await Responses.decode(LineBody.self, from: request, limit: limits.bodyBytes)
            guard body.line.count <= limits.commandCharacters,
                  let session = await classroom.session(request.cookies[Self.cookie]?.value) else {
                return Responses.json(Words(words: []))
            }
            return Responses.json(Words(words: await session.completions(for: body.line)))
        }
        router.post("/api/ping") { request, _ in
            let body = try await Responses.decode(TabBody.self, from: request, limit: limits.bodyBytes)
            guard let session = await classroom.session(request.cookies[Self.cookie]?.value) else {
                return Responses.error("No game is open in this browser.", status: .unauthorized)
            }
            guard await session.claim(tab: body.tab, now: Date(), grace: limits.tabGraceSeconds) else {
                return Responses.error(Self.alreadyPlaying(session.player.display), status: .conflict)
            }
            return Response(status: .noContent)
        }
        router.post("/api/leave") { request, _ in
            let body = try await Responses.decode(TabBody.self, from: request, limit: limits.bodyBytes, anyType: true)
            await classroom.session(request.cookies[Self.cookie]?.value)?.leave(tab: body.tab, now: Date())
            return Response(status: .noContent)
        }
    }

    /// Starts or continues the named player's game in this browser.
    private func join(_ request: Request) async throws -> Response {
        let body = try await Responses.decode(JoinBody.self, from: request, limit: limits.bodyBytes)
        guard Self.isTab(body.tab) else { return Responses.error("The request could not be read.", status: .badRequest) }
        let player: PlayerName
        do {
            player = try PlayerName(body.name)
        } catch {
            return Responses.error("\(error)", status: .badRequest)
        }
        // `Zoe Muller` on a Chromebook without accents, for Zoë Müller: asked, as the terminal asks,
        // before a new game hides hers (session 35's teacher); the same name again is a new player.
        if case .near(_, let others)? = try? classroom.saves.typedName(body.name, storyID: classroom.story.metadata.id),
           await classroom.warnsAboutNearName(player, tab: body.tab) {
            let names = others.map { "\"\($0)\"" }
            let who = names.count == 1 ? "\(names[0]) has" : names.joined(separator: ", ") + " have"
            return Responses.error("Nobody called \(player.display) has played here yet, but \(who). If that is you, type your name "
                                   + "as you did then. To start a new game as \(player.display), type it again.", status: .conflict)
        }
        let now = Date()
        if let session = await classroom.session(request.cookies[Self.cookie]?.value), session.player.folderName == player.folderName,
           await session.claim(tab: body.tab, now: now, grace: limits.tabGraceSeconds) {
            let view = await session.view()
            return PageView.response(player, view)
        }
        let session: StudentSession
        do {
            do {
                session = try await open(player, tab: body.tab, now: now)
            } catch SaveError.alreadyPlaying(let name) {
                // The game may be this name's in a tab that has closed: closed now, try again.
                guard await classroom.closeLeft(player: player) else { throw SaveError.alreadyPlaying(name) }
                session = try await open(player, tab: body.tab, now: now)
            }
        } catch let error as SaveError {
            return Responses.error(error.description, status: .conflict)
        } catch {
            return Responses.error("\(error)", status: .internalServerError)
        }
        let token = await classroom.add(session)
        let view = await session.view()
        var response = PageView.response(player, view)
        response.setCookie(Cookie(name: Self.cookie, value: token, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    private func open(_ player: PlayerName, tab: String, now: Date) async throws -> StudentSession {
        try await StudentSession.open(player: player, story: classroom.story, sourceTexts: classroom.sourceTexts,
                                      saves: classroom.saves, tab: tab, now: now, background: classroom.background)
    }

    /// A tab id as the page makes it: 8 to 64 letters and digits.
    static func isTab(_ tab: String) -> Bool {
        (8...64).contains(tab.count) && tab.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}

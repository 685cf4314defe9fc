import Foundation
import Hummingbird
import SaveGames

/// The teacher's page, behind the teacher code: the live class table, per-fact counts, each
/// student's journal and transcript, the CSV and all journals to print.
struct TeacherRoutes: Sendable {
    let classroom: Classroom
    let desk: TeacherDesk
    let limits: Limits
    let records: StudentRecords
    /// Where the live report is read: every student's saves, at a lower priority than their games.
    let reportThread = DedicatedThread(name: "teacher report", niceness: 10)
    /// Each student's part of the last report: a report reads again only the students whose
    /// saves changed since.
    let reportCache = ClassReport.Cache()
    /// The saves folder as the live tables last saw it (games played in a terminal, `remove`).
    let activity = SavesActivity()
    /// How often a live table checks whether the class changed.
    static let tick: Duration = .milliseconds(200)
    /// How often, in ticks, a live table looks at the saves folder for changes made outside the server.
    static let ticksBetweenFolderChecks = 5
    static let cookie = "elbe_teacher"

    func add(to router: Router<BasicRequestContext>) {
        router.get("/teacher.js") { _, _ in Responses.text(TeacherPage.script, type: "text/javascript; charset=utf-8") }
        router.get("/teacher") { request, _ in
            if await isTeacher(request) { return Responses.html(TeacherPage.html) }
            return Responses.html(TeacherPage.login(failed: false, gone: Responses.query("login", in: request) == "gone"))
        }
        // Whether this browser's login still holds: the live page asks when its stream is refused.
        router.get("/teacher/login-state") { request, _ in
            await isTeacher(request) ? Response(status: .noContent) : refused()
        }
        router.post("/teacher/login") { request, _ in
            let form = try await Responses.form(from: request, limit: 1024)
            guard let token = await desk.logIn(code: (form["code"] ?? "").trimmingCharacters(in: .whitespaces)) else {
                try? await Task.sleep(for: .milliseconds(500))
                return Responses.html(TeacherPage.login(failed: true), status: .forbidden)
            }
            var response = Response(status: .seeOther, headers: [.location: "/teacher"])
            // Max-Age: the login lasts a week in the browser too, not only until it is closed.
            response.setCookie(Cookie(name: Self.cookie, value: token, maxAge: Int(TeacherLogins.lifetime),
                                       path: "/teacher", httpOnly: true, sameSite: .strict))
            return response
        }
        router.get("/teacher/events") { request, _ in
            guard await isTeacher(request) else { return refused() }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                // The page going away or the server stopping ends the stream;
                                // either way the writer must be finished.
                                try? await streamReports(to: &writer)
                                try? await writer.finish(nil)
                            })
        }
        router.get("/teacher/report.csv") { request, _ in
            guard await isTeacher(request) else { return refused() }
            var response = Responses.text(report().render(.csv), type: "text/csv; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"class-report.csv\""
            return response
        }
        router.get("/teacher/journal") { request, _ in
            guard await isTeacher(request) else { return refused() }
            guard let name = Responses.query("player", in: request), let player = try? PlayerName(name),
                  let journal = records.journal(of: player) else {
                return Responses.text("No readable save of this story for that student.", status: .notFound)
            }
            var response = Responses.html(journal.render(.html))
            response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'"
            return response
        }
        router.get("/teacher/transcript") { request, _ in
            guard await isTeacher(request) else { return refused() }
            guard let name = Responses.query("player", in: request), let player = try? PlayerName(name),
                  let text = records.transcript(of: player) else {
                // A student who played only in a terminal (the third teacher's "Terminal Tom").
                return Responses.text("There is no transcript for this student. The browser game keeps one always; a game "
                                      + "played in a terminal keeps one only after the student types 'transcript on'.", status: .notFound)
            }
            return Responses.text(text)
        }
        router.get("/teacher/journals") { request, _ in
            guard await isTeacher(request) else { return refused() }
            let journals = records.players().compactMap(records.journal(of:))
            let story = records.story
            let page = Responses.query("short", in: request) == "1"
                ? TeacherPage.factList(journals, storyTitle: story.metadata.title,
                                       storyFacts: story.factsInTextOrder.map { (story.facts[$0].id, story.facts[$0].title) })
                : TeacherPage.allJournals(journals)
            var response = Responses.html(page)
            response.headers[.contentSecurityPolicy] = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'"
            return response
        }
    }

    private func isTeacher(_ request: Request) async -> Bool {
        await desk.isTeacher(request.cookies[Self.cookie]?.value)
    }

    private func refused() -> Response {
        Responses.text("This page is for the teacher: open /teacher and type the teacher code.", status: .forbidden)
    }

    private func report() -> ClassReport {
        ClassReport(saves: records.saves, story: records.story)
    }

    /// The class as JSON for the live table: the report, and who is playing now; nil when the
    /// class changed but the last report was read too recently (`TeacherDesk.reportIsDue`).
    private func reportJSON(version: Int) async -> String? {
        if let cached = await desk.report(version: version) { return cached }
        guard await desk.reportIsDue() else { return nil }
        let started = ContinuousClock.now
        let online = await classroom.online()
        // Reading the saves blocks and takes a while: off the pool the requests are handled on.
        let records = records
        let cache = reportCache
        let (report, transcripts, playing) = (try? await reportThread.run { () -> (String, [String], [String]) in
            let report = ClassReport(saves: records.saves, story: records.story, cache: cache)
            // Only a student with a transcript gets a link to it (most of a class may play in the
            // terminal, which keeps none unless asked: session 34's teacher met a 404 on every row).
            let transcripts = report.rows.map(\.player).filter { records.hasTranscript(of: $0) }
            // Who plays now, by the names the table shows, here or in a terminal (ClassReport+PlayingNow.swift).
            let playing = report.playingNow(in: records.saves, online: online)
            return (report.render(.json), transcripts, playing)
        }) ?? ("{}", [], online)
        let onlineJSON = (try? JSONEncoder().encode(playing)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let transcriptsJSON = (try? JSONEncoder().encode(transcripts)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        let json = "{\"online\":\(onlineJSON),\"transcripts\":\(transcriptsJSON),\"report\":\(report)}"
        await desk.keep(report: json, version: version, took: ContinuousClock.now - started)
        return json
    }

    /// Counts a change of the saves folder made outside the server (a game in a terminal, a
    /// `remove`) as a change of the class. Read on the report's thread: a listing and a few
    /// `lstat`s a student.
    private func noteChangesOutsideTheServer() async {
        let saves = records.saves, storyID = records.story.metadata.id
        guard let stamp = try? await reportThread.run({ saves.activityStamp(storyID: storyID) }) else { return }
        if activity.changed(to: stamp) { classroom.changed() }
    }

    /// Sends the report whenever the class changes (checked every `tick`; read again at most as
    /// often as `TeacherDesk.reportIsDue` allows), with a keep-alive comment every 15 seconds in
    /// between; stops after an hour (the browser reconnects), when the page closes or when the
    /// server stops.
    private func streamReports(to writer: inout any ResponseBodyWriter) async throws {
        let ticksPerSecond = Int(Duration.seconds(1) / Self.tick)
        var sent = -1
        var quiet = 0
        for tick in 0..<(3600 * ticksPerSecond) where !Task.isCancelled {
            if await classroom.isStopping { return }
            if tick % Self.ticksBetweenFolderChecks == 0 { await noteChangesOutsideTheServer() }
            let version = classroom.version
            if version != sent, let json = await reportJSON(version: version) {
                sent = version
                let lines = json.split(separator: "\n").map { "data: " + $0 }.joined(separator: "\n")
                try await writer.write(ByteBuffer(string: "event: report\n" + lines + "\n\n"))
                quiet = 0
            } else if quiet >= 15 * ticksPerSecond {
                try await writer.write(ByteBuffer(string: ": still here\n\n"))
                quiet = 0
            }
            try await Task.sleep(for: Self.tick)
            quiet += 1
        }
    }
}

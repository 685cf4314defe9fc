import ClassroomServer
import Foundation
import SaveGames
import TestSupport
import Testing

/// The teacher's view: behind the code, live, with journals, transcripts and the CSV.
@Suite struct TeacherTests {
    @Test func theTeacherPagesAreRefusedWithoutTheCode() async throws {
        let server = try await TestServer()
        let visitor = Browser(server: server)
        let page = try await visitor.get("/teacher")
        #expect(page.status == 200)
        #expect(page.body.contains("Teacher code"), "the code form, not the class")
        #expect(!page.body.contains("id=\"class\""))
        #expect(try await visitor.get("/teacher/events").status == 403)
        #expect(try await visitor.get("/teacher/report.csv").status == 403)
        #expect(try await visitor.get("/teacher/journals").status == 403)
        #expect(try await visitor.get("/teacher?code=\(server.teacherCode)").body.contains("Teacher code"), "a code in the address is ignored")
        let wrong = try await visitor.post("/teacher/login", raw: Data("code=guess".utf8), type: "application/x-www-form-urlencoded")
        #expect(wrong.status == 403)
        #expect(wrong.body.contains("That code is not right."))
        #expect(visitor.cookies["elbe_teacher"] == nil)
        await server.stop()
    }

    @Test func theTeacherSeesTheClassJournalsTranscriptsAndCSV() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        _ = try await anna.play("in")
        _ = try await anna.play("talk to ferris")
        // A student who only typed a name gets no printed sheet (the second teacher's rehearsal).
        let tim = Browser(server: server)
        _ = try await tim.join("Typo Tim")
        _ = try await tim.play("wait")
        let teacher = Browser(server: server)
        let login = try await teacher.post("/teacher/login", raw: Data("code=\(server.teacherCode)".utf8), type: "application/x-www-form-urlencoded")
        #expect(login.status == 303)
        #expect(login.headers["location"] == "/teacher")
        #expect(teacher.cookies["elbe_teacher"] != nil)
        #expect(try await teacher.get("/teacher").body.contains("id=\"class\""))
        let csv = try await teacher.get("/teacher/report.csv")
        #expect(csv.status == 200)
        #expect(csv.body.hasPrefix("\u{FEFF}student,furthest_scene,facts_unlocked"))
        #expect(csv.body.contains("Anna,"))
        let journal = try await teacher.get("/teacher/journal?player=Anna")
        #expect(journal.body.contains("the journal of Anna"))
        #expect(journal.body.contains("Waiting on the Mulde"))
        let transcript = try await teacher.get("/teacher/transcript?player=anna")
        #expect(transcript.body.contains("> wear radio"))
        let none = try await teacher.get("/teacher/transcript?player=Terminal%20Tom")
        #expect(none.status == 404)
        #expect(none.body.contains("a game played in a terminal keeps one only after the student types 'transcript on'"))
        let all = try await teacher.get("/teacher/journals")
        #expect(all.body.contains("the journal of Anna"))
        #expect(all.body.contains("id=\"print\""))
        #expect(!all.body.contains("the journal of Typo Tim"))
        #expect(all.body.contains("Not printed, no fact found yet: Typo Tim."))
        await server.stop()
    }

    /// The third teacher's rehearsal: every journal in full is about 19 printed pages a student.
    /// The short print names each student's facts by title, and those not found yet.
    @Test func theShortPrintListsEachStudentsFactsByTitle() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        _ = try await anna.play("in")
        let tim = Browser(server: server)
        _ = try await tim.join("Typo Tim")
        let teacher = Browser(server: server)
        _ = try await teacher.post("/teacher/login", raw: Data("code=\(server.teacherCode)".utf8), type: "application/x-www-form-urlencoded")
        #expect(try await teacher.get("/teacher").body.contains("id=\"print-short\""))
        let short = try await teacher.get("/teacher/journals?short=1")
        #expect(short.status == 200)
        #expect(short.body.contains("<h2>Anna: 1 of 42 facts</h2>"), "the student and the count")
        #expect(short.body.contains("<li value=\"1\">The Bridge at Trebsen <span class=\"when\">(16 to 24 April 1945)</span></li>"), "the fact by number, title and date")
        #expect(short.body.contains("Not found yet: 41 facts."), "more than ten missing are counted")
        #expect(!short.body.contains("paper mill"), "no fact's full text")
        #expect(short.body.contains("Not printed, no fact found yet: Typo Tim."))
        #expect(!short.body.contains("the journal of Anna"), "not the full journal")
        #expect(try await anna.get("/teacher/journals?short=1").status == 403, "for the teacher only")
        await server.stop()
    }

    /// Excel reads a CSV without a byte-order mark in the machine's legacy code page: "Jürgen"
    /// became "JÃ¼rgen" in a teacher's spreadsheet.
    @Test func theCSVStartsWithAByteOrderMarkSoExcelReadsNamesRight() async throws {
        let server = try await TestServer()
        let student = Browser(server: server)
        _ = try await student.join("Jürgen Öztürk")
        _ = try await student.play("wear radio")
        let teacher = Browser(server: server)
        _ = try await teacher.post("/teacher/login", raw: Data("code=\(server.teacherCode)".utf8), type: "application/x-www-form-urlencoded")
        let csv = try await teacher.get("/teacher/report.csv")
        #expect(Array(csv.body.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF], "the file begins with the UTF-8 byte-order mark")
        #expect(csv.body.dropFirst().hasPrefix("student,"), "and the header follows it directly")
        #expect(csv.body.contains("\nJürgen Öztürk,"), "the name in UTF-8, as typed")
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        await server.stop()
    }

    /// A teacher found the class table asking for the code again after the server was restarted.
    @Test func theTeachersLoginOutlivesARestartButNotANewCode() async throws {
        let first = try await TestServer()
        let teacher = Browser(server: first)
        _ = try await teacher.post("/teacher/login", raw: Data("code=\(first.teacherCode)".utf8), type: "application/x-www-form-urlencoded")
        #expect(try await teacher.get("/teacher").body.contains("id=\"class\""))
        await first.stop()

        let restarted = try await TestServer(saves: first.saves)
        let sameBrowser = Browser(server: restarted)
        sameBrowser.cookies = teacher.cookies
        #expect(try await sameBrowser.get("/teacher").body.contains("id=\"class\""), "still logged in after the restart")
        #expect(try await sameBrowser.get("/teacher/report.csv").status == 200)
        let stranger = Browser(server: restarted)
        stranger.cookies = ["elbe_teacher": String(repeating: "a", count: 32)]
        #expect(try await stranger.get("/teacher/report.csv").status == 403, "a made-up cookie is still refused")
        await restarted.stop()
        let kept = try String(contentsOfFile: first.saves + "/.teacher-logins", encoding: .utf8)
        #expect(!kept.contains(first.teacherCode), "the file keeps a fingerprint, never the code")

        let newCode = try await TestServer(saves: first.saves, teacherCode: "a-new-code-for-today")
        let oldLogin = Browser(server: newCode)
        oldLogin.cookies = teacher.cookies
        #expect(try await oldLogin.get("/teacher").body.contains("Teacher code"), "a new code logs every browser out")
        await newCode.stop()
    }

    /// A blind teacher's rehearsal: the saves folder did not exist at the first `serve`, so
    /// `.teacher-code` was never written and the code changed at the first restart.
    @Test func theCodeOfTheFirstStartIsKeptWhenTheSavesFolderIsNew() throws {
        let saves = TestFolders.make("classroom") + "/not-yet/Saves"
        let first = ClassroomServer.rememberedTeacherCode(in: SavesFolder(path: saves))
        #expect(FileManager.default.fileExists(atPath: saves + "/.teacher-code"))
        #expect(ClassroomServer.rememberedTeacherCode(in: SavesFolder(path: saves)) == first, "the same code after a restart")
    }

    /// The third blind teacher changed the code (the class had seen it) with `--teacher-code`, and
    /// the next start without it brought the old code back: the code given is the one kept.
    @Test func aCodeGivenIsTheOneKeptForLaterStarts() throws {
        let saves = SavesFolder(path: TestFolders.make("classroom") + "/Saves")
        let first = ClassroomServer.rememberedTeacherCode(in: saves)
        ClassroomServer.keptTeacherCode("mrs-miller-period3", in: saves)
        #expect(ClassroomServer.rememberedTeacherCode(in: saves) == "mrs-miller-period3")
        #expect(ClassroomServer.rememberedTeacherCode(in: saves) != first)
    }

    /// The docs say a login lasts a week: the cookie must outlive closing the browser.
    @Test func theLoginCookieLastsAWeekInTheBrowser() async throws {
        let server = try await TestServer()
        let teacher = Browser(server: server)
        let login = try await teacher.post("/teacher/login", raw: Data("code=\(server.teacherCode)".utf8), type: "application/x-www-form-urlencoded")
        let cookie = login.headers["set-cookie"] ?? ""
        #expect(cookie.contains("Max-Age=604800"), "a week, not a browser session: \(cookie)")
        #expect(cookie.contains("HttpOnly") && cookie.contains("Path=/teacher"))
        await server.stop()
    }

    @Test func theLiveTableUpdatesWhenAStudentMoves() async throws {
        let server = try await TestServer()
        let teacher = Browser(server: server)
        _ = try await teacher.post("/teacher/login", raw: Data("code=\(server.teacherCode)".utf8), type: "application/x-www-form-urlencoded")
        let events = try await SSEReader.open(server.url + "/teacher/events", cookie: "elbe_teacher=\(teacher.cookies["elbe_teacher"] ?? "")")
        let first = try await events.nextEvent()
        #expect(first.contains("\"students\""))
        #expect(!first.contains("Anna"))
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        var sawAnna = false
        for _ in 0..<5 where !sawAnna {
            sawAnna = try await events.nextEvent().contains("\"Anna\"")
        }
        #expect(sawAnna, "the live table shows the student who joined")
        events.close()
        await server.stop()
    }

    /// The live table follows each move of a student, not only their joining: the report is read
    /// again for the students whose saves changed.
    @Test func theLiveTableShowsEachMoveOfAStudent() async throws {
        let server = try await TestServer()
        let teacher = Browser(server: server)
        try await teacher.logIn(code: server.teacherCode)
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        let ben = Browser(server: server)
        _ = try await ben.join("Ben")
        let events = try await SSEReader.open(server.url + "/teacher/events", cookie: "elbe_teacher=\(teacher.cookies["elbe_teacher"] ?? "")")
        func annasTurns(_ event: String) throws -> Int? {
            let data = try #require(try JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
            let students = (data["report"] as? [String: Any])?["students"] as? [[String: Any]] ?? []
            return students.first { $0["player"] as? String == "Anna" }?["turns"] as? Int
        }
        _ = try await events.nextEvent()
        for (move, turns) in [("wear radio", 1), ("in", 2), ("talk to ferris", 3)] {
            _ = try await anna.play(move)
            var seen: Int?
            for _ in 0..<5 where seen != turns { seen = try annasTurns(try await events.nextEvent()) }
            #expect(seen == turns, "the table shows Anna's move '\(move)'")
        }
        events.close()
        await server.stop()
    }

    /// Session 35's teacher: a student taken out with `remove`, and a game played in a terminal,
    /// showed in the live table only after the next move in a browser. The table now follows the
    /// saves folder itself.
    @Test func theLiveTableFollowsGamesInATerminalAndRemovals() async throws {
        let server = try await TestServer()
        let teacher = Browser(server: server)
        try await teacher.logIn(code: server.teacherCode)
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        let events = try await SSEReader.open(server.url + "/teacher/events", cookie: "elbe_teacher=\(teacher.cookies["elbe_teacher"] ?? "")")
        func players(_ event: String) throws -> Set<String> {
            let data = try #require(try JSONSerialization.jsonObject(with: Data(event.utf8)) as? [String: Any])
            let students = (data["report"] as? [String: Any])?["students"] as? [[String: Any]] ?? []
            return Set(students.compactMap { $0["player"] as? String })
        }
        var seen = try players(try await events.nextEvent())
        #expect(seen == ["Anna"])
        _ = try StudentTests.playInTheTerminal(saves: server.saves, player: "Terminal Tom", lines: ["wear radio", "in", "quit", "y"])
        for _ in 0..<5 where seen != ["Anna", "Terminal Tom"] { seen = try players(try await events.nextEvent()) }
        #expect(seen == ["Anna", "Terminal Tom"], "the terminal game shows without a move in a browser")
        _ = try SavesFolder(path: server.saves).remove(PlayerName("Terminal Tom"), storyID: TestServer.compiled.story?.metadata.id ?? "")
        for _ in 0..<5 where seen != ["Anna"] { seen = try players(try await events.nextEvent()) }
        #expect(seen == ["Anna"], "the removed student leaves the table without a move in a browser")
        events.close()
        await server.stop()
    }

    /// Session 34's teacher: every row had a "transcript" link, and for a student who played in the
    /// terminal it led to a 404 page. The live table now names only the students with a transcript,
    /// and the print button counts the pages of the journals found so far, not "19 a student".
    @Test func onlyAStudentWithATranscriptGetsALinkToIt() async throws {
        let server = try await TestServer()
        _ = try StudentTests.playInTheTerminal(saves: server.saves, player: "Terminal Tom", lines: ["wear radio", "in", "quit", "y"])
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        let teacher = Browser(server: server)
        try await teacher.logIn(code: server.teacherCode)
        let events = try await SSEReader.open(server.url + "/teacher/events", cookie: "elbe_teacher=\(teacher.cookies["elbe_teacher"] ?? "")")
        var data: [String: Any] = [:]
        for _ in 0..<5 {
            data = try #require(try JSONSerialization.jsonObject(with: Data(try await events.nextEvent().utf8)) as? [String: Any])
            let students = (data["report"] as? [String: Any])?["students"] as? [[String: Any]] ?? []
            if students.count == 2 { break }
        }
        events.close()
        let students = ((data["report"] as? [String: Any])?["students"] as? [[String: Any]] ?? []).compactMap { $0["player"] as? String }
        #expect(Set(students) == ["Anna", "Terminal Tom"], "both students are in the table")
        #expect(data["transcripts"] as? [String] == ["Anna"], "only the browser game keeps a transcript")
        let script = try await teacher.get("/teacher.js").body
        #expect(script.contains("transcripts.has(s.player)"), "the page links only those")
        #expect(!(try await teacher.get("/teacher").body.contains("19 pages")), "the button counts the class's pages")
        await server.stop()
    }

    /// "Playing now" was blank for Jürgen, who had typed "jürgen  schäfer" today (session 35's
    /// teacher): who plays is given by the names the table shows.
    @Test func aStudentWhoTypedTheirNameAnotherWayIsPlayingNowInTheirRow() async throws {
        let server = try await TestServer()
        let first = Browser(server: server)
        _ = try await first.join("Jürgen Schäfer")
        _ = try await first.play("wear radio")
        _ = try await first.play("quit")
        let today = Browser(server: server)
        #expect(try await today.join("jürgen  schäfer").status == 200)
        let teacher = Browser(server: server)
        try await teacher.logIn(code: server.teacherCode)
        let events = try await SSEReader.open(server.url + "/teacher/events", cookie: "elbe_teacher=\(teacher.cookies["elbe_teacher"] ?? "")")
        let data = try #require(try JSONSerialization.jsonObject(with: Data(try await events.nextEvent().utf8)) as? [String: Any])
        events.close()
        let rows = ((data["report"] as? [String: Any])?["students"] as? [[String: Any]] ?? []).compactMap { $0["player"] as? String }
        #expect(rows == ["Jürgen Schäfer"], "\(rows)")
        #expect(data["online"] as? [String] == ["Jürgen Schäfer"], "\(String(describing: data["online"]))")
        await server.stop()
    }

    /// A teacher's open page after a restart with a new code said "Reconnecting…" for ever: the
    /// page asks whether its login holds, and the code form says the login has ended.
    @Test func aPageWhoseLoginEndedIsToldSoAndGetsTheCodeForm() async throws {
        let first = try await TestServer()
        let teacher = Browser(server: first)
        try await teacher.logIn(code: first.teacherCode)
        #expect(try await teacher.get("/teacher/login-state").status == 204, "the login holds")
        #expect(try await teacher.get("/teacher.js").body.contains("/teacher?login=gone"))
        await first.stop()

        let newCode = try await TestServer(saves: first.saves, teacherCode: "a-new-code-for-today")
        let page = Browser(server: newCode)
        page.cookies = teacher.cookies
        #expect(try await page.get("/teacher/login-state").status == 403, "the login is gone")
        let form = try await page.get("/teacher?login=gone")
        #expect(form.body.contains("Teacher code"))
        #expect(form.body.contains("Your login has ended"))
        #expect(!(try await page.get("/teacher").body.contains("Your login has ended")), "a plain visit gets the plain form")
        await newCode.stop()
    }

    /// The printed journal said "the save 'autosave' of" the time the game began; it is the time
    /// of the student's last move, as "Last played" in the table.
    @Test func thePrintedJournalGivesTheTimeOfTheLastMove() async throws {
        let server = try await TestServer()
        let anna = Browser(server: server)
        _ = try await anna.join("Anna")
        _ = try await anna.play("wear radio")
        _ = try await anna.play("in")
        let moved = try #require(ISO8601DateFormatter().date(from: "2031-05-04T10:20:30Z"))
        try FileManager.default.setAttributes([.modificationDate: moved], ofItemAtPath: server.saves + "/anna/elbe/autosave.save")
        let teacher = Browser(server: server)
        try await teacher.logIn(code: server.teacherCode)
        let journal = try await teacher.get("/teacher/journal?player=Anna").body
        #expect(journal.contains("the save &#39;autosave&#39; of 2031-05-0") || journal.contains("the save 'autosave' of 2031-05-0"), "\(journal.prefix(800))")
        await server.stop()
    }
}

extension Browser {
    /// Types the teacher code in the form, as a teacher does.
    func logIn(code: String) async throws {
        _ = try await post("/teacher/login", raw: Data("code=\(code)".utf8), type: "application/x-www-form-urlencoded")
    }
}

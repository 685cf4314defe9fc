import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// `elbe-adventure serve` as a teacher starts it: what it prints, what it refuses, how it stops.
@Suite struct ServeCommandTests {
    @Test(arguments: [["serve", "--port", "70000"], ["serve", "--teacher-code", "abc"], ["serve", "--teacher-code", "has spaces in it"]])
    func badOptionsAreUsageErrors(arguments: [String]) throws {
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 2)
        #expect(run.errors.contains("--port must be between") || run.errors.contains("--teacher-code must be"))
    }

    @Test func itPrintsTheAddressAndAGeneratedCodeAndStopsCleanly() throws {
        let saves = CLIRunner.temporaryFolder()
        let (process, text, _) = try Self.startServer(saves: saves)
        process.terminate()
        for _ in 0..<200 where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        #expect(text.contains("Serving 'Patrol to the Elbe'. Students open: http://127.0.0.1:"))
        #expect(text.contains("Only this computer can connect. To serve a classroom, start with --bind 0.0.0.0."))
        let code = text.firstMatch(of: /teacher code: ([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})\)/)
        #expect(code != nil, "a readable teacher code is generated and printed: \(text)")
        #expect(text.contains("Saves folder: \(saves)"))
        #expect(text.contains("No student has saves in this folder yet."), "a new class, or a forgotten --saves, is said at once")
        #expect(process.terminationStatus == 0, "SIGTERM stops the server cleanly")
    }

    /// A restart without --teacher-code keeps the code, so the teacher's login keeps working.
    @Test func aRestartWithoutACodeKeepsTheCodeOfTheLastStart() throws {
        let saves = CLIRunner.temporaryFolder()
        var codes: [String] = []
        for _ in 0..<2 {
            let (process, text, _) = try Self.startServer(saves: saves)
            process.terminate()
            for _ in 0..<200 where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
            codes += text.firstMatch(of: /teacher code: ([^)]+)\)/).map { [String($0.1)] } ?? []
        }
        #expect(codes.count == 2 && codes[0] == codes[1], "the same code after the restart: \(codes)")
        let attributes = try FileManager.default.attributesOfItem(atPath: saves + "/.teacher-code")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600, "only the teacher can read the kept code")
    }

    /// Session 34's teacher started a second server on the class's folder by mistake, and it said
    /// nothing: students would have split between two addresses. It now says where the first one
    /// is; a server that stopped, or was killed, is not mentioned.
    @Test func aSecondServerOnTheSameFolderSaysWhereTheFirstIs() throws {
        let saves = CLIRunner.temporaryFolder()
        func stop(_ process: Process, signal: Int32 = SIGTERM) {
            kill(process.processIdentifier, signal)
            for _ in 0..<200 where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }
        let (first, firstText, _) = try Self.startServer(saves: saves, log: "first.log")
        defer { if first.isRunning { stop(first) } }
        let address = try #require(firstText.firstMatch(of: /Students open: (http:\/\/127\.0\.0\.1:[0-9]+\/)/).map { String($0.1) })
        #expect(!firstText.contains("another server"), "the first server is alone: \(firstText)")
        let (second, secondText, _) = try Self.startServer(saves: saves, log: "second.log")
        #expect(secondText.contains("Note: another server is already serving this saves folder, at \(address). Students who open that address play there"),
                "the second server names the first one's address: \(secondText)")
        stop(second)
        stop(first)
        let (third, thirdText, _) = try Self.startServer(saves: saves, log: "third.log")
        #expect(!thirdText.contains("another server"), "both had stopped: \(thirdText)")
        stop(third, signal: SIGKILL)
        let (fourth, fourthText, _) = try Self.startServer(saves: saves, log: "fourth.log")
        #expect(!fourthText.contains("another server"), "a killed server is not taken for a running one: \(fourthText)")
        stop(fourth)
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: saves + "/.servers")) ?? []).isEmpty, "no file is left behind")
    }

    /// A teacher who leaves the live table open must not keep the server (and every student's
    /// game lock) alive after Ctrl-C: the play-test found it waiting for the page to close.
    @Test func ctrlCStopsTheServerWhileTheTeachersLiveTableIsOpen() throws {
        let (process, text, log) = try Self.startServer(saves: CLIRunner.temporaryFolder(), extra: ["--teacher-code", "open-sesame"])
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        let port = try #require(text.firstMatch(of: /127\.0\.0\.1:([0-9]+)\//).flatMap { Int($0.1) })
        let login = try LoopbackHTTP.exchange(port: port, request:
            "POST /teacher/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 16\r\nConnection: close\r\n\r\ncode=open-sesame")
        let cookie = try #require(login.firstMatch(of: /(?i)set-cookie: ([^;\r\n]+)/).map { String($0.1) })
        let stream = try LoopbackHTTP.open(port: port, request:
            "GET /teacher/events HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: \(cookie)\r\n\r\n")
        defer { close(stream) }
        #expect(LoopbackHTTP.read(stream, until: "event: report").contains("event: report"), "the live table is streaming")
        kill(process.processIdentifier, SIGINT)
        for _ in 0..<200 where process.isRunning { Thread.sleep(forTimeInterval: 0.05) }
        #expect(!process.isRunning, "Ctrl-C stops the server within seconds although the teacher's page is open")
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        let said = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        #expect(said.contains("The server has stopped; every game is saved."))
    }

    /// A classroom computer can be switched off or the server killed at any moment: every move a
    /// student saw answered is in their save, also the new game's and the ending's (whose whole
    /// save is flushed to disk just after the answer, not before it).
    @Test func aServerKilledRightAfterAnAnswerLosesNoMove() throws {
        let saves = CLIRunner.temporaryFolder()
        let walkthrough = try String(contentsOfFile: CLIRunner.root + "/Tests/TranscriptTests/Walkthroughs/elbe-recalled.transcript", encoding: .utf8)
        let commands = walkthrough.split(separator: "\n").filter { $0.hasPrefix("> ") && $0.count > 2 }.map { String($0.dropFirst(2)) }
        // Each part is played on a server started anew, killed (SIGKILL) the moment its last answer came.
        let parts = [[], Array(commands.prefix(2)), Array(commands.dropFirst(2))]
        var joins: [[String: Any]] = []
        for part in parts + [[]] {
            let (process, text, _) = try Self.startServer(saves: saves)
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) }; process.waitUntilExit() }
            let port = try #require(text.firstMatch(of: /127\.0\.0\.1:([0-9]+)\//).flatMap { Int($0.1) })
            let (joined, cookie) = try LoopbackHTTP.post(port: port, path: "/api/join", json: ["name": "Kim", "tab": "killtab00001"])
            joins.append(joined)
            #expect(joined["html"] is String, "the server answered the join: \(joined)")
            var last: [String: Any] = [:]
            for command in part {
                (last, _) = try LoopbackHTTP.post(port: port, path: "/api/command", json: ["line": command, "tab": "killtab00001"], cookie: cookie)
            }
            if part.count == 2 { #expect((last["journal"] as? String)?.contains("1 of 42 facts") == true, "the briefing unlocks a fact") }
            if !part.isEmpty && part.count != 2 { #expect((last["html"] as? String)?.contains("class=\"ending\"") == true, "the story ends") }
            kill(process.processIdentifier, SIGKILL)
            if joins.count == 1 {
                #expect(FileManager.default.fileExists(atPath: saves + "/kim/elbe/autosave.save"), "the new game was saved before the kill")
            }
        }
        let html = joins.map { $0["html"] as? String ?? "" }, journals = joins.map { $0["journal"] as? String ?? "" }
        // A game left before its first move is neither offered nor kept: the next join begins anew.
        #expect(!html[1].contains("kept as") && !html[1].contains("Your game goes on"), "\(html[1].suffix(300))")
        #expect(html[2].contains("Your game goes on where you left it.") && journals[2].contains("1 of 42 facts"), "both moves were saved: \(html[2].suffix(300))")
        // Killed before the ending's whole save (written just after the answer), the game comes
        // back at its ending and is then saved as finished; killed after it, it is kept as finished.
        let folder = saves + "/kim/elbe"
        let kept = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("finished game ") && $0.hasSuffix(".save") }
        if html[3].contains("Your finished game is kept as &#39;finished game") {
            #expect(kept.count == 1 && Self.savedEnding(folder + "/" + kept[0]) == "recalled", "the ending was saved: \(kept)")
        } else {
            #expect(html[3].contains("Your last game ended here.") && journals[3].contains("5 of 42 facts"), "the ending was saved: \(html[3].prefix(600))")
            #expect(Self.savedEnding(folder + "/autosave.save") == "recalled", "and its save now says the game is finished")
        }
    }

    /// The ending a save's summary names (its JSON header), if any.
    static func savedEnding(_ path: String) -> String? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8), let end = text.range(of: "\n}\n"),
              let header = try? JSONSerialization.jsonObject(with: Data(text[..<end.upperBound].utf8)) as? [String: Any] else { return nil }
        return (header["summary"] as? [String: Any])?["ending"] as? String
    }
}

extension ServeCommandTests {
    /// Starts `serve` on a free port and waits (bounded) until it says it is ready.
    static func startServer(saves: String, extra: [String] = [], log logName: String = "serve.log") throws -> (Process, String, String) {
        let log = saves + "/" + logName
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let output = try #require(FileHandle(forWritingAtPath: log))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["serve", "--port", "0", "--saves", saves] + extra
        process.standardOutput = output
        process.standardError = output
        try process.run()
        var text = ""
        for _ in 0..<300 where !text.contains("Press Ctrl-C") {
            Thread.sleep(forTimeInterval: 0.05)
            text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        }
        return (process, text, log)
    }
}

/// Plain HTTP/1.1 over a loopback socket, for tests that must hold a stream open.
enum LoopbackHTTP {
    enum Failure: Error { case connect }

    static func open(port: Int, request: String) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        // Bounded, and long enough for a server under ThreadSanitizer on a loaded machine: a join
        // that took longer than five seconds there once read as no answer, and the test killed
        // the server before the game it was opening had been saved.
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socket); throw Failure.connect }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        return socket
    }

    /// Reads until `marker` is seen, the peer closes, or thirty seconds pass without data.
    static func read(_ socket: Int32, until marker: String?) -> String {
        var text = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        for _ in 0..<100 {
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            text += String(decoding: buffer[..<count], as: UTF8.self)
            if let marker, text.contains(marker) { break }
        }
        return text
    }

    /// POSTs JSON (the connection closed after the answer); returns the answer's JSON and the
    /// cookie it set, or the one sent.
    static func post(port: Int, path: String, json: [String: String], cookie: String? = nil) throws -> ([String: Any], String?) {
        let body = String(decoding: try JSONSerialization.data(withJSONObject: json), as: UTF8.self)
        let answer = try exchange(port: port, request: "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + (cookie.map { "Cookie: \($0)\r\n" } ?? "") + "Content-Length: \(body.utf8.count)\r\nConnection: close\r\n\r\n" + body)
        let set = answer.firstMatch(of: /(?i)set-cookie: ([^;\r\n]+)/).map { String($0.1) }
        let payload = answer.range(of: "\r\n\r\n").map { String(answer[$0.upperBound...]) } ?? ""
        let object = (try? JSONSerialization.jsonObject(with: Data(payload.utf8))) as? [String: Any] ?? [:]
        return (object, set ?? cookie)
    }

    static func exchange(port: Int, request: String) throws -> String {
        let socket = try open(port: port, request: request)
        defer { close(socket) }
        return read(socket, until: nil)
    }
}

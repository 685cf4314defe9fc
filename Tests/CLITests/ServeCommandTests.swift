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
}

extension ServeCommandTests {
    /// Starts `serve` on a free port and waits (bounded) until it says it is ready.
    static func startServer(saves: String, extra: [String] = []) throws -> (Process, String, String) {
        let log = saves + "/serve.log"
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
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(socket); throw Failure.connect }
        let bytes = Array(request.utf8)
        _ = bytes.withUnsafeBytes { send(socket, $0.baseAddress, $0.count, 0) }
        return socket
    }

    /// Reads until `marker` is seen, the peer closes, or five seconds pass without data.
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

    static func exchange(port: Int, request: String) throws -> String {
        let socket = try open(port: port, request: request)
        defer { close(socket) }
        return read(socket, until: nil)
    }
}

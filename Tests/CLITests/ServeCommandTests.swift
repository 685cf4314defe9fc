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
        let log = saves + "/serve.log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let output = try #require(FileHandle(forWritingAtPath: log))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["serve", "--port", "0", "--saves", saves]
        process.standardOutput = output
        process.standardError = output
        try process.run()
        var text = ""
        for _ in 0..<300 where !text.contains("Press Ctrl-C") {
            Thread.sleep(forTimeInterval: 0.05)
            text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        }
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
}

import Foundation
import Testing
import TestSupport

/// A game told to stop (kill, a closed terminal, Ctrl-\) saves, restores the terminal and exits,
/// and never hangs.
@Suite struct SignalTests {
    /// Starts a game with its input kept open, plays a move, waits until it is saved, sends the
    /// signal and returns the exit status, the error output and the seconds it took to exit.
    func play(thenSend signal: Int32) throws -> (status: Int32, reason: Process.TerminationReason, errors: String, seconds: Double, saves: String) {
        let saves = CLIRunner.temporaryFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
        process.arguments = ["play", "--player", "Sig", "--saves", saves]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data("wear radio\n".utf8))
        let autosave = saves + "/sig/elbe/autosave.save"
        for _ in 0..<400 {
            if let text = try? String(contentsOfFile: autosave, encoding: .utf8), text.contains("\"wear radio\"") { break }
            usleep(25_000)
        }
        let start = Date()
        kill(process.processIdentifier, signal)
        for _ in 0..<200 where process.isRunning { usleep(25_000) }
        let seconds = Date().timeIntervalSince(start)
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        return (process.terminationStatus, process.terminationReason, text, seconds, saves)
    }

    @Test("SIGTERM, SIGHUP and SIGQUIT end the game cleanly with the game saved", arguments: [SIGTERM, SIGHUP, SIGQUIT])
    func endsCleanly(signal: Int32) throws {
        let result = try play(thenSend: signal)
        #expect(result.seconds < 4, "the game exits at once instead of hanging")
        #expect(result.reason == .exit && result.status == 128 + signal, "a clean exit, not a crash")
        #expect(result.errors.contains("Your game is saved"), "\(result.errors)")
        #expect(!result.errors.contains("crashed"), "no crash report")
        let listing = try CLIRunner.run(["saves", "--player", "Sig", "--saves", result.saves])
        #expect(listing.output.contains("autosave: Trebsen, on the Mulde, 0 of 42 facts, 1 turn"), "\(listing.output)")
    }
}

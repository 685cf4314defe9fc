import Foundation
import Testing

/// The seeded random player (Benchmarks/LongPlay) on the Elbe story: its own words and junk,
/// `undo` and save-and-restore round trips mixed in. `swift test` plays 3,000 commands; the full
/// 100,000 run is `Benchmarks/long-play.sh`, with its result in docs/robustness.md.
@Suite struct LongPlayTests {
    static var helper: String { SaveTestSupport.productsDirectory + "/LongPlay" }
    static let story = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path + "/Stories/elbe.story"

    func play(_ count: Int, seed: Int) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.helper)
        process.arguments = [Self.story, "\(count)", "\(seed)"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "the long play ended in a crash or a failed round trip")
        return Dictionary(text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ", maxSplits: 1).map(String.init)
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Memory is measured by the full run (docs/robustness.md), not here: a sanitizer or a
    /// debugger changes it.
    @Test func thousandsOfRandomCommandsNeverCrashAndTheSameSeedGivesTheSameGame() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.helper))
        let first = try play(3_000, seed: 2026)
        let second = try play(3_000, seed: 2026)
        #expect(first["final-state"] != nil)
        #expect(first["final-state"] == second["final-state"], "the same seed gives the same final state")
        let other = try play(3_000, seed: 7)
        #expect(other["final-state"] != first["final-state"], "another seed plays another game")
    }
}

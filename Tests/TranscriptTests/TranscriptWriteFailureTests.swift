import AdventureEngine
import OutputRendering
import Foundation
@testable import GameSession
import Testing
import TestSupport

/// A transcript the system will not write (a full disk: `/dev/full`) is refused with a message,
/// and the game goes on: Foundation's older `FileHandle.write(_:)` ended the whole process,
/// and in the classroom server every student's game with it.
@Suite struct TranscriptWriteFailureTests {
    /// Keeps what the session shows, as text.
    struct Host: SessionHost {
        var shown: [String] = []
        mutating func show(_ turn: Turn) { shown.append(TurnRenderer(width: 200, style: .plain).render(turn)) }
        mutating func write(_ text: String) {}
        mutating func confirm(_ question: String) -> Bool { false }
        mutating func pauseAfterIntroduction() -> Bool { true }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aTranscriptOnAFullDiskIsRefusedAndTheGameGoesOn() throws {
        let story = try #require(TinyStory.compile("scene hall \"Hall\"\n  A bare hall.\n").story)
        let session = GameSession(story: story)
        session.transcriptPath = "/dev/full"
        var host = Host()
        _ = session.perform("transcript on", &host)
        #expect(host.shown.last?.contains("Cannot write the transcript to /dev/full") == true)
        _ = session.perform("look", &host)
        #expect(host.shown.last?.contains("A bare hall.") == true)
        // Nothing is being written: `transcript` alone tries again, and is refused again.
        _ = session.perform("transcript", &host)
        #expect(host.shown.last?.contains("Cannot write the transcript to /dev/full") == true)
        _ = session.perform("transcript off", &host)
        #expect(host.shown.last?.contains("No transcript is being written") == true)
    }
}

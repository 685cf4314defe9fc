import Foundation
import Testing
import TestSupport

/// Golden transcripts pin down gameplay: each is played straight through, and again with the game
/// saved to JSON and reloaded after every turn; both must give the recorded text.
@Suite struct TranscriptTests {
    static let directory = Fixtures.directory(of: #filePath) + "/Transcripts"

    static var transcripts: [String] {
        Fixtures.files(in: directory, withExtension: "transcript")
    }

    @Test("transcripts play as recorded", arguments: transcripts)
    func playsAsRecorded(name: String) throws {
        let path = Self.directory + "/" + name
        let transcript = try #require(Transcript(contentsOf: path))
        let actual = try transcript.play(storyDirectory: Self.directory, roundTrip: false)
        let mismatch = Golden.compare(actual, toFileAt: path)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("transcripts play the same when the game is saved and reloaded after every turn", arguments: transcripts)
    func survivesRoundTrips(name: String) throws {
        let transcript = try #require(Transcript(contentsOf: Self.directory + "/" + name))
        let straight = try transcript.play(storyDirectory: Self.directory, roundTrip: false)
        let reloaded = try transcript.play(storyDirectory: Self.directory, roundTrip: true)
        #expect(straight == reloaded, "\(LineDiff.describe(expected: straight, actual: reloaded))")
    }
}

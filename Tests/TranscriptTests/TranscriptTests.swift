import Foundation
import Testing
import TestSupport

/// Golden transcripts pin down gameplay: each is played straight through, and again with the game
/// saved to JSON and reloaded after every turn; both must give the recorded text.
@Suite struct TranscriptTests {
    static let root = Fixtures.directory(of: #filePath)

    /// Every transcript, as a path relative to this folder: engine tests and the Elbe walkthroughs.
    static var transcripts: [String] {
        ["Transcripts", "Walkthroughs"].flatMap { folder in
            Fixtures.files(in: root + "/" + folder, withExtension: "transcript").map { folder + "/" + $0 }
        }
    }

    @Test("transcripts play as recorded", arguments: transcripts)
    func playsAsRecorded(name: String) throws {
        let path = Self.root + "/" + name
        let transcript = try #require(Transcript(contentsOf: path))
        let actual = try transcript.play(storyDirectory: (path as NSString).deletingLastPathComponent, roundTrip: false)
        let mismatch = Golden.compare(actual, toFileAt: path)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("transcripts play the same when the game is saved and reloaded after every turn", arguments: transcripts)
    func survivesRoundTrips(name: String) throws {
        let path = Self.root + "/" + name
        let transcript = try #require(Transcript(contentsOf: path))
        let folder = (path as NSString).deletingLastPathComponent
        let straight = try transcript.play(storyDirectory: folder, roundTrip: false)
        let reloaded = try transcript.play(storyDirectory: folder, roundTrip: true)
        #expect(straight == reloaded, "\(LineDiff.describe(expected: straight, actual: reloaded))")
    }
}

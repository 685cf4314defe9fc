@testable import GameSession
import Testing

/// `transcript on|off` is told from every other command by its first letters, before any
/// lowercased copy of the line is made.
@Suite struct TranscriptCommandTests {
    @Test func onlyLinesStartingWithTranscriptAreLookedAtAgain() {
        #expect(GameSession.mayStartWithTranscript("transcript on"))
        #expect(GameSession.mayStartWithTranscript("  TRANSCRIPT off"))
        #expect(GameSession.mayStartWithTranscript("Trans"))
        #expect(GameSession.mayStartWithTranscript("tränscript"))
        #expect(!GameSession.mayStartWithTranscript("take lamp"))
        #expect(!GameSession.mayStartWithTranscript("transcribe it"))
        #expect(!GameSession.mayStartWithTranscript("x transcript"))
        // Inform's forms (the seventy-first blind player's `script off`).
        #expect(GameSession.mayStartWithTranscript("script off"))
        #expect(GameSession.mayStartWithTranscript("UNSCRIPT"))
        #expect(GameSession.mayStartWithTranscript("noscript"))
        #expect(!GameSession.mayStartWithTranscript("scrub the deck"))
    }
}

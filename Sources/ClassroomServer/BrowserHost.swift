import AdventureEngine
import GameSession

/// The `SessionHost` of a browser: collects what the game says as HTML for one response.
///
/// A browser cannot be asked and made to wait in the middle of a request, so questions the
/// terminal asks are answered yes: a returning student continues where they left off (nothing is
/// lost: a restart keeps the old game as a save), and the opening is shown at once.
struct BrowserHost: SessionHost {
    private(set) var blocks: [String] = []

    mutating func show(_ turn: Turn) {
        let html = OutputHTML.render(turn)
        if !html.isEmpty { blocks.append(html) }
    }

    mutating func write(_ text: String) {}

    mutating func confirm(_ question: String) -> Bool { true }

    mutating func pauseAfterIntroduction() -> Bool { true }

    var html: String { blocks.joined(separator: "\n") }
}

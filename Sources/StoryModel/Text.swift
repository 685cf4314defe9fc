/// Prose with optional conditional parts, as an author wrote it.
///
/// Paragraphs are kept apart; inside a paragraph, `{if …}…{else}…{end}` becomes
/// a `.conditional` part that the engine resolves against the game state.
public struct Text: Hashable, Sendable, Codable {
    /// The paragraphs, in order.
    public var paragraphs: [[TextPart]]

    public init(paragraphs: [[TextPart]] = []) {
        self.paragraphs = paragraphs
    }

    /// Plain text with no conditions, one paragraph.
    public init(plain: String) {
        self.paragraphs = plain.isEmpty ? [] : [[.literal(plain)]]
    }

    /// True when there is no paragraph at all.
    public var isEmpty: Bool { paragraphs.isEmpty }
}

/// One piece of a paragraph.
public indirect enum TextPart: Hashable, Sendable, Codable {
    case literal(String)
    case conditional(Condition, then: [TextPart], otherwise: [TextPart])
}

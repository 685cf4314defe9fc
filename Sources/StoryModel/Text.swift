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

    /// The literal pieces of every paragraph, in every branch of every condition, in the order
    /// written (a condition's `then` part before its `otherwise` part).
    ///
    /// For tools that read what a text may say, whatever the game state:
    ///
    ///     "The gate{if open} stands open{else} is shut{end}." → ["The gate", " stands open", " is shut", "."]
    public var literals: [String] {
        var found: [String] = []
        func collect(_ parts: [TextPart]) {
            for part in parts {
                switch part {
                case .literal(let literal): found.append(literal)
                case .conditional(_, let then, let otherwise): collect(then); collect(otherwise)
                }
            }
        }
        paragraphs.forEach(collect)
        return found
    }
}

/// One piece of a paragraph.
///
/// Only the conditional case is boxed: a literal is held in place, so the many texts that are one
/// literal need no box each (docs/performance.md, "Compile, eighteenth round").
public enum TextPart: Hashable, Sendable, Codable {
    case literal(String)
    indirect case conditional(Condition, then: [TextPart], otherwise: [TextPart])
}

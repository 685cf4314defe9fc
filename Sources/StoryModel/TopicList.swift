/// A thing's topics (`Thing.topics`): held, or read from a compiled form the first time they are
/// asked for.
///
/// Reading the bundled Elbe story's topics (their phrases and responses) was a quarter of the
/// instructions to the first prompt, and nothing before the first `ask` reads them
/// (docs/performance.md, "Start-up, twentieth round"). A compiled form writes each person's topics
/// in a section of their own, which the reader skips and hands here as `later`; a story compiled
/// from its source holds its topics as before. Either way a thing compares, hashes and encodes
/// by its topics themselves, so a thing read from a form equals the thing compiled from its source.
///
///     var topicStorage: TopicList                  // in `Thing`, behind `topics`
///     thing.topicList = TopicList(later: read)     // as the compact reader sets them
///
/// (Once `Thing`'s property wrapper; a wrapper's getter cannot be inlined into another module, so
/// reading a thing's topics in an array copied the whole thing: docs/performance.md, "Compile,
/// twenty-first round".)
@propertyWrapper
public struct TopicList: Hashable, Sendable, Codable {
    @usableFromInline
    enum Storage: Sendable {
        case held([Topic])
        case later(MadeOnce<[Topic]>)
    }

    @usableFromInline
    var storage: Storage

    public init(wrappedValue: [Topic]) {
        storage = .held(wrappedValue)
    }

    /// Topics that `read` makes when they are first asked for (under `MadeOnce`'s lock: a story
    /// is shared by the classroom server's games).
    public init(later read: @escaping @Sendable () -> [Topic]) {
        storage = .later(MadeOnce(read))
    }

    @inlinable
    public var wrappedValue: [Topic] {
        get {
            switch storage {
            case .held(let topics): return topics
            case .later(let made): return made.value
            }
        }
        set { storage = .held(newValue) }
    }

    /// True while the topics have not been read (for the tests that start-up does not read them).
    public var isWaiting: Bool {
        if case .later(let made) = storage { return !made.isMade }
        return false
    }

    public static func == (lhs: TopicList, rhs: TopicList) -> Bool {
        lhs.wrappedValue == rhs.wrappedValue
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(wrappedValue)
    }

    public init(from decoder: Decoder) throws {
        storage = .held(try decoder.singleValueContainer().decode([Topic].self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}

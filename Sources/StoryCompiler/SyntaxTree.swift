import StoryModel

/// A story as written, before names are resolved. The resolver turns it into a `Story`.
struct SyntaxTree: Sendable {
    var headers: [HeaderSyntax] = []
    var scenes: [SceneSyntax] = []
    var things: [ThingSyntax] = []
    var facts: [FactSyntax] = []
    var endings: [EndingSyntax] = []
    var actions: [ActionSyntax] = []
    var flags: [Name] = []
    var counters: [(name: Name, initial: Int)] = []
    var includes: [(path: String, range: SourceRange)] = []
    /// True when a `scene` line was written, even one too broken to parse.
    var mentionsScenes = false
    /// `understand hang as put`, `maximum score 2`: see `WorldSyntax.swift`.
    var world = StoryWorldSyntax()
    /// Lines read as text though they start like an effect (`set bored`).
    var textLikeEffects: [TextReadLikeEffect] = []

    mutating func append(_ other: SyntaxTree) {
        let sceneOffset = scenes.count
        Self.join(&headers, other.headers)
        Self.join(&scenes, other.scenes)
        // The first file's things and actions keep their scene numbers: taken as they are.
        if sceneOffset == 0 {
            Self.join(&things, other.things)
            Self.join(&actions, other.actions)
        } else {
            things += other.things.map { var t = $0; t.scene = t.scene.map { $0 + sceneOffset }; return t }
            actions += other.actions.map { var a = $0; a.scene = a.scene.map { $0 + sceneOffset }; return a }
        }
        Self.join(&facts, other.facts)
        Self.join(&endings, other.endings)
        Self.join(&flags, other.flags)
        Self.join(&counters, other.counters)
        world.append(other.world)
        Self.join(&textLikeEffects, other.textLikeEffects)
        mentionsScenes = mentionsScenes || other.mentionsScenes
    }

    /// `mine += theirs`, taking `theirs` whole when `mine` is empty (the main file's tree, read
    /// into an empty one): appending copied every scene and thing (docs/performance.md,
    /// "Compile, seventeenth round").
    private static func join<Element>(_ mine: inout [Element], _ theirs: [Element]) {
        if mine.isEmpty { mine = theirs } else { mine += theirs }
    }
}

/// An id as written, lowercased, with where it was written.
struct Name: Sendable, Hashable {
    let text: String
    let range: SourceRange
}

typealias SyntaxText = [[SyntaxTextPart]]

/// Only the conditional case is boxed: a literal is held in place (docs/performance.md, "Compile, eighteenth round").
enum SyntaxTextPart: Sendable {
    case literal(String)
    indirect case conditional(SyntaxCondition, then: [SyntaxTextPart], otherwise: [SyntaxTextPart])
}

indirect enum SyntaxCondition: Sendable {
    case holding(Name)
    case wearing(Name)
    case visited(Name)
    case isIn(Name)
    case knows(Name)
    case flag(Name)
    case compare(Name, Comparison, Int)
    case thingAt(Name, PlaceSyntax)
    case talkingTo(Name)
    case not(SyntaxCondition)
    case and(SyntaxCondition, SyntaxCondition)
    case or(SyntaxCondition, SyntaxCondition)
}

enum PlaceSyntax: Sendable {
    case scene(Name)
    case here, carried, nowhere
}

indirect enum SyntaxEffect: Sendable {
    case say(SyntaxText)
    case setFlag(Name)
    case clearFlag(Name)
    case setCounter(Name, Int)
    case addToCounter(Name, Int)
    case give(Name)
    case move(Name, to: Name)
    case moveHere(Name)
    case remove(Name)
    case unlockFact(Name)
    case goTo(Name)
    case end(Name)
    case branch(SyntaxCondition, then: [SyntaxEffect], otherwise: [SyntaxEffect])
    /// `award N points`.
    case award(Int)
    /// `continue`: the built-in verb goes on.
    case continueBuiltIn
    /// `one of`: one list of effects, chosen at random.
    case oneOf([[SyntaxEffect]])

    /// This effect and every effect nested in its branches.
    var flattened: [SyntaxEffect] {
        if case .branch(_, let then, let otherwise) = self {
            return [self] + then.flatMap(\.flattened) + otherwise.flatMap(\.flattened)
        }
        if case .oneOf(let choices) = self { return [self] + choices.joined().flatMap(\.flattened) }
        return [self]
    }
}

struct GuardSyntax: Sendable {
    var condition: SyntaxCondition
    var refusal: SyntaxText?
}

struct ResponseSyntax: Sendable {
    var guardClause: GuardSyntax?
    var effects: [SyntaxEffect] = []
}

struct HeaderSyntax: Sendable {
    var title: String
    var id: Name?
    var author: String?
    var version: String?
    var start: Name?
    var introduction: SyntaxText = []
    var credits: SyntaxText = []
    var range: SourceRange
}

struct SceneSyntax: Sendable {
    var id: Name
    var title: String
    var when: String?
    var place: String?
    var description: SyntaxText = []
    var firstVisit: SyntaxText = []
    var revisit: SyntaxText = []
    var facts: [Name] = []
    var exits: [ExitSyntax] = []
    var hints: [(guardClause: SyntaxCondition?, text: SyntaxText)] = []
    var world = SceneWorldSyntax()
}

struct ExitSyntax: Sendable {
    enum Way: Sendable {
        case direction(Direction)
        case named([[String]], label: String)
    }
    var way: Way
    var target: Name
    var summary: String?
    var guardClause: GuardSyntax?
    var travel: [SyntaxEffect] = []
    var range: SourceRange
}

struct ThingSyntax: Sendable {
    enum Start: Sendable {
        case unspecified, carried, nowhere, worn
        /// `starts in X` or `starts on X`: a scene, or a container or supporter.
        case scene(Name)
    }
    var id: Name
    var name: String
    var isPerson: Bool
    /// The index in `SyntaxTree.scenes` of the scene it is written in.
    var scene: Int?
    var nouns: [String] = []
    var adjectives: [String] = []
    var description: SyntaxText = []
    var hereText: SyntaxText?
    var readText: SyntaxText?
    var isFixed = false
    var isWearable = false
    var start: Start = .unspecified
    var talk: ResponseSyntax?
    var topics: [(phrases: [[String]], response: ResponseSyntax)] = []
    var world = ThingWorldSyntax()
    /// `called "the woman" until CONDITION`.
    var stranger: (name: String, until: SyntaxCondition)?
}

struct FactSyntax: Sendable {
    var id: Name
    var title: String
    var date: String?
    var place: String?
    var source: String?
    var summary: String?
    var confidence: FactConfidence?
    var confidenceNote: String?
    var text: SyntaxText = []
}

struct EndingSyntax: Sendable {
    var id: Name
    var title: String
    var isSuccess: Bool
    var text: SyntaxText = []
}

enum PatternElementSyntax: Sendable {
    case word(String)
    case slot(Name)
}

struct ActionSyntax: Sendable {
    /// The ways of saying it; one empty pattern is `on any other command`.
    var patterns: [[PatternElementSyntax]]
    var scene: Int?
    var response: ResponseSyntax
    var range: SourceRange
}

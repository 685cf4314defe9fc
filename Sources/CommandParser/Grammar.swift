import StoryModel

/// The verbs every story understands without the author writing them.
public enum BuiltInVerb: String, Sendable, Hashable, Codable, CaseIterable {
    case look, examine, read, take, drop, wear, takeOff, inventory, wait, talk, ask, give, show, use, useOn
    case go, goTo, back, again, undo, oops, journal, hint, help, score, restart, quit, save, restore, saves, credits
    // The standard verbs of the world model and their default replies (Grammar+StandardVerbs.swift).
    case examineSelf, open, close, lock, unlock, putIn, putOn, takeFrom, lookIn, lookUnder, search
    case push, pull, turn, switchOn, switchOff, eat, drink, smell, listen, touch, jump, sing, sleep, pray, kiss
    case attack, buy, climb, sit, stand, yes, no, sorry, think, exits, verbose, brief, superbrief, fullScore, version, notify
    // Orders to people and verbs with an implied person (CommandParser+Orders.swift, +ImpliedPerson.swift).
    case order, shake, hug, salute, wave, thank, play, paint, refuse, bail, lookFor, assist, insult
    case smoke, celebrate, dance, write, honk, drive
    // Questions answered from memory and more verbs (CommandParser+FreeQuestions.swift, Grammar+MoreVerbs.swift).
    case whereIs, recall, borrow, photograph
    // Comparing, swimming, following (Grammar+CompareSwimFollow.swift).
    case compare, swim, follow, accompany
    // Gestures, which take no turn (Grammar+Gestures.swift).
    case gesture
    // `what year is it`: the scene's date line (CommandParser+TopicQuestions.swift).
    case date
    // A sentence said to the person in conversation (CommandParser+Statements.swift).
    case statement
    // `whos here`: the people here (CommandParser+Addressing.swift).
    case whoIsHere

    /// True for commands about the game rather than actions in the story (they take no turn).
    public var isMeta: Bool {
        switch self {
        case .again, .undo, .oops, .journal, .hint, .help, .score, .restart, .quit, .save, .restore, .saves, .credits,
             .inventory, .look, .exits, .verbose, .brief, .superbrief, .fullScore, .version, .notify, .whereIs, .recall, .date, .whoIsHere:
            true
        default:
            false
        }
    }
}

/// One element of a grammar line.
enum Piece: Hashable {
    /// A literal word.
    case word(String)
    /// One noun phrase of the given kind.
    case noun(NounKind)
    /// One or more noun phrases (`all`, `flare and orders`).
    case nouns
    /// The words of a conversation topic.
    case topic
    /// Any words, possibly none (`save NAME`).
    case text
    /// A direction word.
    case direction
    /// Words naming a nearby scene (`go to strehla`).
    case place

    /// True for pieces that stand for words the player chooses.
    var isSlot: Bool {
        if case .word = self { return false }
        return self != .text
    }
}

/// What a noun slot accepts.
public enum NounKind: Hashable, Sendable {
    case anything, person, thing
}

/// A built-in way of saying something.
struct GrammarLine {
    let pieces: [Piece]
    let verb: BuiltInVerb
    /// True when the nouns come in the other order (`give gordeyev the flare`).
    let swapped: Bool
    /// For ways of saying `in` and `out` ("enter", "go inside", "get out"): the direction meant.
    var direction: Direction? = nil
    /// The bits of the line's own words after the first (`WordBits`): a command without all of
    /// them is not read. The first is the word the line is found by (`Grammar.byFirstWord`), or a slot.
    let requiredWords: UInt64

    init(pieces: [Piece], verb: BuiltInVerb, swapped: Bool, direction: Direction? = nil) {
        self.pieces = pieces
        self.verb = verb
        self.swapped = swapped
        self.direction = direction
        requiredWords = WordBits.required(afterFirstOf: pieces)
    }
}

/// The built-in grammar: ways of saying each built-in verb, tried in order.
public enum Grammar {
    // Ways of saying the built-in verbs; `{…}` marks a slot. Made into one array grown in place:
    // joined with `+`, each part was copied again with every part after it (docs/performance.md,
    // "Start-up, twenty-second round").
    static let lines: [GrammarLine] = {
        var lines: [GrammarLine] = []
        lines.reserveCapacity(1_400)
        appendLines(coreLines, to: &lines)
        appendLines(standardLines, to: &lines)
        appendLines(moreLines, to: &lines)
        appendLines(compareSwimFollowLines, to: &lines)
        appendLines(gestureLines, to: &lines)
        for (spec, direction) in [
            ("enter|inside|go inside|get in|go in|enter {text}|get in {text}|go into {text}|go in {text}|go inside {text}|walk into {text}|walk in {text}|climb in {text}|get into {text}|board|board {text}|embark|embark on {text}", Direction.in),
            ("outside|go outside|get out|leave|go out|exit|get out of {text}|leave {text}|exit {text}", Direction.out),
        ] {
            for way in ways(spec) { lines.append(GrammarLine(pieces: way, verb: .go, swapped: false, direction: direction)) }
        }
        lines.append(GrammarLine(pieces: pieces("give {person} {thing}"), verb: .give, swapped: true))
        lines.append(GrammarLine(pieces: pieces("show {person} {thing}"), verb: .show, swapped: true))
        // `offer the soldier a cigarette`, `hand the corporal the water` (the twenty-first blind run).
        lines.append(GrammarLine(pieces: pieces("offer {person} {thing}"), verb: .give, swapped: true))
        lines.append(GrammarLine(pieces: pieces("hand {person} {thing}"), verb: .give, swapped: true))
        return lines
    }()

    /// The first ways of saying the built-in verbs, tried before the rest.
    private static let coreLines: [(String, BuiltInVerb)] = [
        ("look|l|look around", .look), ("look at {any}|l at {any}|examine {any}|x {any}|inspect {any}|check {any}|describe {any}|look {any}|look across {any}|look over {any}|look towards {any}|look toward {any}|look out at {any}|watch {any}|study {any}|read about {any}", .examine),
        ("read {any}", .read),
        ("take {things}|get {things}|pick up {things}|pick {things} up|grab {things}|collect {things}|steal {things}", .take),
        ("take off {thing}|take {thing} off|remove {thing}|doff {thing}", .takeOff),
        ("drop {things}|put down {things}|put {things} down|discard {things}", .drop),
        // `pin the red star on my jacket` (a blind student, session 34: "Sergeant Brennan nods as you say so.").
        ("wear {thing}|put on {thing}|put {thing} on|don {thing}|pin {thing}|pin on {thing}|pin {thing} on {text}|pin {thing} to {text}|fasten {thing} on {text}|fasten {thing} to {text}", .wear),
        ("inventory|i|inv|inventory tall|i tall|inv tall|inventory wide|i wide|inv wide", .inventory), ("wait|z|wait {text}|z {text}", .wait),
        ("talk to {person}|talk with {person}|speak to {person}|speak with {person}|talk {person}|greet {person}|hello {person}|say hello to {person}|hello|hi|say hello|say hi|greet", .talk),
        ("ask {person} about {topic}|tell {person} about {topic}|question {person} about {topic}|ask about {topic}|talk to {person} about {topic}", .ask),
        ("give {thing} to {person}|offer {thing} to {person}|hand {thing} to {person}", .give),
        ("show {thing} to {person}", .show),
        ("use {thing} on {any}|use {thing} with {any}", .useOn), ("use {thing}", .use),
        ("go to {place}|walk to {place}|head to {place}|drive to {place}|run to {place}", .goTo),
        ("go {direction}|walk {direction}|run {direction}|head {direction}|drive {direction}|{direction}", .go),
        ("back|go back|return|walk back|head back|drive back|go back to {text}|go back {text}|head back {text}|return to {text}", .back), ("again|g", .again), ("undo", .undo), ("oops {text}|o {text}", .oops),
        ("journal|facts|notes|j|journal {text}|fact {text}|read fact {text}|read journal|read my journal|read notes|read my notes|check my journal|open my journal|check journal|open journal|look at journal|consult journal", .journal),
        // `skip` (the forty-fourth blind run had "You jump on the spot"): the way on is the hint's.
        ("hint|hints|skip|skip ahead|skip forward|skip this|skip it|skip scene|skip this scene|skip this part|skip to end|skip to the end", .hint), ("help {person}|assist {person}", .assist), ("help|commands|h|help {text}", .help),
        ("score|progress", .score), ("restart", .restart), ("quit|q", .quit),
        ("saves|list saves", .saves), ("save {text}", .save), ("restore {text}|load {text}", .restore), ("credits|about", .credits),
    ]

    /// One grammar line for each way (`|`) of saying each verb, appended to `lines`.
    static func appendLines(_ specs: [(String, BuiltInVerb)], to lines: inout [GrammarLine]) {
        for (spec, verb) in specs {
            for way in ways(spec) { lines.append(GrammarLine(pieces: way, verb: verb, swapped: false)) }
        }
    }

    /// Every literal word of the grammar.
    static let words: WordSet = WordSet(Set(lines.flatMap { $0.pieces.compactMap { if case .word(let w) = $0 { w } else { nil } } }))

    /// The grammar lines by first word; lines that start with a slot are under "".
    static let byFirstWord = WordTable<[GrammarLine]>(grouping: lines) { line in
        if case .word(let word)? = line.pieces.first { return word }
        return ""
    }

    /// True when some grammar line starts with the word (`byFirstWord` has lines for it): every
    /// such word is one of `words`, which every vocabulary knows.
    static func startsLines(_ word: String) -> Bool {
        !word.isEmpty && byFirstWord.contains(word)
    }

    /// The ways of saying a verb in a spec (`"take {things}|get {things}"`), each as its pieces.
    /// The specs are read from their bytes in one pass (splitting them as Characters was a sixth
    /// of the game's start-up; through the standard library's generic `split` on bytes, still half
    /// of what building the grammar cost on the first command).
    static func ways(_ spec: String) -> [[Piece]] {
        var spec = spec
        return spec.withUTF8 { bytes in
            var result: [[Piece]] = []
            result.reserveCapacity(count(of: UInt8(ascii: "|"), in: bytes) + 1)
            forEachPart(of: bytes, separatedBy: UInt8(ascii: "|")) { result.append(pieces($0)) }
            return result
        }
    }

    static func pieces(_ spec: String) -> [Piece] {
        var spec = spec
        return spec.withUTF8 { pieces($0) }
    }

    /// The pieces of one way of saying a verb, split at spaces (empty parts skipped).
    private static func pieces(_ bytes: UnsafeBufferPointer<UInt8>) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(count(of: UInt8(ascii: " "), in: bytes) + 1)
        forEachPart(of: bytes, separatedBy: UInt8(ascii: " ")) { result.append(piece($0)) }
        return result
    }

    private static func piece(_ bytes: UnsafeBufferPointer<UInt8>) -> Piece {
        // A word (every one of them is short ASCII) made in place (`SmallASCII`).
        let word = SmallASCII.string(bytes) ?? String(decoding: bytes, as: UTF8.self)
        guard bytes.first == UInt8(ascii: "{") else { return .word(word) }
        return switch word {
        case "{any}": .noun(.anything)
        case "{person}": .noun(.person)
        case "{thing}": .noun(.thing)
        case "{things}": .nouns
        case "{topic}": .topic
        case "{text}": .text
        case "{direction}": .direction
        case "{place}": .place
        default: .word(word)
        }
    }

    /// Calls `body` with each non-empty run of `bytes` between `separator`s, in order.
    private static func forEachPart(of bytes: UnsafeBufferPointer<UInt8>, separatedBy separator: UInt8,
                                    _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == separator {
            if index > start { body(UnsafeBufferPointer(rebasing: bytes[start..<index])) }
            start = index + 1
        }
    }

    private static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for each in bytes where each == byte { count += 1 }
        return count
    }

    /// The question asked when a verb is typed without its noun ("What do you want to take?").
    public static func question(for verb: BuiltInVerb, firstNoun: String? = nil) -> String {
        switch verb {
        case .examine: "What do you want to examine?"
        case .read: "What do you want to read?"
        case .take: "What do you want to take?"
        case .takeOff: "What do you want to take off?"
        case .drop: "What do you want to drop?"
        case .wear: "What do you want to wear?"
        case .talk: "Whom do you want to talk to?"
        case .ask: firstNoun.map { "What do you want to ask \($0) about?" } ?? "Who do you want to ask?"
        case .give: firstNoun.map { "Who do you want to give \($0) to?" } ?? "What do you want to give?"
        case .show: firstNoun.map { "Who do you want to show \($0) to?" } ?? "What do you want to show?"
        case .use, .useOn: firstNoun.map { "What do you want to use \($0) on?" } ?? "What do you want to use?"
        case .go, .goTo: "Where do you want to go?"
        case .oops: "Which word did you mean? Type oops and the word."
        case .putIn, .putOn: firstNoun.map { "Where do you want to put \($0)?" } ?? "What do you want to put?"
        case .lock, .unlock: firstNoun.map { "What do you want to \(verb.rawValue) \($0) with?" } ?? "What do you want to \(verb.rawValue)?"
        case .takeFrom: firstNoun.map { "What do you want to take \($0) from?" } ?? "What do you want to take?"
        case .shake: "Whose hand do you want to shake?"
        case .hug, .salute, .thank: "Whom do you want to \(verb.rawValue)?"
        case .wave: "Whom do you want to wave to?"
        case .lookFor: "What do you want to look for?"
        default: "What do you want to \(spoken(verb))?"
        }
    }
}

import CommandParser
import StoryModel

/// Visits every guard and every effect of a story, so each analysis asks the same question of
/// the same places (exits, actions, conversations, and the branches inside their bodies).
struct StoryWalk {
    let story: Story

    /// Every condition that decides what can happen (guards and `if` branches), not the `{if}`
    /// of text, which only changes wording.
    func guards() -> [Condition] {
        var out: [Condition] = []
        forEachResponse { response in
            out.append(response.guardCondition)
            Self.appendBranchConditions(response.effects, to: &out)
        }
        for index in story.scenes.indices {
            // Exits by index, their fields one at a time: `for exit in` copied every exit whole
            // (docs/performance.md, "Compile, eighteenth round").
            let exits = story.scenes[index].exits
            for exit in exits.indices {
                out.append(exits[exit].guardCondition)
                Self.appendBranchConditions(exits[exit].travel, to: &out)
            }
        }
        return out
    }

    /// Every effect anywhere, branches flattened.
    func effects() -> [Effect] {
        var out: [Effect] = []
        forEachResponse { Self.appendFlattened($0.effects, to: &out) }
        for index in story.scenes.indices {
            let exits = story.scenes[index].exits
            for exit in exits.indices { Self.appendFlattened(exits[exit].travel, to: &out) }
        }
        return out
    }

    /// The bodies of actions, talks and topics.
    func responses() -> [Response] {
        var out: [Response] = []
        forEachResponse { out.append($0) }
        return out
    }

    /// Calls `body` with the bodies of actions, timed events, talks and topics, in the order of
    /// `responses()`, without gathering them into an array (docs/performance.md, "Compile,
    /// sixteenth round").
    func forEachResponse(_ body: (Response) -> Void) {
        // Scenes and things reached by index, their fields one at a time: `for scene in` copies
        // every scene or thing whole, about 400 instructions of reference counting each
        // (docs/performance.md, "Compile, sixth round").
        for action in story.actions { body(action.response) }
        for index in story.scenes.indices {
            for event in story.scenes[index].world.timedEvents { body(event.response) }
        }
        for index in story.things.indices {
            if let talk = story.things[index].talk { body(talk) }
            for topic in story.things[index].topics { body(topic.response) }
        }
    }

    /// Appends the effects with every effect nested in their branches, in the order of
    /// `flatMap(\.flattened)`, without an array for each effect.
    static func appendFlattened(_ effects: [Effect], to out: inout [Effect]) {
        for effect in effects {
            out.append(effect)
            switch effect {
            case .branch(_, let then, let otherwise):
                appendFlattened(then, to: &out)
                appendFlattened(otherwise, to: &out)
            case .oneOf(let choices):
                for choice in choices { appendFlattened(choice, to: &out) }
            default: break
            }
        }
    }

    /// Appends the condition of every branch among the effects and those nested in them, in the
    /// order of `flatMap(\.flattened)`.
    static func appendBranchConditions(_ effects: [Effect], to out: inout [Condition]) {
        for effect in effects {
            switch effect {
            case .branch(let condition, let then, let otherwise):
                out.append(condition)
                appendBranchConditions(then, to: &out)
                appendBranchConditions(otherwise, to: &out)
            case .oneOf(let choices):
                for choice in choices { appendBranchConditions(choice, to: &out) }
            default: break
            }
        }
    }

    /// Calls `body` with the text of every `say` among the effects and those nested in them, in
    /// the order of `flatMap(\.flattened)`.
    static func forEachSay(in effects: [Effect], _ body: (Text) -> Void) {
        for effect in effects {
            switch effect {
            case .say(let text): body(text)
            case .branch(_, let then, let otherwise):
                forEachSay(in: then, body)
                forEachSay(in: otherwise, body)
            case .oneOf(let choices):
                for choice in choices { forEachSay(in: choice, body) }
            default: break
            }
        }
    }

    /// Every condition inside a condition, itself included.
    static func parts(of condition: Condition) -> [Condition] {
        switch condition {
        case .not(let inner): [condition] + parts(of: inner)
        case .and(let a, let b), .or(let a, let b): [condition] + parts(of: a) + parts(of: b)
        default: [condition]
        }
    }
}

extension StoryWalk {
    /// Visits every text of the story: descriptions, messages, `say` lines, journal entries (in
    /// that order), without gathering them into a list first.
    func forEachText(_ body: (Text) -> Void) {
        body(story.metadata.introduction)
        body(story.metadata.credits)
        func effects(_ list: [Effect]) { Self.forEachSay(in: list, body) }
        for index in story.scenes.indices {
            body(story.scenes[index].description)
            body(story.scenes[index].firstVisit)
            body(story.scenes[index].revisit)
            for hint in story.scenes[index].hints { body(hint.text) }
            let exits = story.scenes[index].exits
            for exit in exits.indices {
                if let refusal = exits[exit].refusal { body(refusal) }
                effects(exits[exit].travel)
            }
        }
        for index in story.things.indices {
            body(story.things[index].description)
            if let here = story.things[index].hereText { body(here) }
            if let read = story.things[index].readText { body(read) }
        }
        forEachResponse { response in
            if let refusal = response.refusal { body(refusal) }
            effects(response.effects)
        }
        for fact in story.facts { body(fact.text) }
        for ending in story.endings { body(ending.text) }
    }

    /// Every condition that decides what a text shows.
    func textConditions() -> [Condition] {
        var out: [Condition] = []
        func collect(_ parts: [TextPart]) {
            for case .conditional(let condition, let then, let otherwise) in parts {
                out.append(condition)
                collect(then)
                collect(otherwise)
            }
        }
        forEachText { $0.paragraphs.forEach(collect) }
        for index in story.scenes.indices {
            for hint in story.scenes[index].hints { out.append(hint.guardCondition) }
        }
        // By index: `compactMap` over the things copied every thing whole.
        for index in story.things.indices {
            if let until = story.things[index].stranger?.until { out.append(until) }
        }
        return out
    }

    /// Every condition anywhere, guards and texts, with their parts.
    func allConditionParts() -> [Condition] {
        // Appended in place, in the order of `parts(of:)`: not an array per condition joined.
        var out: [Condition] = []
        func append(_ condition: Condition) {
            out.append(condition)
            switch condition {
            case .not(let inner): append(inner)
            case .and(let a, let b), .or(let a, let b): append(a); append(b)
            default: break
            }
        }
        for condition in guards() { append(condition) }
        for condition in textConditions() { append(condition) }
        return out
    }

    /// The words of a text's literal parts, every branch, lowercased.
    static func words(in text: Text) -> [String] {
        var words: [String] = []
        for literal in text.literals {
            if appendASCIIWords(of: literal, lowercased: true, to: &words) { continue }
            words += literal.lowercased().split { !$0.isLetter && $0 != "-" && $0 != "'" }.map(String.init)
        }
        return words
    }

    /// For ASCII text (almost every literal), the words of `words(in:)` found on the bytes:
    /// runs of A–Z, a–z, `-` and `'` (for ASCII, exactly the Characters `isLetter` accepts, and
    /// the line breaks and every other byte separate words as their Characters do). Appends each
    /// word (lowercased when asked) and returns true; returns false and appends nothing when the
    /// text is not ASCII. (`WordNumbers` reads words the same way when it wants only some of them.)
    static func appendASCIIWords(of literal: String, lowercased: Bool, to words: inout [String]) -> Bool {
        var literal = literal
        return literal.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return false }
            var start: Int?
            var buffer: [UInt8] = []
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
                let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x2D || byte == 0x27
                if isWord, start == nil { start = index }
                guard !isWord, let begin = start else { continue }
                start = nil
                if lowercased, bytes[begin..<index].contains(where: { $0 >= 0x41 && $0 <= 0x5A }) {
                    buffer.removeAll(keepingCapacity: true)
                    for position in begin..<index {
                        let c = bytes[position]
                        buffer.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                    }
                    words.append(String(decoding: buffer, as: UTF8.self))
                } else {
                    words.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[begin..<index]), as: UTF8.self))
                }
            }
            return true
        }
    }
}

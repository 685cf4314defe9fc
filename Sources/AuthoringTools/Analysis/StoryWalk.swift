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
        func effects(_ list: [Effect]) {
            for effect in list.flatMap(\.flattened) {
                if case .branch(let condition, _, _) = effect { out.append(condition) }
            }
        }
        for response in responses() {
            out.append(response.guardCondition)
            effects(response.effects)
        }
        for index in story.scenes.indices {
            for exit in story.scenes[index].exits {
                out.append(exit.guardCondition)
                effects(exit.travel)
            }
        }
        return out
    }

    /// Every effect anywhere, branches flattened.
    func effects() -> [Effect] {
        var out = responses().flatMap { $0.effects.flatMap(\.flattened) }
        for index in story.scenes.indices {
            for exit in story.scenes[index].exits { out += exit.travel.flatMap(\.flattened) }
        }
        return out
    }

    /// The bodies of actions, talks and topics.
    func responses() -> [Response] {
        // Scenes and things reached by index, their fields one at a time: `for scene in` copies
        // every scene or thing whole, about 400 instructions of reference counting each
        // (docs/performance.md, "Compile, sixth round").
        var out = story.actions.map(\.response)
        for index in story.scenes.indices { out += story.scenes[index].world.timedEvents.map(\.response) }
        for index in story.things.indices {
            if let talk = story.things[index].talk { out.append(talk) }
            out += story.things[index].topics.map(\.response)
        }
        return out
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
        func effects(_ list: [Effect]) {
            for effect in list {
                for case .say(let text) in effect.flattened { body(text) }
            }
        }
        for index in story.scenes.indices {
            body(story.scenes[index].description)
            body(story.scenes[index].firstVisit)
            body(story.scenes[index].revisit)
            for hint in story.scenes[index].hints { body(hint.text) }
            for exit in story.scenes[index].exits {
                if let refusal = exit.refusal { body(refusal) }
                effects(exit.travel)
            }
        }
        for index in story.things.indices {
            body(story.things[index].description)
            if let here = story.things[index].hereText { body(here) }
            if let read = story.things[index].readText { body(read) }
        }
        for response in responses() {
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
        for index in story.scenes.indices { out += story.scenes[index].hints.map(\.guardCondition) }
        out += story.things.compactMap { $0.stranger?.until }
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

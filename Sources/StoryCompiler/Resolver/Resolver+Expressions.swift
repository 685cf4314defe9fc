import StoryModel

extension Resolver {
    /// Resolves a condition; unresolvable parts become `.always` (the story has errors by then).
    mutating func condition(_ syntax: SyntaxCondition) -> Condition {
        switch syntax {
        case .holding(let name): return resolve(name, as: .thing).map { .holding($0) } ?? .always
        case .wearing(let name): return resolve(name, as: .thing).map { .wearing($0) } ?? .always
        case .visited(let name): return resolve(name, as: .scene).map { .visited($0) } ?? .always
        case .isIn(let name): return resolve(name, as: .scene).map { .isIn($0) } ?? .always
        case .knows(let name): return resolve(name, as: .fact).map { .factUnlocked($0) } ?? .always
        case .flag(let name):
            if symbols.lookup(name.text, as: .counter) != nil {
                error(.wrongKind, "'\(name.text)' is a counter, so it needs a comparison here", at: name.range,
                      help: "write it like this: \(name.text) > 0")
                return .always
            }
            return resolve(name, as: .flag).map { .flag($0) } ?? .always
        case .compare(let name, let comparison, let value):
            return resolve(name, as: .counter).map { .compare($0, comparison, value) } ?? .always
        case .thingAt(let name, let place):
            guard let thing = resolve(name, as: .thing) else { return .always }
            switch place {
            case .scene(let scene):
                if let holder = holderIfThing(scene) { return .thingAt(thing, .within(holder)) }
                return resolve(scene, as: .scene).map { .thingAt(thing, .scene($0)) } ?? .always
            case .here: return .thingAt(thing, .here)
            case .carried: return .thingAt(thing, .carried)
            case .nowhere: return .thingAt(thing, .nowhere)
            }
        case .talkingTo(let name):
            guard let person = resolve(name, as: .thing) else { return .always }
            if let thing = hints.thing(withID: name.text), !thing.isPerson {
                error(.wrongKind, "'\(name.text)' is a thing, not a person, so the player cannot be talking to it", at: name.range,
                      help: "'talking to' names a person declared with 'person'")
                return .always
            }
            return .talkingTo(person)
        case .not(let inner): return .not(condition(inner))
        case .and(let a, let b): return .and(condition(a), condition(b))
        case .or(let a, let b): return .or(condition(a), condition(b))
        }
    }

    mutating func text(_ syntax: SyntaxText) -> Text {
        // The usual text, paragraphs of literals only, made in one pass at its size: mapping
        // and filtering made two arrays and grew each (docs/performance.md, "Compile,
        // fifteenth round").
        // No text (a scene's first visit and revisit, mostly): no arrays at all.
        if syntax.isEmpty { return Text(paragraphs: []) }
        // One paragraph of one literal, nearly every text: its two arrays made at their size
        // at once, not reserved and grown (docs/performance.md, "Compile, eighteenth round").
        if syntax.count == 1, syntax[0].count == 1, case .literal(let string) = syntax[0][0] {
            return Text(paragraphs: [[.literal(string)]])
        }
        if let plain = Self.plainParagraphs(syntax) { return Text(paragraphs: plain) }
        return Text(paragraphs: syntax.map { parts($0) }.filter { !$0.isEmpty })
    }

    /// The paragraphs of a text without conditions, the empty ones left out; nil when a part
    /// is conditional.
    private static func plainParagraphs(_ syntax: SyntaxText) -> [[TextPart]]? {
        var paragraphs: [[TextPart]] = []
        paragraphs.reserveCapacity(syntax.count)
        for paragraph in syntax where !paragraph.isEmpty {
            var parts: [TextPart] = []
            parts.reserveCapacity(paragraph.count)
            for part in paragraph {
                guard case .literal(let string) = part else { return nil }
                parts.append(.literal(string))
            }
            paragraphs.append(parts)
        }
        return paragraphs
    }

    private mutating func parts(_ syntax: [SyntaxTextPart]) -> [TextPart] {
        syntax.map { part in
            switch part {
            case .literal(let string):
                return .literal(string)
            case .conditional(let test, let then, let otherwise):
                return .conditional(condition(test), then: parts(then), otherwise: parts(otherwise))
            }
        }
    }

    mutating func response(_ syntax: ResponseSyntax) -> Response {
        Response(guardCondition: syntax.guardClause.map { condition($0.condition) } ?? .always,
                 refusal: syntax.guardClause?.refusal.map { text($0) },
                 effects: syntax.effects.compactMap { effect($0) })
    }

    mutating func effect(_ syntax: SyntaxEffect) -> Effect? {
        switch syntax {
        case .say(let words): return .say(text(words))
        case .setFlag(let name): return resolve(name, as: .flag).map { .setFlag($0) }
        case .clearFlag(let name): return resolve(name, as: .flag).map { .clearFlag($0) }
        case .setCounter(let name, let value): return resolve(name, as: .counter).map { .setCounter($0, value) }
        case .addToCounter(let name, let value): return resolve(name, as: .counter).map { .addToCounter($0, value) }
        case .give(let name): return resolve(name, as: .thing).map { .give($0) }
        case .move(let name, let scene):
            if let holder = holderIfThing(scene) { return resolve(name, as: .thing).map { .moveWithin($0, holder: holder) } }
            guard let thing = resolve(name, as: .thing), let target = resolve(scene, as: .scene) else { return nil }
            return .move(thing, to: target)
        case .moveHere(let name): return resolve(name, as: .thing).map { .moveHere($0) }
        case .remove(let name): return resolve(name, as: .thing).map { .remove($0) }
        case .unlockFact(let name): return resolve(name, as: .fact).map { .unlockFact($0) }
        case .goTo(let name): return resolve(name, as: .scene).map { .goTo($0) }
        case .end(let name): return resolve(name, as: .ending).map { .end($0) }
        case .award(let points): return .award(points)
        case .continueBuiltIn: return .continueBuiltIn
        case .oneOf(let choices): return .oneOf(choices.map { $0.compactMap { effect($0) } })
        case .branch(let test, let then, let otherwise):
            return .branch(condition(test), then: then.compactMap { effect($0) }, otherwise: otherwise.compactMap { effect($0) })
        }
    }
}

import StoryModel

// The layout of the story's recursive values in the compact compiled form: conditions, effects,
// text and action patterns. An enum is written as twice the number of its case, then the case's
// values, and a value written before as a back-reference to it (CompactShared.swift); the
// writer's switches are exhaustive, so a case added to the model does not build until it is
// given a number here.

extension CompactWriter {
    mutating func write(_ condition: Condition) {
        if repeated(condition, in: shared.conditions) { return }
        switch condition {
        case .always: opening(0)
        case .holding(let thing): opening(1); int(thing)
        case .wearing(let thing): opening(2); int(thing)
        case .visited(let scene): opening(3); int(scene)
        case .isIn(let scene): opening(4); int(scene)
        case .factUnlocked(let fact): opening(5); int(fact)
        case .flag(let flag): opening(6); int(flag)
        case .compare(let counter, let comparison, let value): opening(7); int(counter); choice(comparison); int(value)
        case .thingAt(let thing, let place):
            opening(8)
            int(thing)
            switch place {
            case .scene(let scene): number(0); int(scene)
            case .here: number(1)
            case .carried: number(2)
            case .nowhere: number(3)
            case .within(let holder): number(4); int(holder)
            }
        case .not(let inner): opening(9); write(inner)
        case .and(let lhs, let rhs): opening(10); write(lhs); write(rhs)
        case .or(let lhs, let rhs): opening(11); write(lhs); write(rhs)
        case .talkingTo(let person): opening(12); int(person)
        }
        shared.conditions[condition] = shared.conditions.count
    }

    mutating func write(_ effect: Effect) {
        if repeated(effect, in: shared.effects) { return }
        switch effect {
        case .say(let text): opening(0); write(text)
        case .setFlag(let flag): opening(1); int(flag)
        case .clearFlag(let flag): opening(2); int(flag)
        case .setCounter(let counter, let value): opening(3); int(counter); int(value)
        case .addToCounter(let counter, let value): opening(4); int(counter); int(value)
        case .give(let thing): opening(5); int(thing)
        case .move(let thing, let scene): opening(6); int(thing); int(scene)
        case .moveHere(let thing): opening(7); int(thing)
        case .remove(let thing): opening(8); int(thing)
        case .unlockFact(let fact): opening(9); int(fact)
        case .goTo(let scene): opening(10); int(scene)
        case .end(let ending): opening(11); int(ending)
        case .award(let points): opening(12); int(points)
        case .moveWithin(let thing, let holder): opening(13); int(thing); int(holder)
        case .continueBuiltIn: opening(14)
        case .oneOf(let choices): opening(15); list(choices) { $0.list($1) { $0.write($1) } }
        case .branch(let condition, let then, let otherwise):
            opening(16)
            write(condition)
            list(then) { $0.write($1) }
            list(otherwise) { $0.write($1) }
        }
        shared.effects[effect] = shared.effects.count
    }

    mutating func write(_ text: Text) {
        if repeated(text, in: shared.texts) { return }
        opening(text.paragraphs.count)
        for paragraph in text.paragraphs { list(paragraph) { $0.write($1) } }
        shared.texts[text] = shared.texts.count
    }

    mutating func write(_ part: TextPart) {
        if repeated(part, in: shared.textParts) { return }
        switch part {
        case .literal(let literal): opening(0); string(literal)
        case .conditional(let condition, let then, let otherwise):
            opening(1)
            write(condition)
            list(then) { $0.write($1) }
            list(otherwise) { $0.write($1) }
        }
        shared.textParts[part] = shared.textParts.count
    }

    package mutating func write(_ pattern: Pattern) {
        if repeated(pattern, in: shared.patterns) { return }
        opening(pattern.elements.count)
        for element in pattern.elements {
            switch element {
            case .word(let word): number(0); string(word)
            case .slot(.thing(let thing)): number(1); int(thing)
            case .slot(.anyThing): number(2)
            case .slot(.anyPerson): number(3)
            case .slot(.anything): number(4)
            }
        }
        shared.patterns[pattern] = shared.patterns.count
    }
}

extension CompactReader {
    mutating func readCondition() throws -> Condition {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.conditions) }
        let condition: Condition
        switch try newCase(opening, below: 13) {
        case 0: condition = .always
        case 1: condition = .holding(try int())
        case 2: condition = .wearing(try int())
        case 3: condition = .visited(try int())
        case 4: condition = .isIn(try int())
        case 5: condition = .factUnlocked(try int())
        case 6: condition = .flag(try int())
        case 7: condition = .compare(try int(), try choice(Comparison.self), try int())
        case 8:
            let thing = try int()
            switch try tag(below: 5) {
            case 0: condition = .thingAt(thing, .scene(try int()))
            case 1: condition = .thingAt(thing, .here)
            case 2: condition = .thingAt(thing, .carried)
            case 3: condition = .thingAt(thing, .nowhere)
            default: condition = .thingAt(thing, .within(try int()))
            }
        case 9: condition = .not(try nested { try $0.readCondition() })
        case 10: condition = try nested { .and(try $0.readCondition(), try $0.readCondition()) }
        case 12: condition = .talkingTo(try int())
        default: condition = try nested { .or(try $0.readCondition(), try $0.readCondition()) }
        }
        shared.conditions.append(condition)
        return condition
    }

    mutating func readEffect() throws -> Effect {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.effects) }
        let effect: Effect
        switch try newCase(opening, below: 17) {
        case 0: effect = .say(try readText())
        case 1: effect = .setFlag(try int())
        case 2: effect = .clearFlag(try int())
        case 3: effect = .setCounter(try int(), try int())
        case 4: effect = .addToCounter(try int(), try int())
        case 5: effect = .give(try int())
        case 6: effect = .move(try int(), to: try int())
        case 7: effect = .moveHere(try int())
        case 8: effect = .remove(try int())
        case 9: effect = .unlockFact(try int())
        case 10: effect = .goTo(try int())
        case 11: effect = .end(try int())
        case 12: effect = .award(try int())
        case 13: effect = .moveWithin(try int(), holder: try int())
        case 14: effect = .continueBuiltIn
        case 15: effect = .oneOf(try nested { try $0.list { try $0.list { try $0.readEffect() } } })
        default:
            effect = try nested {
                .branch(try $0.readCondition(), then: try $0.list { try $0.readEffect() }, otherwise: try $0.list { try $0.readEffect() })
            }
        }
        shared.effects.append(effect)
        return effect
    }

    mutating func readText() throws -> Text {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.texts) }
        let count = try newCount(opening)
        var paragraphs: [[TextPart]] = []
        paragraphs.reserveCapacity(count)
        for _ in 0..<count { paragraphs.append(try list { try $0.readTextPart() }) }
        let text = Text(paragraphs: paragraphs)
        shared.texts.append(text)
        return text
    }

    mutating func readTextPart() throws -> TextPart {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.textParts) }
        let part: TextPart
        if try newCase(opening, below: 2) == 0 {
            part = .literal(try string())
        } else {
            part = try nested {
                .conditional(try $0.readCondition(), then: try $0.list { try $0.readTextPart() },
                             otherwise: try $0.list { try $0.readTextPart() })
            }
        }
        shared.textParts.append(part)
        return part
    }

    package mutating func readPattern() throws -> Pattern {
        let opening = try number()
        if opening & 1 == 1 { return try repeated(opening, in: shared.patterns) }
        let count = try newCount(opening)
        var elements: [Pattern.Element] = []
        elements.reserveCapacity(count)
        for _ in 0..<count {
            switch try tag(below: 5) {
            case 0: elements.append(.word(try string()))
            case 1: elements.append(.slot(.thing(try int())))
            case 2: elements.append(.slot(.anyThing))
            case 3: elements.append(.slot(.anyPerson))
            default: elements.append(.slot(.anything))
            }
        }
        let pattern = Pattern(elements: elements)
        shared.patterns.append(pattern)
        return pattern
    }
}

import StoryModel

// The layout of the story's recursive values in the compact compiled form: conditions, effects,
// text and action patterns. An enum is written as the number of its case, then the case's values;
// the writer's switches are exhaustive, so a case added to the model does not build until it is
// given a number here.

extension CompactWriter {
    mutating func write(_ condition: Condition) {
        switch condition {
        case .always: number(0)
        case .holding(let thing): number(1); int(thing)
        case .wearing(let thing): number(2); int(thing)
        case .visited(let scene): number(3); int(scene)
        case .isIn(let scene): number(4); int(scene)
        case .factUnlocked(let fact): number(5); int(fact)
        case .flag(let flag): number(6); int(flag)
        case .compare(let counter, let comparison, let value): number(7); int(counter); choice(comparison); int(value)
        case .thingAt(let thing, let place):
            number(8)
            int(thing)
            switch place {
            case .scene(let scene): number(0); int(scene)
            case .here: number(1)
            case .carried: number(2)
            case .nowhere: number(3)
            case .within(let holder): number(4); int(holder)
            }
        case .not(let inner): number(9); write(inner)
        case .and(let lhs, let rhs): number(10); write(lhs); write(rhs)
        case .or(let lhs, let rhs): number(11); write(lhs); write(rhs)
        case .talkingTo(let person): number(12); int(person)
        }
    }

    mutating func write(_ effect: Effect) {
        switch effect {
        case .say(let text): number(0); write(text)
        case .setFlag(let flag): number(1); int(flag)
        case .clearFlag(let flag): number(2); int(flag)
        case .setCounter(let counter, let value): number(3); int(counter); int(value)
        case .addToCounter(let counter, let value): number(4); int(counter); int(value)
        case .give(let thing): number(5); int(thing)
        case .move(let thing, let scene): number(6); int(thing); int(scene)
        case .moveHere(let thing): number(7); int(thing)
        case .remove(let thing): number(8); int(thing)
        case .unlockFact(let fact): number(9); int(fact)
        case .goTo(let scene): number(10); int(scene)
        case .end(let ending): number(11); int(ending)
        case .award(let points): number(12); int(points)
        case .moveWithin(let thing, let holder): number(13); int(thing); int(holder)
        case .continueBuiltIn: number(14)
        case .oneOf(let choices): number(15); list(choices) { $0.list($1) { $0.write($1) } }
        case .branch(let condition, let then, let otherwise):
            number(16)
            write(condition)
            list(then) { $0.write($1) }
            list(otherwise) { $0.write($1) }
        }
    }

    mutating func write(_ text: Text) {
        list(text.paragraphs) { $0.list($1) { $0.write($1) } }
    }

    mutating func write(_ part: TextPart) {
        switch part {
        case .literal(let literal): number(0); string(literal)
        case .conditional(let condition, let then, let otherwise):
            number(1)
            write(condition)
            list(then) { $0.write($1) }
            list(otherwise) { $0.write($1) }
        }
    }

    package mutating func write(_ pattern: Pattern) {
        list(pattern.elements) {
            switch $1 {
            case .word(let word): $0.number(0); $0.string(word)
            case .slot(.thing(let thing)): $0.number(1); $0.int(thing)
            case .slot(.anyThing): $0.number(2)
            case .slot(.anyPerson): $0.number(3)
            case .slot(.anything): $0.number(4)
            }
        }
    }
}

extension CompactReader {
    mutating func readCondition() throws -> Condition {
        switch try tag(below: 13) {
        case 0: return .always
        case 1: return .holding(try int())
        case 2: return .wearing(try int())
        case 3: return .visited(try int())
        case 4: return .isIn(try int())
        case 5: return .factUnlocked(try int())
        case 6: return .flag(try int())
        case 7: return .compare(try int(), try choice(Comparison.self), try int())
        case 8:
            let thing = try int()
            switch try tag(below: 5) {
            case 0: return .thingAt(thing, .scene(try int()))
            case 1: return .thingAt(thing, .here)
            case 2: return .thingAt(thing, .carried)
            case 3: return .thingAt(thing, .nowhere)
            default: return .thingAt(thing, .within(try int()))
            }
        case 9: return .not(try nested { try $0.readCondition() })
        case 10: return try nested { .and(try $0.readCondition(), try $0.readCondition()) }
        case 12: return .talkingTo(try int())
        default: return try nested { .or(try $0.readCondition(), try $0.readCondition()) }
        }
    }

    mutating func readEffect() throws -> Effect {
        switch try tag(below: 17) {
        case 0: return .say(try readText())
        case 1: return .setFlag(try int())
        case 2: return .clearFlag(try int())
        case 3: return .setCounter(try int(), try int())
        case 4: return .addToCounter(try int(), try int())
        case 5: return .give(try int())
        case 6: return .move(try int(), to: try int())
        case 7: return .moveHere(try int())
        case 8: return .remove(try int())
        case 9: return .unlockFact(try int())
        case 10: return .goTo(try int())
        case 11: return .end(try int())
        case 12: return .award(try int())
        case 13: return .moveWithin(try int(), holder: try int())
        case 14: return .continueBuiltIn
        case 15: return .oneOf(try nested { try $0.list { try $0.list { try $0.readEffect() } } })
        default:
            return try nested {
                .branch(try $0.readCondition(), then: try $0.list { try $0.readEffect() }, otherwise: try $0.list { try $0.readEffect() })
            }
        }
    }

    mutating func readText() throws -> Text {
        Text(paragraphs: try list { try $0.list { try $0.readTextPart() } })
    }

    mutating func readTextPart() throws -> TextPart {
        guard try tag(below: 2) == 1 else { return .literal(try string()) }
        return try nested {
            .conditional(try $0.readCondition(), then: try $0.list { try $0.readTextPart() },
                         otherwise: try $0.list { try $0.readTextPart() })
        }
    }

    package mutating func readPattern() throws -> Pattern {
        Pattern(elements: try list {
            switch try $0.tag(below: 5) {
            case 0: return .word(try $0.string())
            case 1: return .slot(.thing(try $0.int()))
            case 2: return .slot(.anyThing)
            case 3: return .slot(.anyPerson)
            default: return .slot(.anything)
            }
        })
    }
}

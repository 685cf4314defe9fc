import StoryModel

extension Parser {
    /// Parses a thing's world-model line: `container`, `supporter`, `openable`, `open`, `closed`,
    /// `locked with KEY`, `scenery`, `light`.
    mutating func parseThingWorld(_ line: Line, keyword: String, into world: inout ThingWorldSyntax) {
        rejectChildren(of: line, keyword: keyword)
        var cursor = makeCursor(for: line, skippingWords: 1)
        switch keyword {
        case "container": world.holder = .container
        case "supporter": world.holder = .supporter
        case "openable": world.isOpenable = true
        case "open": world.isOpenable = true; world.startsOpen = true
        case "closed": world.isOpenable = true; world.startsOpen = false
        case "locked":
            world.isOpenable = true
            world.startsOpen = false
            world.startsLocked = true
            guard expectWord("with", &cursor, example: "locked with brass-key") else { return }
            world.key = expectName(&cursor, for: "the key")
        case "scenery": world.isScenery = true
        case "light": world.givesLight = true
        default: return
        }
        expectEnd(cursor, after: "'\(keyword)'")
    }

    /// Parses a scene's `dark [unless CONDITION]` or `after N turns` line.
    mutating func parseSceneWorld(_ line: Line, keyword: String, into world: inout SceneWorldSyntax) {
        var cursor = makeCursor(for: line, skippingWords: 1)
        if keyword == "dark" {
            rejectChildren(of: line, keyword: keyword)
            var condition: SyntaxCondition?
            if cursor.accept("unless") || cursor.accept("except") {
                _ = cursor.accept("when") || cursor.accept("if")
                guard let parsed = parseCondition(&cursor) else { return }
                condition = parsed
            }
            expectEnd(cursor, after: "'dark'")
            world.dark = (condition, line.wholeRange)
            return
        }
        guard let turns = expectNumber(&cursor, for: "how many turns") else { return }
        _ = cursor.accept("turns") || cursor.accept("turn")
        _ = cursor.acceptSymbol(":")
        expectEnd(cursor, after: "'after \(turns) turns'")
        if line.children.isEmpty { emptyBlock(line, "after") }
        world.timedEvents.append((turns, parseResponse(line.children)))
    }

    /// Parses `understand WORD as VERB`: the story's own synonym of a verb.
    mutating func parseSynonym(_ line: Line) {
        rejectChildren(of: line, keyword: "understand")
        var cursor = makeCursor(for: line, skippingWords: 1)
        let example = "understand hang as put"
        guard let word = cursor.next(), word.isWord || word.kind == .string else {
            error(.expectedWord, "expected the new word after 'understand'", at: cursor.here, help: "write it like this: \(example)")
            return
        }
        guard expectWord("as", &cursor, example: example) else { return }
        guard let meaning = cursor.next(), meaning.isWord || meaning.kind == .string else {
            error(.expectedWord, "expected the verb it means after 'as'", at: cursor.here, help: "write it like this: \(example)")
            return
        }
        expectEnd(cursor, after: "the verb")
        tree.world.synonyms.append((cursor.text(of: word).lowercased(), cursor.text(of: meaning).lowercased()))
    }

    /// Parses `maximum score N`.
    mutating func parseMaximumScore(_ line: Line) {
        rejectChildren(of: line, keyword: "maximum")
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard expectWord("score", &cursor, example: "maximum score 2") else { return }
        _ = cursor.accept("is")
        guard let value = expectNumber(&cursor, for: "the maximum score") else { return }
        expectEnd(cursor, after: "the maximum score")
        tree.world.maximumScore = value
    }

    /// Parses `on any other command` (a scene's catch-all); false when the line is another action.
    mutating func parseCatchAll(_ line: Line, scene: Int?) -> Bool {
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard cursor.accept("any"), cursor.accept("other") else {
            // Its tokens' array handed back for the action's own cursor of the same line.
            lexer.recycle(&cursor)
            return false
        }
        _ = cursor.accept("command") || cursor.accept("action")
        guard scene != nil else {
            error(.unexpectedWords, "'on any other command' belongs in a scene", at: line.wholeRange,
                  help: "indent it under the scene whose commands it should catch")
            return true
        }
        var inlineGuard: GuardSyntax?
        if cursor.accept("if") || cursor.accept("when") {
            inlineGuard = parseGuardTail(&cursor, line: line)
        } else {
            expectEnd(cursor, after: "'on any other command'")
        }
        lexer.recycle(&cursor)
        var response = parseResponse(line.children)
        if let inlineGuard { response.guardClause = inlineGuard }
        tree.actions.append(ActionSyntax(patterns: [[]], scene: scene, response: response, range: line.wholeRange))
        return true
    }

    /// Parses `award N point(s)` and `continue`.
    mutating func parseWorldEffect(_ keyword: String, _ cursor: inout TokenCursor) -> SyntaxEffect? {
        switch keyword {
        case "award":
            guard let points = expectNumber(&cursor, for: "the points") else { return nil }
            _ = cursor.accept("points") || cursor.accept("point")
            return .award(points)
        case "continue":
            return .continueBuiltIn
        default:
            return nil
        }
    }

    /// Parses `one of` and its choices: each paragraph or instruction under it (blank lines keep
    /// paragraphs apart) is one choice.
    mutating func parseOneOf(_ line: Line, depth: Int) -> SyntaxEffect? {
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard expectWord("of", &cursor, example: "one of") else { return nil }
        _ = cursor.acceptSymbol(":")
        expectEnd(cursor, after: "'one of'")
        let body = parseResponse(line.children, depth: depth + 1)
        if body.effects.isEmpty { emptyBlock(line, "one of") }
        return .oneOf(body.effects.map { [$0] })
    }
}

import StoryModel

extension Parser {
    /// Parses `on PATTERN, PATTERN… [if CONDITION]` and its body.
    mutating func parseAction(_ line: Line, scene: Int?) {
        if parseCatchAll(line, scene: scene) { return }
        var cursor = makeCursor(for: line, skippingWords: 1)
        var patterns: [[PatternElementSyntax]] = [[]]
        var inlineGuard: GuardSyntax?
        var reportedSymbol = false
        while let token = cursor.peek {
            if cursor.isWord(token, "if") || cursor.isWord(token, "when") {
                // `on when can i go home`, `on ask him, what if they shoot`: a phrase's own word when
                // it starts the phrase (or follows `what`, `even`, `as`) and no condition follows.
                if patterns[patterns.count - 1].isEmpty || Self.wordsBeforeIfInPhrases.contains(previousWord(of: patterns)) {
                    var trial = cursor
                    _ = trial.next()
                    let diagnosticsBefore = diagnostics.count
                    let tried = parseGuardTail(&trial, line: line)
                    if let tried, diagnostics.count == diagnosticsBefore {
                        inlineGuard = tried
                        cursor = trial
                        break
                    }
                    diagnostics.removeSubrange(diagnosticsBefore...)
                    _ = cursor.next()
                    appendWord(cursor.text(of: token), to: &patterns[patterns.count - 1])
                    continue
                }
                _ = cursor.next()
                inlineGuard = parseGuardTail(&cursor, line: line)
                break
            }
            _ = cursor.next()
            switch token.kind {
            case .symbol where cursor.isSymbol(token, ","):
                patterns.append([])
            case .symbol where cursor.isSymbol(token, ":"):
                continue
            case .symbol where cursor.isSymbol(token, "{"):
                guard let name = expectName(&cursor, for: "a thing, a person, or 'thing', 'person', 'anything'") else {
                    cursor.skipToEnd()
                    break
                }
                if !cursor.acceptSymbol("}") {
                    error(.expectedWord, "expected '}' to close the slot '{\(name.text)'", at: cursor.here)
                }
                patterns[patterns.count - 1].append(.slot(name))
            case .string:
                var words = lexer.cursor(of: Substring(cursor.text(of: token)), line: line,
                                         startOffset: token.startColumn - line.column + 1)
                while let t = words.next() {
                    if words.isSymbol(t, "{"), let n = words.next(), n.isWord {
                        _ = words.acceptSymbol("}")
                        patterns[patterns.count - 1].append(.slot(Name(text: words.text(of: n), range: range(of: n))))
                    } else if t.isWord {
                        appendWord(words.text(of: t), to: &patterns[patterns.count - 1])
                    }
                }
            case .word:
                appendWord(cursor.text(of: token), to: &patterns[patterns.count - 1])
            default:
                // One error a line: a wrapped sentence read as an action ("on the railing. The
                // guards wave.") had one for each full stop (session 33).
                guard !reportedSymbol else { break }
                reportedSymbol = true
                error(.unexpectedWords, "'\(cursor.text(of: token))' cannot be part of a command", at: range(of: token),
                      help: "a command is words and slots such as {green-flare}")
            }
        }
        lexer.recycle(&cursor)
        patterns = patterns.filter { !$0.isEmpty }
        if patterns.isEmpty {
            error(.expectedWord, "expected the command after 'on'", at: line.range(at: 0, length: 2),
                  help: "write it like this: on fire {green-flare}, shoot {green-flare}")
            return
        }
        for pattern in patterns {
            if case .slot(let first)? = pattern.first {
                error(.expectedWord, "a command must start with a word, not with the slot '{\(first.text)}'",
                      at: first.range, help: "write it like this: on wave {flag} at {person}")
            }
        }
        // `on wave to {mama}` with its text written level with it (a blind author, session 36:
        // the text joined the scene's description and `wave to mama` printed nothing).
        // Not for a wrapped sentence read as an action, which has its own message (`keyword-in-sentence`).
        if line.children.isEmpty, !reportedSymbol, keywordInSentenceLines[line.number] == nil {
            warning(.emptyBlock, "this action has nothing indented under it, so it would do nothing and print nothing",
                    at: line.range(at: 0, length: 2),
                    help: "indent its text and effects two spaces more than the 'on' line")
        }
        var response = parseResponse(line.children)
        if let inlineGuard {
            if response.guardClause != nil {
                error(.unexpectedWords, "this action has two conditions", at: line.wholeRange,
                      help: "combine them with 'and' in one condition")
            }
            response.guardClause = inlineGuard
        }
        tree.actions.append(ActionSyntax(patterns: patterns, scene: scene, response: response, range: line.wholeRange))
    }

    private func appendWord(_ word: String, to pattern: inout [PatternElementSyntax]) {
        guard !["the", "a", "an"].contains(word) else { return }
        pattern.append(.word(word))
    }

    /// Parses the body of an action, a topic or `talk`: an optional `only if`, then paragraphs and
    /// effects in order.
    mutating func parseResponse(_ lines: [Line], depth: Int = 0) -> ResponseSyntax {
        var response = ResponseSyntax()
        var items = items(of: lines, in: .response)
        var index = 0
        while index < items.count {
            let item = items[index]
            index += 1
            switch item {
            case .paragraph(let lines):
                response.effects.append(.say([paragraph(lines)]))
            case .instruction(let line, "if"):
                guard depth < Parser.maximumNesting else {
                    error(.nestingTooDeep, "'if' is nested more than \(Parser.maximumNesting) deep here", at: line.wholeRange)
                    continue
                }
                var branch = parseBranch(line, depth: depth)
                var tail: [SyntaxEffect] = []
                var chain: [(SyntaxCondition, [SyntaxEffect])] = branch.map { [$0] } ?? []
                while index < items.count, case .instruction(let next, "else") = items[index] {
                    index += 1
                    var cursor = makeCursor(for: next, skippingWords: 1)
                    if cursor.accept("if") {
                        branch = parseBranch(next, depth: depth, skipping: 2)
                        if let branch { chain.append(branch) }
                    } else {
                        _ = cursor.acceptSymbol(":")
                        expectEnd(cursor, after: "'else'")
                        tail = parseResponse(next.children, depth: depth + 1).effects
                        break
                    }
                }
                let effect = chain.reversed().reduce(tail) { otherwise, branch in [.branch(branch.0, then: branch.1, otherwise: otherwise)] }
                response.effects += effect
            case .instruction(let line, "else"):
                // `only if X` and, on the next line, `else "…"`: the refusal, as on one line.
                if index >= 2, case .instruction(_, "only") = items[index - 2], response.guardClause != nil,
                   response.guardClause?.refusal == nil, let refusal = parseRefusalLine(line) {
                    response.guardClause?.refusal = refusal
                    continue
                }
                error(.strayTextTag, "this 'else' has no 'if' just before it", at: line.range(at: 0, length: 4),
                      help: "put 'else' right after the lines of an 'if', at the same indentation")
            case .instruction(let line, "one"):
                if let choices = parseOneOf(line, depth: depth) { response.effects.append(choices) }
            case .instruction(let line, "only"):
                if response.guardClause != nil {
                    error(.unexpectedWords, "only one 'only if' is allowed here", at: line.wholeRange,
                          help: "combine the conditions with 'and'")
                }
                response.guardClause = parseGuard(line)
            case .instruction(let line, let keyword):
                rejectChildren(of: line, keyword: keyword)
                if let effect = parseEffect(line, keyword: keyword) { response.effects.append(effect) }
            }
        }
        recycle(&items)
        return response
    }

    /// Parses `if CONDITION` (or `else if CONDITION`) and the effects indented under it.
    private mutating func parseBranch(_ line: Line, depth: Int, skipping words: Int = 1) -> (SyntaxCondition, [SyntaxEffect])? {
        var cursor = makeCursor(for: line, skippingWords: words)
        guard let condition = parseCondition(&cursor) else { return nil }
        _ = cursor.acceptSymbol(":")
        expectEnd(cursor, after: "the condition")
        let body = parseResponse(line.children, depth: depth + 1)
        if body.guardClause != nil {
            error(.unexpectedWords, "'only if' belongs at the start of an action, not inside an 'if'", at: line.wholeRange)
        }
        if line.children.isEmpty { emptyBlock(line, "if") }
        return (condition, body.effects)
    }

    private mutating func parseEffect(_ line: Line, keyword: String) -> SyntaxEffect? {
        if keyword == "say" {
            let (text, offset) = restOfLine(line)
            return .say(inlineText(text, line: line, offset: offset))
        }
        var cursor = makeCursor(for: line, skippingWords: 1)
        var effect: SyntaxEffect?
        switch keyword {
        case "set":
            guard let name = expectName(&cursor, for: "the flag or counter") else { return nil }
            if cursor.accept("to") {
                effect = expectNumber(&cursor, for: "the counter").map { .setCounter(name, $0) }
            } else {
                effect = .setFlag(name)
            }
        case "clear":
            effect = expectName(&cursor, for: "the flag").map { .clearFlag($0) }
        case "add", "subtract":
            guard let amount = expectNumber(&cursor, for: "the amount") else { return nil }
            let joiner = keyword == "add" ? "to" : "from"
            guard expectWord(joiner, &cursor, example: "\(keyword) 1 \(joiner) morale") else { return nil }
            let delta: Int = keyword == "add" ? amount : -amount
            effect = expectName(&cursor, for: "the counter").map { SyntaxEffect.addToCounter($0, delta) }
        case "give":
            effect = expectName(&cursor, for: "the thing to give the player").map { .give($0) }
            if cursor.accept("to") { _ = cursor.accept("player") || cursor.accept("me") }
        case "move":
            guard let thing = expectName(&cursor, for: "the thing to move") else { return nil }
            if cursor.accept("here") {
                effect = .moveHere(thing)
            } else {
                guard ["into", "onto", "in", "on"].contains(where: { cursor.accept($0) })
                        || expectWord("to", &cursor, example: "move red-flare to strehla") else { return nil }
                effect = expectName(&cursor, for: "the scene").map { .move(thing, to: $0) }
            }
        case "remove":
            effect = expectName(&cursor, for: "the thing to remove").map { .remove($0) }
        case "unlock":
            _ = cursor.accept("fact")
            effect = expectName(&cursor, for: "the fact").map { .unlockFact($0) }
        case "go":
            guard expectWord("to", &cursor, example: "go to lorenzkirch") else { return nil }
            effect = expectName(&cursor, for: "the scene").map { .goTo($0) }
        case "end":
            _ = cursor.accept("with")
            effect = expectName(&cursor, for: "the ending").map { .end($0) }
        default:
            effect = parseWorldEffect(keyword, &cursor)
        }
        if effect != nil { expectEnd(cursor, after: "'\(keyword)'") }
        lexer.recycle(&cursor)
        return effect
    }

    /// Words after which `if` is a phrase's own (`what if they shoot`), not a guard, when no
    /// condition follows.
    static let wordsBeforeIfInPhrases: Set<String> = ["what", "even", "as", "only", "and", "but", "or"]

    /// The last word of the pattern being read, if it ends in a word.
    private func previousWord(of patterns: [[PatternElementSyntax]]) -> String {
        guard let last = patterns.last?.last, case .word(let word) = last else { return "" }
        return word
    }
}

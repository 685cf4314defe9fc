import StoryModel

extension Parser {
    /// Words that end a condition on an instruction line.
    private static let conditionEnd: Set<String> = ["else", "otherwise"]

    /// Parses a condition: `or` of `and`s of (`not`) atoms, with parentheses.
    ///
    /// Reports what it expected and returns nil when the condition is malformed.
    mutating func parseCondition(_ cursor: inout TokenCursor, depth: Int = 0) -> SyntaxCondition? {
        guard var left = parseConjunction(&cursor, depth: depth) else { return nil }
        while cursor.accept("or") {
            guard let right = parseConjunction(&cursor, depth: depth) else { return nil }
            left = .or(left, right)
        }
        return left
    }

    private mutating func parseConjunction(_ cursor: inout TokenCursor, depth: Int) -> SyntaxCondition? {
        guard var left = parseUnary(&cursor, depth: depth) else { return nil }
        while cursor.accept("and") {
            guard let right = parseUnary(&cursor, depth: depth) else { return nil }
            left = .and(left, right)
        }
        return left
    }

    private mutating func parseUnary(_ cursor: inout TokenCursor, depth: Int) -> SyntaxCondition? {
        if depth >= Parser.maximumNesting {
            error(.nestingTooDeep, "this condition is nested more than \(Parser.maximumNesting) deep", at: cursor.here,
                  help: "split it into simpler conditions")
            cursor.skipToEnd()
            return nil
        }
        if cursor.accept("not") {
            return parseUnary(&cursor, depth: depth + 1).map { .not($0) }
        }
        if cursor.acceptSymbol("(") {
            let inner = parseCondition(&cursor, depth: depth + 1)
            guard inner != nil else { return nil }
            if !cursor.acceptSymbol(")") {
                error(.expectedCondition, "expected ')' to close the '(' of this condition", at: cursor.here)
                return nil
            }
            return inner
        }
        return parseAtom(&cursor)
    }

    private mutating func parseAtom(_ cursor: inout TokenCursor) -> SyntaxCondition? {
        guard let token = cursor.peek, token.isWord, !Self.conditionEnd.contains(token.text) else {
            let found = cursor.peek.map { "'\($0.description)'" } ?? "nothing"
            error(.expectedCondition, "expected a condition here, but found \(found)", at: cursor.here,
                  help: "a condition is like 'holding orders', 'visited strehla', 'knows ike-cables-stalin', a flag name, or 'morale >= 3'")
            return nil
        }
        let prefixes: [String: (Name) -> SyntaxCondition] = [
            "holding": { .holding($0) }, "carrying": { .holding($0) }, "wearing": { .wearing($0) },
            "visited": { .visited($0) }, "in": { .isIn($0) }, "knows": { .knows($0) },
        ]
        // `talking to pietsch`: the person in conversation.
        if token.text == "talking", cursor.peekNext?.isWord("to") == true {
            _ = cursor.next()
            _ = cursor.next()
            return expectName(&cursor, for: "the person talked to").map { .talkingTo($0) }
        }
        if let make = prefixes[token.text], cursor.peekNext?.isWord == true {
            _ = cursor.next()
            return expectName(&cursor, for: "the condition's subject").map(make)
        }
        _ = cursor.next()
        let name = Name(text: token.text, range: range(of: token))
        if let comparison = parseComparison(&cursor) {
            return expectNumber(&cursor, for: "the comparison").map { .compare(name, comparison, $0) }
        }
        if cursor.peek?.isWord("is") == true {
            _ = cursor.next()
            let negated = cursor.accept("not")
            func place(_ condition: SyntaxCondition) -> SyntaxCondition { negated ? .not(condition) : condition }
            if cursor.accept("in") || cursor.accept("on") || cursor.accept("inside") {
                return expectName(&cursor, for: "a scene, a container or a supporter").map { place(.thingAt(name, .scene($0))) }
            }
            if cursor.accept("here") { return place(.thingAt(name, .here)) }
            if cursor.accept("carried") || cursor.accept("held") { return place(.thingAt(name, .carried)) }
            if cursor.accept("nowhere") { return place(.thingAt(name, .nowhere)) }
            guard let value = expectNumber(&cursor, for: "the comparison after 'is'") else { return nil }
            return .compare(name, negated ? .notEqual : .equal, value)
        }
        if let next = cursor.peek, next.isWord, !["and", "or", "else", "otherwise"].contains(next.text) {
            let words = ["holding", "carrying", "wearing", "visited", "in", "knows", "talking", "not"]
            error(.expectedCondition, "'\(token.text) \(next.text)' is not a condition", at: range(of: token),
                  suggestions: EditDistance.suggestions(for: token.text, among: words),
                  help: "a condition is like 'holding orders', 'visited strehla', 'knows ike-cables-stalin', a flag name, or 'morale >= 3'")
            _ = cursor.next()
            return nil
        }
        return .flag(name)
    }

    private mutating func parseComparison(_ cursor: inout TokenCursor) -> Comparison? {
        guard let token = cursor.peek, token.kind == .symbol else { return nil }
        let text = token.text == "==" ? "=" : token.text
        guard let comparison = Comparison(rawValue: text) else { return nil }
        _ = cursor.next()
        return comparison
    }

    /// Parses `only if CONDITION [,] [else|otherwise TEXT]` from a line whose first word is `only`.
    mutating func parseGuard(_ line: Line) -> GuardSyntax? {
        rejectChildren(of: line, keyword: "only if")
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard expectWord("if", &cursor, example: "only if holding orders, else \"Not without orders.\"") else { return nil }
        return parseGuardTail(&cursor, line: line)
    }

    /// Parses `CONDITION [,] [else TEXT]` from the cursor to the end of the line.
    mutating func parseGuardTail(_ cursor: inout TokenCursor, line: Line) -> GuardSyntax? {
        guard let condition = parseCondition(&cursor) else { return nil }
        _ = cursor.acceptSymbol(",")
        var refusal: SyntaxText?
        if let elseToken = cursor.peek, elseToken.isWord("else") || elseToken.isWord("otherwise") {
            _ = cursor.next()
            refusal = refusalText(&cursor, line: line)
        } else {
            expectEnd(cursor, after: "the condition")
        }
        return GuardSyntax(condition: condition, refusal: refusal)
    }

    /// A quote mark that can open or close a refusal: compared, not hashed (a `Set<Character>`
    /// cost more to create, the first time, than all the refusals of a large story).
    static func isRefusalQuote(_ character: Character) -> Bool {
        character == "\"" || character == "“" || character == "”"
    }

    /// The text after `else`: one quoted string, or the rest of the line as written.
    private mutating func refusalText(_ cursor: inout TokenCursor, line: Line) -> SyntaxText {
        guard let first = cursor.peek else {
            error(.expectedTitle, "expected the message to show after 'else'", at: cursor.here,
                  help: "write it in quotes: else \"You can't go that way yet.\"")
            return []
        }
        let offset = first.startColumn - line.column
        // On an ASCII line (almost every line) a Character is a byte, so the cut and the count
        // are found on the bytes.
        let ascii = Self.isASCII(line.text)
        let rest = ascii
            ? line.text[line.text.utf8.index(line.text.startIndex, offsetBy: min(max(offset, 0), line.text.utf8.count))...]
            : line.text.dropFirst(offset)
        let restCount = ascii ? rest.utf8.count : rest.count
        // One quoted message, even when it holds quote marks of its own ("\"Badge, please.\"" or
        // “curly ones”): drop the outer marks and the backslashes before inner straight quotes.
        if first.kind == .string, let last = rest.last, restCount >= 2, Self.isRefusalQuote(last),
           cursor.tokens.count == cursor.position + 1 || rest.first.map(Self.isRefusalQuote) == true {
            cursor.skipToEnd()
            let content = rest.dropFirst().dropLast()
            // Without a backslash the loop below copies the content as it is.
            if !content.utf8.contains(0x5C) { return inlineText(content, line: line, offset: offset + 1) }
            var inner = ""
            var escaped = false
            for character in content {
                if escaped, character != "\"" { inner.append("\\") }
                escaped = character == "\\" && !escaped
                if !escaped { inner.append(character) }
            }
            if escaped { inner.append("\\") }
            return inlineText(Substring(inner), line: line, offset: offset + 1)
        }
        if first.kind == .string, cursor.tokens.count == cursor.position + 1 {
            cursor.skipToEnd()
            return inlineText(rest.dropFirst(), line: line, offset: offset + 1)
        }
        cursor.skipToEnd()
        return inlineText(rest, line: line, offset: offset)
    }
}

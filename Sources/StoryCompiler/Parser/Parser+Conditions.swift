import StoryModel

extension Parser {
    /// The condition a word makes of the name after it (`holding lamp`), if it is such a word.
    private static func conditionPrefix(_ word: String) -> ((Name) -> SyntaxCondition)? {
        switch word {
        case "holding", "carrying": return { SyntaxCondition.holding($0) }
        case "wearing": return { SyntaxCondition.wearing($0) }
        case "visited": return { SyntaxCondition.visited($0) }
        case "in": return { SyntaxCondition.isIn($0) }
        case "knows": return { SyntaxCondition.knows($0) }
        default: return nil
        }
    }

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
        guard let token = cursor.peek, token.isWord, !cursor.isWord(token, "else"), !cursor.isWord(token, "otherwise") else {
            let found = cursor.peek.map { "'\(cursor.description(of: $0))'" } ?? "nothing"
            error(.expectedCondition, "expected a condition here, but found \(found)", at: cursor.here,
                  help: "a condition is like 'holding orders', 'visited strehla', 'knows ike-cables-stalin', a flag name, or 'morale >= 3'")
            return nil
        }
        let text = cursor.text(of: token)
        // `talking to pietsch`: the person in conversation.
        if text == "talking", let next = cursor.peekNext, cursor.isWord(next, "to") {
            _ = cursor.next()
            _ = cursor.next()
            return expectName(&cursor, for: "the person talked to").map { .talkingTo($0) }
        }
        if let make = Self.conditionPrefix(text), cursor.peekNext?.isWord == true {
            _ = cursor.next()
            return expectName(&cursor, for: "the condition's subject").map(make)
        }
        _ = cursor.next()
        let name = Name(text: text, range: range(of: token))
        if let comparison = parseComparison(&cursor) {
            return expectNumber(&cursor, for: "the comparison").map { .compare(name, comparison, $0) }
        }
        if cursor.accept("is") {
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
        if let next = cursor.peek, next.isWord, !["and", "or", "else", "otherwise"].contains(where: { cursor.isWord(next, $0) }) {
            let words = ["holding", "carrying", "wearing", "visited", "in", "knows", "talking", "not"]
            error(.expectedCondition, "'\(text) \(cursor.text(of: next))' is not a condition", at: range(of: token),
                  suggestions: EditDistance.suggestions(for: text, among: words),
                  help: "a condition is like 'holding orders', 'visited strehla', 'knows ike-cables-stalin', a flag name, or 'morale >= 3'")
            _ = cursor.next()
            return nil
        }
        return .flag(name)
    }

    private mutating func parseComparison(_ cursor: inout TokenCursor) -> Comparison? {
        guard let token = cursor.peek, token.kind == .symbol else { return nil }
        let symbol = cursor.text(of: token)
        let text = symbol == "==" ? "=" : symbol
        guard let comparison = Comparison(rawValue: text) else { return nil }
        _ = cursor.next()
        return comparison
    }

    /// Parses `only if CONDITION [,] [else|otherwise TEXT]` from a line whose first word is `only`.
    mutating func parseGuard(_ line: Line) -> GuardSyntax? {
        rejectChildren(of: line, keyword: "only if")
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard expectWord("if", &cursor, example: "only if holding orders, else \"Not without orders.\"") else { return nil }
        let parsed = parseGuardTail(&cursor, line: line)
        // The tokens' array kept for the next line (docs/performance.md, "Compile, nineteenth round").
        lexer.recycle(&cursor)
        return parsed
    }

    /// Parses `else TEXT` on the line under an `only if` that gave no refusal: what a blind author
    /// wrote (Vesuvius, session 26) and was told "this 'else' has no 'if' just before it". Nil for
    /// `else if` or `else:`, which are not a refusal.
    mutating func parseRefusalLine(_ line: Line) -> SyntaxText? {
        var cursor = makeCursor(for: line, skippingWords: 1)
        defer { lexer.recycle(&cursor) }
        guard let first = cursor.peek, !cursor.isWord(first, "if"), first.kind != .symbol else { return nil }
        rejectChildren(of: line, keyword: "else")
        return refusalText(&cursor, line: line)
    }

    /// Parses `CONDITION [,] [else TEXT]` from the cursor to the end of the line.
    mutating func parseGuardTail(_ cursor: inout TokenCursor, line: Line) -> GuardSyntax? {
        guard let condition = parseCondition(&cursor) else { return nil }
        _ = cursor.acceptSymbol(",")
        var refusal: SyntaxText?
        if let elseToken = cursor.peek, cursor.isWord(elseToken, "else") || cursor.isWord(elseToken, "otherwise") {
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
        let ascii = line.isPlainASCII || Self.isASCII(line.text)
        let rest = ascii
            ? line.text[line.text.utf8.index(line.text.startIndex, offsetBy: min(max(offset, 0), line.text.utf8.count))...]
            : line.text.dropFirst(offset)
        let restCount = ascii ? rest.utf8.count : rest.count
        // On ASCII the first and last Characters are the first and last bytes.
        let lastIsQuote = ascii ? rest.utf8.last == 0x22 : rest.last.map(Self.isRefusalQuote) == true
        let firstIsQuote = ascii ? rest.utf8.first == 0x22 : rest.first.map(Self.isRefusalQuote) == true
        // One quoted message, even when it holds quote marks of its own ("\"Badge, please.\"" or
        // “curly ones”): drop the outer marks and the backslashes before inner straight quotes.
        if first.kind == .string, restCount >= 2, lastIsQuote,
           cursor.tokens.count == cursor.position + 1 || firstIsQuote {
            cursor.skipToEnd()
            let content = ascii
                ? rest[rest.utf8.index(after: rest.startIndex)..<rest.utf8.index(before: rest.endIndex)]
                : rest.dropFirst().dropLast()
            // Without a backslash the loop below copies the content as it is.
            let hasBackslash = content.utf8.withContiguousStorageIfAvailable { $0.contains(0x5C) } ?? content.utf8.contains(0x5C)
            if !hasBackslash { return inlineText(content, line: line, offset: offset + 1) }
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
            let content = ascii && !rest.isEmpty ? rest[rest.utf8.index(after: rest.startIndex)...] : rest.dropFirst()
            return inlineText(content, line: line, offset: offset + 1)
        }
        cursor.skipToEnd()
        return inlineText(rest, line: line, offset: offset)
    }
}

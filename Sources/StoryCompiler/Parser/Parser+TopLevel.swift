import StoryModel

extension Parser {
    /// Parses one top-level line and what is indented under it.
    mutating func parseTopLevel(_ line: Line) {
        // An instruction (nearly every top-level line) read as `items` reads it, without an
        // array of the one line and one of its one item (docs/performance.md, "Compile,
        // nineteenth round"); any other line goes through `items`, which reports it.
        let keyword: String
        if case .instruction(let found) = line.kind(in: .topLevel) {
            noteInstruction(found, atLine: line.number)
            keyword = found
        } else {
            let items = items(of: [line], in: .topLevel)
            guard case .instruction(_, let found)? = items.first else {
                if line.firstWord.isEmpty || !BlockContext.allKeywords.contains(String(line.firstWord)) {
                    error(.unexpectedWords, "text outside any scene: the story does not know where this belongs",
                          at: line.range(at: 0, length: min(line.characterCount, 40)),
                          help: "indent it under a scene, a thing or a fact, or start the line with # to make it a comment")
                }
                return
            }
            keyword = found
        }
        switch keyword {
        case "story": parseHeader(line)
        case "scene": parseScene(line)
        case "thing", "person": parseThing(line, isPerson: keyword == "person", scene: nil)
        case "fact": _ = parseFact(line, inScene: false)
        case "ending": parseEnding(line)
        case "on": parseAction(line, scene: nil)
        case "include": parseInclude(line)
        case "flag": parseFlagDeclaration(line)
        case "counter": parseCounterDeclaration(line)
        case "understand": parseSynonym(line)
        case "maximum": parseMaximumScore(line)
        default: break
        }
    }

    private mutating func parseInclude(_ line: Line) {
        rejectChildren(of: line, keyword: "include")
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard let token = cursor.next(), token.kind == .string else {
            error(.expectedTitle, "expected the file to include, in quotes", at: cursor.here,
                  help: "write it like this: include \"more-scenes.story\"")
            return
        }
        expectEnd(cursor, after: "the file name")
        tree.includes.append((cursor.text(of: token), range(of: token)))
    }

    private mutating func parseFlagDeclaration(_ line: Line) {
        rejectChildren(of: line, keyword: "flag")
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard let name = expectName(&cursor, for: "the flag") else { return }
        expectEnd(cursor, after: "the flag's name")
        tree.flags.append(name)
    }

    private mutating func parseCounterDeclaration(_ line: Line) {
        rejectChildren(of: line, keyword: "counter")
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard let name = expectName(&cursor, for: "the counter") else { return }
        var initial = 0
        if cursor.accept("starts") {
            _ = cursor.accept("at")
            guard let value = expectNumber(&cursor, for: "the counter's starting value") else { return }
            initial = value
        } else if cursor.acceptSymbol("=") {
            guard let value = expectNumber(&cursor, for: "the counter's starting value") else { return }
            initial = value
        }
        expectEnd(cursor, after: "the counter")
        tree.counters.append((name, initial))
    }
}

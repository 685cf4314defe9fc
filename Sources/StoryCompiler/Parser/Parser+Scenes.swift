import StoryModel

extension Parser {
    /// Parses `scene ID "Title"` and everything in its block.
    mutating func parseScene(_ line: Line) {
        tree.mentionsScenes = true
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard let id = expectName(&cursor, for: "the scene") else { return }
        let quoted = optionalTitle(&cursor)
        let title = quoted ?? Self.titleFromID(id.text)
        if quoted == nil, let extra = cursor.peek, let last = cursor.tokens.last {
            // `scene kitchen The Kitchen` (a blind author, session 36, read "unexpected 'the'
            // after the scene's title" with no title written): the title goes in quotes.
            let typed = cursor.typedText(from: extra, to: last)
            error(.unexpectedWords, "a scene's title goes in quotes", at: SourceRange(start: range(of: extra).start, length: last.endColumn - extra.startColumn),
                  help: "write it like this: scene \(id.text) \"\(typed)\"")
        } else {
            expectEnd(cursor, after: "the scene's title")
        }
        lexer.recycle(&cursor)
        var scene = SceneSyntax(id: id, title: title)
        let sceneIndex = tree.scenes.count
        // Its place held by a scene of its own (a copy of `scene` was made and freed), filled in
        // at the end.
        tree.scenes.append(SceneSyntax(id: id, title: title))

        var unconditionalHint: Int?
        var whenLine: Line?, whereLine: Line?
        var thingAbove: (line: Line, index: Int)?
        var describedThing: (id: String, line: Line)?
        var blockItems = items(of: line.children, in: .scene)
        for item in blockItems {
            defer {
                if case .instruction(_, let keyword) = item, keyword == "thing" || keyword == "person" {} else { thingAbove = nil }
            }
            switch item {
            case .paragraph(let lines):
                // Not under a `thing` line that is text read as one (`thing that matters…`), whose
                // own message says so (a blind author's phantom thing 'that', session 34).
                if let thingAbove, keywordInSentenceLines[thingAbove.line.number] == nil { warnAboutTextUnder(thingAbove, paragraph: lines) }
                scene.description.append(paragraph(lines))
            case .instruction(let child, let keyword):
                switch keyword {
                // The usual keywords first: a `switch` on a `String` compares the cases in order.
                case "exit":
                    if let exit = parseExit(child) { scene.exits.append(exit) }
                case "thing", "person":
                    let count = tree.things.count
                    thingAbove = nil
                    let description = parseThing(child, isPerson: keyword == "person", scene: sceneIndex)
                    guard tree.things.count > count else { break }
                    thingAbove = (child, tree.things.count - 1)
                    // The id read in place: `tree.things.last` copied the whole thing.
                    if describedThing == nil, let description { describedThing = (tree.things[tree.things.count - 1].id.text, description) }
                case "on":
                    parseAction(child, scene: sceneIndex)
                case "when":
                    rejectChildren(of: child, keyword: keyword)
                    warnIfRepeated(keyword, of: "the scene '\(id.text)'", line: child, seen: &whenLine)
                    scene.when = restString(child)
                    rejectTextTags(in: child, keyword: keyword)
                case "where":
                    rejectChildren(of: child, keyword: keyword)
                    warnIfRepeated(keyword, of: "the scene '\(id.text)'", line: child, seen: &whereLine)
                    scene.place = restString(child)
                    rejectTextTags(in: child, keyword: keyword)
                case "fact":
                    if let fact = parseFact(child, inScene: true) { scene.facts.append(fact) }
                case "hint":
                    let hint = parseHint(child)
                    if let unconditionalHint {
                        warning(.unreachableHint,
                                "this hint can never be shown: the hint on line \(unconditionalHint) has no 'only if', and 'hint' shows the first hint whose condition holds",
                                at: child.range(at: 0, length: 4),
                                help: "put the hint without 'only if' last, or give it a condition")
                    } else if hint.guardClause == nil {
                        unconditionalHint = child.number
                    }
                    scene.hints.append(hint)
                case "first":
                    var inner = makeCursor(for: child, skippingWords: 1)
                    _ = expectWord("visit", &inner, example: "first visit")
                    _ = inner.acceptSymbol(":")
                    expectEnd(inner, after: "'first visit'")
                    scene.firstVisit += proseBlock(child.children)
                    if child.children.isEmpty { emptyBlock(child, "first visit") }
                case "revisit":
                    scene.revisit += proseBlock(child.children)
                    if child.children.isEmpty { emptyBlock(child, "revisit") }
                case "dark", "after":
                    parseSceneWorld(child, keyword: keyword, into: &scene.world)
                default:
                    break
                }
            }
        }
        recycle(&blockItems)
        if scene.description.isEmpty, scene.firstVisit.isEmpty, let describedThing {
            warning(.misindentedDescription,
                    "the scene '\(id.text)' has no description of its own, and this text is indented under '\(describedThing.id)', so only 'examine' shows it",
                    at: describedThing.line.wholeRange,
                    help: "if it describes the scene, indent it less (as deep as the 'thing' line); if it describes '\(describedThing.id)', give the scene a description too")
        }
        // Swapped into its place (the placeholder freed with `scene`), not copied and then destroyed.
        swap(&tree.scenes[sceneIndex], &scene)
    }

    /// Warns about a paragraph at scene level right under a thing that has no description: the
    /// author most likely meant it as the thing's description, one level deeper.
    private mutating func warnAboutTextUnder(_ thing: (line: Line, index: Int), paragraph lines: [Line]) {
        guard let first = lines.first, !first.followsBlank, tree.things.indices.contains(thing.index),
              tree.things[thing.index].description.isEmpty else { return }
        let id = tree.things[thing.index].id.text
        warning(.misindentedDescription,
                "this text is indented as part of the scene, though it comes right under '\(id)', which has no description: the player sees it in the scene's description, and 'examine' shows nothing for '\(id)'",
                at: first.wholeRange,
                help: "if it describes '\(id)', indent it \(thing.line.children.first.map { "to column \($0.column)" } ?? "more"), like the lines under 'thing \(id)'; if it belongs to the scene, put a blank line above it")
    }

    /// Parses `hint TEXT` with an optional indented `only if`.
    private mutating func parseHint(_ line: Line) -> (guardClause: SyntaxCondition?, text: SyntaxText) {
        let (text, offset) = restOfLine(line)
        if text.isEmpty {
            error(.expectedTitle, "expected the hint's text after 'hint'", at: line.range(at: 0, length: 4),
                  help: "write it like this: hint Try reading your orders.")
        }
        let words = text.split(separator: " ", omittingEmptySubsequences: false)
        // `hint only if has-list` with the hint's text on the lines below (session 34's author,
        // who read "only if must be on its own line under a hint" the other way round): one error
        // that names the mistake, not "a hint is one line of text" and an unreachable-hint warning.
        if words.count >= 2, words[0] == "only", words[1] == "if" {
            error(.misplacedKeyword, "a hint starts with its text: 'only if' goes on its own line, indented under the hint",
                  at: line.range(at: offset, length: 7),
                  help: "write the hint's text on the 'hint' line, and 'only if \(words.dropFirst(2).joined(separator: " "))' on the line below it, indented")
            // Its condition read all the same, so the hints below are not called unreachable.
            var cursor = makeCursor(for: line, skippingWords: 3)
            let condition = parseCondition(&cursor)
            lexer.recycle(&cursor)
            return (condition, inlineText(text, line: line, offset: offset))
        }
        if let at = words.indices.dropFirst().first(where: { words[$0] == "only" && $0 + 1 < words.count && words[$0 + 1] == "if" }) {
            let column = offset + words[..<at].reduce(0) { $0 + $1.count + 1 }
            error(.misplacedKeyword, "'only if' on the 'hint' line would be shown as part of the hint", at: line.range(at: column, length: 7),
                  help: "put it on its own line, indented under the hint: only if CONDITION")
        }
        var condition: SyntaxCondition?
        for item in items(of: line.children, in: .hint) {
            switch item {
            case .instruction(let child, _):
                condition = parseGuard(child)?.condition
            case .paragraph(let lines):
                error(.unexpectedWords, "a hint is one line of text", at: lines[0].wholeRange,
                      help: "put the whole hint on the 'hint' line, or write a second hint")
            }
        }
        return (condition, inlineText(text, line: line, offset: offset))
    }

    /// Reports `{if …}` in a `when` or `where` line, which is shown as it is written.
    private mutating func rejectTextTags(in line: Line, keyword: String) {
        guard let brace = line.text.firstIndex(of: "{") else { return }
        let column = line.text.distance(from: line.text.startIndex, to: brace)
        error(.strayTextTag, "'{…}' does not work in a '\(keyword)' line: the line is shown exactly as written", at: line.range(at: column, length: 1),
              help: "write the date and place plainly; use {if …} in the scene's paragraphs instead")
    }

    /// An id with its hyphens and underscores as spaces.
    static func spacedWords(_ id: String) -> String {
        String(id.map { $0 == "-" || $0 == "_" ? " " : $0 })
    }

    /// Turns an id such as `kuehren-road` into a title such as "Kuehren road".
    static func titleFromID(_ id: String) -> String {
        let spaced = spacedWords(id)
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}

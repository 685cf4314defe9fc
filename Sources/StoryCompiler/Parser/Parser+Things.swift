import StoryModel

extension Parser {
    /// Parses `thing ID "name"` or `person ID "name"` and its block.
    /// - Returns: the first line of its description, if it has one.
    @discardableResult
    mutating func parseThing(_ line: Line, isPerson: Bool, scene: Int?) -> Line? {
        var cursor = makeCursor(for: line, skippingWords: 1)
        let what = isPerson ? "the person" : "the thing"
        guard let id = expectName(&cursor, for: what) else { return nil }
        let name = optionalTitle(&cursor) ?? Self.spacedWords(id.text)
        var firstDescriptionLine: Line?
        expectEnd(cursor, after: "the name of \(what)")
        lexer.recycle(&cursor)
        var thing = ThingSyntax(id: id, name: name, isPerson: isPerson, scene: scene)

        var blockItems = items(of: line.children, in: isPerson ? .person : .thing)
        var seen = ThingDetailLines()
        for item in blockItems {
            switch item {
            case .paragraph(let lines):
                if firstDescriptionLine == nil { firstDescriptionLine = lines.first }
                thing.description.append(paragraph(lines))
            case .instruction(let child, let keyword):
                parseThingProperty(child, keyword: keyword, into: &thing, seen: &seen)
            }
        }
        recycle(&blockItems)
        tree.things.append(thing)
        return firstDescriptionLine
    }

    /// The words of a `nouns` or `adjectives` line of plain ASCII, after its first word (the run
    /// of bytes up to white space or a colon, as `restOfLine` reads it); nil for any other line.
    static func plainListWords(_ line: Line) -> [String]? {
        var text = line.text
        return text.withUTF8 { bytes -> [String]? in
            guard line.isPlainASCII || ByteScan.isPlainASCII(bytes) else { return nil }
            var index = 0
            while index < bytes.count, !(bytes[index] >= 0x09 && bytes[index] <= 0x0D), bytes[index] != 0x20, bytes[index] != 0x3A {
                index += 1
            }
            return Self.asciiPhraseWords(UnsafeBufferPointer(rebasing: bytes[index...]))
        }
    }

    private mutating func parseThingProperty(_ line: Line, keyword: String, into thing: inout ThingSyntax, seen: inout ThingDetailLines) {
        switch keyword {
        case "nouns", "adjectives":
            rejectChildren(of: line, keyword: keyword)
            // A comma is not a word byte: in ASCII the words of the whole list are those of its
            // items, read on the line's bytes (no `String` of the list). On a plain line they are
            // read straight after the keyword: what `restOfLine` skips besides (the gap, a colon,
            // the outer quote marks) holds no word byte (docs/performance.md, "Compile, nineteenth round").
            let words: [String]
            if let plain = Self.plainListWords(line) {
                words = plain
            } else {
                var text = restOfLine(line).text
                words = text.withUTF8 { ByteScan.isASCII($0) ? Self.asciiPhraseWords($0) : nil }
                    ?? text.split(separator: ",").flatMap { Self.phraseWords(String($0)) }
            }
            if words.isEmpty {
                error(.expectedName, "expected words after '\(keyword)'", at: line.range(at: 0, length: keyword.count),
                      help: "list them with commas: \(keyword) flare, cartridge")
            }
            // `nouns press conference`: the last word of an item is the noun, the words before it
            // describe it, as `adjectives press` (NounItems.swift). Only when there are more
            // words than items: most lists are one word an item.
            if keyword == "nouns", words.count > 1, NounItems.commas(in: line) + 1 < words.count {
                let items = NounItems.split(String(restOfLine(line).text))
                thing.nouns += items.nouns
                thing.adjectives += items.describing
                return
            }
            // The first list taken as it is (appending it to the empty one copied it).
            if keyword == "nouns" {
                if thing.nouns.isEmpty { thing.nouns = words } else { thing.nouns += words }
            } else {
                if thing.adjectives.isEmpty { thing.adjectives = words } else { thing.adjectives += words }
            }
        case "fixed", "portable", "wearable":
            rejectChildren(of: line, keyword: keyword)
            var cursor = makeCursor(for: line, skippingWords: 1)
            expectEnd(cursor, after: "'\(keyword)'")
            lexer.recycle(&cursor)
            if keyword == "wearable" { thing.isWearable = true } else { thing.isFixed = keyword == "fixed" }
        case "starts":
            rejectChildren(of: line, keyword: keyword)
            var cursor = makeCursor(for: line, skippingWords: 1)
            if cursor.accept("carried") || cursor.accept("held") {
                thing.start = .carried
            } else if cursor.accept("worn") {
                thing.start = .worn
            } else if cursor.accept("on") {
                guard let holder = expectName(&cursor, for: "the thing it starts on") else { return }
                thing.start = .scene(holder)
            } else if cursor.accept("nowhere") {
                thing.start = .nowhere
            } else if cursor.accept("in") || cursor.accept("at") {
                guard let scene = expectName(&cursor, for: "the scene where it starts") else { return }
                thing.start = .scene(scene)
            } else {
                error(.expectedWord, "expected 'carried', 'nowhere' or 'in SCENE' after 'starts'", at: cursor.here,
                      help: "write it like this: starts carried")
                return
            }
            expectEnd(cursor, after: "where it starts")
        case "here":
            rejectChildren(of: line, keyword: keyword)
            warnIfRepeated(keyword, of: "the \(thing.isPerson ? "person" : "thing") '\(thing.id.text)'", line: line, seen: &seen.here)
            let (text, offset) = restOfLine(line)
            thing.hereText = inlineText(text, line: line, offset: offset)
        case "called":
            rejectChildren(of: line, keyword: keyword)
            var cursor = makeCursor(for: line, skippingWords: 1)
            let example = "called \"the woman\" until pietsch-named"
            warnIfRepeated(keyword, of: "the \(thing.isPerson ? "person" : "thing") '\(thing.id.text)'", line: line, seen: &seen.called)
            guard let name = optionalTitle(&cursor) else {
                error(.expectedWord, "expected a name in quotes after 'called'", at: cursor.here, help: "write it like this: \(example)")
                return
            }
            guard expectWord("until", &cursor, example: example), let condition = parseCondition(&cursor) else { return }
            expectEnd(cursor, after: "the condition")
            thing.stranger = (name, condition)
        case "read":
            warnIfRepeated(keyword, of: "the \(thing.isPerson ? "person" : "thing") '\(thing.id.text)'", line: line, seen: &seen.read)
            let (text, offset) = restOfLine(line)
            var read = text.isEmpty ? [] : inlineText(text, line: line, offset: offset)
            read += proseBlock(line.children)
            if read.isEmpty { emptyBlock(line, "read") }
            thing.readText = read
        case "talk":
            // What is said goes below: words after `talk` (a wrapped "He will not" / "talk to
            // anybody in the crowd.") were dropped without a word (session 33). Right under text
            // that stops mid-sentence, that is one error, the line's only one.
            var cursor = makeCursor(for: line, skippingWords: 1)
            if cursor.peek != nil, let stopsMidSentence = keywordInSentenceLines[line.number] {
                lexer.recycle(&cursor)
                forgetKeywordInSentence(at: line)
                let why = stopsMidSentence ? "the text above stops mid-sentence" : "it reads like a sentence of the text above"
                let (rest, _) = restOfLine(line)
                error(.keywordInSentence, "this line starts with 'talk', so it is read as the start of what the \(thing.isPerson ? "person" : "thing") '\(thing.id.text)' says when talked to, though \(why): the text is cut here, and the words after 'talk' are not used",
                      at: line.range(at: 0, length: keyword.count),
                      help: "if it continues the text, start it with a backslash (\\talk \(Self.shortened(rest)))")
                return
            }
            warnIfRepeated(keyword, of: "the \(thing.isPerson ? "person" : "thing") '\(thing.id.text)'", line: line, seen: &seen.talk)
            expectEnd(cursor, after: "'talk' (what the person says goes on the lines indented below it)")
            lexer.recycle(&cursor)
            if line.children.isEmpty { emptyBlock(line, "talk") }
            thing.talk = parseResponse(line.children)
        case "about":
            let phrases = restOfLine(line).text
                .split(separator: ",")
                .map { Self.phraseWords(String($0)) }
                .filter { !$0.isEmpty }
            if phrases.isEmpty {
                error(.expectedName, "expected the topic's words after 'about'", at: line.range(at: 0, length: 5),
                      help: "write it like this: about the river, elbe, crossing")
            }
            thing.topics.append((phrases, parseResponse(line.children)))
        default:
            parseThingWorld(line, keyword: keyword, into: &thing.world)
        }
    }
}

import StoryCompiler
import StoryModel

/// One check of the linter: looks at a compiled story and reports what might be a mistake.
///
/// Each rule reports warnings with one stable `DiagnosticCode` and a fixture in
/// `Tests/AuthoringToolsTests/Warnings/<code>.story`.
protocol LintRule: Sendable {
    func check(_ context: LintContext) -> [Diagnostic]
}

/// What every rule may look at: the story, its source text, and shared views of both, each
/// made once for all the rules (a rule that walked the whole story per scene made `check`
/// quadratic in the size of the story).
struct LintContext {
    let story: Story
    let sources: SourceManager
    let walk: StoryWalk
    /// Every effect anywhere, branches flattened (`StoryWalk.effects()`).
    let effects: [Effect]
    /// Every condition anywhere, guards and texts, with their parts (`StoryWalk.allConditionParts()`).
    let conditionParts: [Condition]
    /// The words each thing answers to.
    let thingWords: ThingWords
    /// Which scenes lead on and which the start reaches (`dead-end-scene`, `unreachable-scene`).
    let links: SceneLinks
    /// The actions of each scene, in story order.
    let actionsOfScene: [[Int]]
    /// The noun heuristics of `noun-not-here` and `unanswered-noun-in-reply`.
    let nouns: NounScope
    /// For each file, the lines where a scene, thing, fact or ending is declared at the top level, ascending.
    private let declarationLines: [SourceFileName: [Int]]
    /// For each file, the lines the compiler read as text though they start like an effect.
    let textLikeLines: [String: Set<Int>]

    init(story: Story, sources: SourceManager) {
        self.story = story
        self.sources = sources
        walk = StoryWalk(story: story)
        effects = walk.effects()
        conditionParts = walk.allConditionParts()
        thingWords = ThingWords(story: story)
        links = SceneLinks(story: story)
        var actionsOfScene = [[Int]](repeating: [], count: story.scenes.count)
        for (index, action) in story.actions.enumerated() {
            if let scene = action.scene, actionsOfScene.indices.contains(scene) { actionsOfScene[scene].append(index) }
        }
        self.actionsOfScene = actionsOfScene
        var declarationLines: [SourceFileName: [Int]] = [:]
        let starts = story.scenes.map(\.range.start) + story.things.map(\.range.start) + story.facts.map(\.range.start)
            + story.endings.map(\.range.start)
        for start in starts where start.column == 1 { declarationLines[start.fileName, default: []].append(start.line) }
        self.declarationLines = declarationLines.mapValues { $0.sorted() }
        var textLikeLines: [String: Set<Int>] = [:]
        for line in sources.textLikeEffects { textLikeLines[line.range.start.file, default: []].insert(line.range.start.line) }
        self.textLikeLines = textLikeLines
        nouns = NounScope(story: story, effects: effects, words: thingWords)
    }

    /// The first place, in file order, where the words appear one after another on a line
    /// (case ignored), optionally only within a range of lines of one file.
    ///
    /// The story model keeps positions for declarations only; this finds the line of a use
    /// (`set bored`) so a warning can point at it.
    /// With `instructionsOnly`, lines read as text (`\set off`, `set bored` under a scene) are skipped.
    func find(_ words: [String], in file: String? = nil, lines: ClosedRange<Int>? = nil, skippingDeclarations: Bool = false,
              instructionsOnly: Bool = false) -> SourceRange? {
        // One word of word bytes, as every noun rule asks: its line found without the arrays of
        // words and tokens below (`findOnePlainWord`; docs/performance.md, "Compile, twentieth round").
        if words.count == 1, let found = findOnePlainWord(words[0], in: file, lines: lines, skippingDeclarations: skippingDeclarations,
                                                          instructionsOnly: instructionsOnly) {
            return found.range
        }
        return findByTokens(words, in: file, lines: lines, skippingDeclarations: skippingDeclarations, instructionsOnly: instructionsOnly)
    }

    /// `find` by the tokens of each line: for any words (`FindWordTests` compares it with
    /// `findOnePlainWord` for one word).
    func findByTokens(_ words: [String], in file: String? = nil, lines: ClosedRange<Int>? = nil, skippingDeclarations: Bool = false,
                      instructionsOnly: Bool = false) -> SourceRange? {
        let wanted = words.map { $0.lowercased() }
        // The words' bytes, when all are ASCII: then a plain ASCII line is read on its bytes
        // (`findOnBytes`), without a `String` of the line or an array of its words.
        let wantedBytes: [[UInt8]]? = wanted.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } } ? wanted.map { Array($0.utf8) } : nil
        var tokens: [Range<Int>] = []
        for name in sources.fileNames where file == nil || name == file {
            let range = lines ?? 1...max(1, sources.lineCount(of: name))
            let textLines = instructionsOnly ? textLikeLines[name] ?? [] : []
            let table = (wantedBytes == nil || wanted.isEmpty) ? nil : sources.lineTable(of: name)
            for number in range {
                if let table, let wantedBytes, number >= 1, number <= table.plainASCII.count, table.plainASCII[number - 1] {
                    if textLines.contains(number) { continue }
                    var text = table.text
                    let found = text.withUTF8 { (bytes) -> Int? in
                        let start = number == 1 ? 0 : table.ends[number - 2] + 1
                        var end = table.ends[number - 1]
                        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
                        return Self.findOnBytes(wantedBytes, in: UnsafeBufferPointer(rebasing: bytes[start..<end]), tokens: &tokens,
                                                skippingDeclarations: skippingDeclarations, instructionsOnly: instructionsOnly)
                    }
                    if let column = found {
                        return SourceRange(start: SourceLocation(file: name, line: number, column: column), length: wanted.joined(separator: " ").count)
                    }
                    continue
                }
                guard let line = sources.line(number, of: name) else { break }
                if textLines.contains(number) || (instructionsOnly && line.drop(while: \.isWhitespace).first == "\\") { continue }
                if skippingDeclarations, Self.declarationKeywords.contains(Self.firstWord(of: line)) { continue }
                if let column = Self.column(of: wanted, in: line) {
                    let length = wanted.joined(separator: " ").count
                    return SourceRange(start: SourceLocation(file: name, line: number, column: column), length: length)
                }
            }
        }
        return nil
    }

    /// `find`'s test of one plain ASCII line (a byte is a Character), on its bytes: the column
    /// (from 1) where the words (lowercased ASCII) start as whole words, or nil when they do not,
    /// or when the line is skipped (a declaration, with `skippingDeclarations`; text starting
    /// with a backslash, with `instructionsOnly`). The same answers as the `String` path.
    /// True when `find` passes over a plain ASCII line: a declaration (with
    /// `skippingDeclarations`), or text starting with a backslash (with `instructionsOnly`).
    static func skips(_ line: UnsafeBufferPointer<UInt8>, skippingDeclarations: Bool, instructionsOnly: Bool) -> Bool {
        if instructionsOnly {
            // `line.drop(while: \.isWhitespace).first == "\\"`: the ASCII white space is tab to carriage return and space.
            var index = 0
            while index < line.count, line[index] == 0x20 || (line[index] >= 0x09 && line[index] <= 0x0D) { index += 1 }
            if index < line.count, line[index] == 0x5C { return true }
        }
        if skippingDeclarations {
            // `firstWord(of:)`: the first run of bytes other than a space.
            var start = 0
            while start < line.count, line[start] == 0x20 { start += 1 }
            var end = start
            while end < line.count, line[end] != 0x20 { end += 1 }
            if isDeclarationKeyword(UnsafeBufferPointer(rebasing: line[start..<end])) { return true }
        }
        return false
    }

    static func findOnBytes(_ wanted: [[UInt8]], in line: UnsafeBufferPointer<UInt8>, tokens: inout [Range<Int>],
                            skippingDeclarations: Bool, instructionsOnly: Bool) -> Int? {
        if skips(line, skippingDeclarations: skippingDeclarations, instructionsOnly: instructionsOnly) { return nil }
        // `asciiColumn(of:in:)`: the runs of letters, digits, `-` and `_`, compared with the words, capitals lowered.
        tokens.removeAll(keepingCapacity: true)
        var start = -1
        for index in 0...line.count {
            let byte: UInt8 = index < line.count ? line[index] : 0x20
            let lower = byte | 0x20
            let isWord = (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x5F
            if isWord {
                if start < 0 { start = index }
            } else if start >= 0 {
                tokens.append(start..<index)
                start = -1
            }
        }
        guard tokens.count >= wanted.count else { return nil }
        func matches(_ token: Range<Int>, _ word: [UInt8]) -> Bool {
            guard token.count == word.count else { return false }
            var offset = 0
            while offset < word.count {
                var c = line[token.lowerBound + offset]
                if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                if c != word[offset] { return false }
                offset += 1
            }
            return true
        }
        for first in 0...(tokens.count - wanted.count) {
            var all = true
            for offset in 0..<wanted.count where !matches(tokens[first + offset], wanted[offset]) {
                all = false
                break
            }
            if all { return tokens[first].lowerBound + 1 }
        }
        return nil
    }

    /// True when the bytes spell one of `declarationKeywords`.
    static func isDeclarationKeyword(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 2, word.count <= 10 else { return false }
        for keyword in declarationKeywordBytes where keyword.count == word.count {
            if keyword.elementsEqual(word) { return true }
        }
        return false
    }

    /// `declarationKeywords` as bytes.
    private static let declarationKeywordBytes: [[UInt8]] = declarationKeywords.sorted().map { Array($0.utf8) }

    /// The first run of Characters other than a space (as `split(separator: " ").first`), found on
    /// the bytes when they decide it: the run ends at a space byte followed by an ASCII byte.
    static func firstWord(of line: String) -> String {
        let utf8 = line.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start] == 0x20 { utf8.formIndex(after: &start) }
        var end = start
        while end < utf8.endIndex, utf8[end] < 0x80, utf8[end] != 0x20 { utf8.formIndex(after: &end) }
        // Stopped at the end, or at a space that no combining mark follows (a byte over 0x7F):
        // then every byte up to it is a Character of its own.
        if end == utf8.endIndex || (utf8[end] == 0x20 && utf8[utf8.index(after: end)...].first.map { $0 < 0x80 } ?? true) {
            return String(line[start..<end])
        }
        return line.split(separator: " ").first.map(String.init) ?? ""
    }

    /// Lines that declare or name rather than describe.
    static let declarationKeywords: Set<String> = ["thing", "person", "scene", "nouns", "adjectives", "exit", "on", "about", "fact"]

    /// The column (from 1, in Characters) where the words start as whole words, or nil.
    static func column(of words: [String], in line: String) -> Int? {
        switch asciiColumn(of: words, in: line) {
        case .found(let column): return column
        case .absent: return nil
        case .undecided: break
        }
        let lowered = Array(line.lowercased()) + [" "]
        var tokens: [(start: Int, word: String)] = []
        var start: Int?
        for (index, character) in lowered.enumerated() {
            let isWord = character.isLetter || character.isNumber || character == "-" || character == "_"
            if isWord, start == nil { start = index }
            if !isWord, let begin = start {
                tokens.append((begin, String(lowered[begin..<index])))
                start = nil
            }
        }
        guard !words.isEmpty, tokens.count >= words.count else { return nil }
        for first in 0...(tokens.count - words.count) where (0..<words.count).allSatisfy({ tokens[first + $0].word == words[$0] }) {
            return tokens[first].start + 1
        }
        return nil
    }

    /// `column(of:in:)` on the bytes, for the usual line and words: ASCII without a carriage
    /// return, so a byte is a Character, a letter is A–Z or a–z and a number 0–9 (the same
    /// answer as the Character rules); `.undecided` for anything else, which `column` reads as Characters.
    private static func asciiColumn(of words: [String], in line: String) -> ASCIIAnswer {
        guard !words.isEmpty else { return .absent }
        var line = line
        let wanted = words.map { Array($0.utf8) }
        guard wanted.allSatisfy({ $0.allSatisfy { $0 < 0x80 } }) else { return .undecided }
        return line.withUTF8 { bytes -> ASCIIAnswer in
            var tokens: [Range<Int>] = []
            var start: Int?
            for index in 0...bytes.count {
                let byte: UInt8 = index < bytes.count ? bytes[index] : 0x20
                if byte >= 0x80 || byte == 0x0D { return .undecided }
                let isWord = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
                    || byte == 0x2D || byte == 0x5F
                if isWord, start == nil { start = index }
                if !isWord, let begin = start {
                    tokens.append(begin..<index)
                    start = nil
                }
            }
            guard tokens.count >= wanted.count else { return .absent }
            func matches(_ token: Range<Int>, _ word: [UInt8]) -> Bool {
                guard token.count == word.count else { return false }
                for (offset, byte) in word.enumerated() {
                    var c = bytes[token.lowerBound + offset]
                    if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                    if c != byte { return false }
                }
                return true
            }
            for first in 0...(tokens.count - wanted.count) where (0..<wanted.count).allSatisfy({ matches(tokens[first + $0], wanted[$0]) }) {
                return .found(tokens[first].lowerBound + 1)
            }
            return .absent
        }
    }

    private enum ASCIIAnswer {
        case found(Int), absent, undecided
    }

    /// The lines a scene's block spans in its file: from its header to the line before the next
    /// top-level declaration of the same file.
    func lines(of scene: Scene) -> ClosedRange<Int> {
        let file = scene.range.start.file
        let first = scene.range.start.line
        var last = max(first, sources.lineCount(of: file))
        if let declared = declarationLines[scene.range.start.fileName] {
            // The first declaration after the scene's header line.
            var low = 0, high = declared.count
            while low < high {
                let middle = (low + high) / 2
                if declared[middle] > first { high = middle } else { low = middle + 1 }
            }
            if low < declared.count { last = min(last, declared[low] - 1) }
        }
        return first...last
    }
}

import StoryCompiler
import StoryModel

/// One check of the linter: looks at a compiled story and reports what might be a mistake.
///
/// Each rule reports warnings with one stable `DiagnosticCode` and a fixture in
/// `Tests/AuthoringToolsTests/Warnings/<code>.story`.
protocol LintRule: Sendable {
    func check(_ context: LintContext) -> [Diagnostic]
}

/// What every rule may look at: the story, its source text, and shared views of both.
struct LintContext {
    let story: Story
    let sources: SourceManager
    let walk: StoryWalk

    init(story: Story, sources: SourceManager) {
        self.story = story
        self.sources = sources
        walk = StoryWalk(story: story)
    }

    /// The first place, in file order, where the words appear one after another on a line
    /// (case ignored), optionally only within a range of lines of one file.
    ///
    /// The story model keeps positions for declarations only; this finds the line of a use
    /// (`set bored`) so a warning can point at it.
    /// With `instructionsOnly`, lines read as text (`\set off`, `set bored` under a scene) are skipped.
    func find(_ words: [String], in file: String? = nil, lines: ClosedRange<Int>? = nil, skippingDeclarations: Bool = false,
              instructionsOnly: Bool = false) -> SourceRange? {
        let wanted = words.map { $0.lowercased() }
        let textLines = instructionsOnly ? Set(sources.textLikeEffects.map { "\($0.range.start.file):\($0.range.start.line)" }) : []
        for name in sources.fileNames where file == nil || name == file {
            let range = lines ?? 1...max(1, sources.lineCount(of: name))
            for number in range {
                guard let line = sources.line(number, of: name) else { break }
                if textLines.contains("\(name):\(number)") || (instructionsOnly && line.drop(while: \.isWhitespace).first == "\\") { continue }
                if skippingDeclarations, Self.declarationKeywords.contains(line.split(separator: " ").first.map(String.init) ?? "") { continue }
                if let column = Self.column(of: wanted, in: line) {
                    let length = wanted.joined(separator: " ").count
                    return SourceRange(start: SourceLocation(file: name, line: number, column: column), length: length)
                }
            }
        }
        return nil
    }

    /// Lines that declare or name rather than describe.
    static let declarationKeywords: Set<String> = ["thing", "person", "scene", "nouns", "adjectives", "exit", "on", "about", "fact"]

    /// The column (from 1, in Characters) where the words start as whole words, or nil.
    static func column(of words: [String], in line: String) -> Int? {
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

    /// The lines a scene's block spans in its file: from its header to the line before the next
    /// top-level declaration of the same file.
    func lines(of scene: Scene) -> ClosedRange<Int> {
        let file = scene.range.start.file
        let first = scene.range.start.line
        let starts = story.scenes.map(\.range.start) + story.things.map(\.range.start) + story.facts.map(\.range.start)
            + story.endings.map(\.range.start)
        var last = max(first, sources.lineCount(of: file))
        for start in starts where start.file == file && start.line > first && start.column == 1 {
            last = min(last, start.line - 1)
        }
        return first...last
    }
}

import StoryModel

/// One item of a block: an instruction line, or a paragraph of prose lines.
enum BlockItem {
    case instruction(Line, keyword: String)
    case paragraph([Line])
}

extension Parser {
    /// Groups the lines of a block into instructions and paragraphs, reporting lines that look like
    /// a mistyped or misplaced instruction.
    mutating func items(of lines: [Line], in context: BlockContext) -> [BlockItem] {
        var items: [BlockItem] = []
        var paragraph: [Line] = []
        var previousWasProse = false
        func flush() {
            if !paragraph.isEmpty { items.append(.paragraph(paragraph)) }
            paragraph = []
        }
        for line in lines {
            switch line.kind(in: context) {
            case .instruction(let keyword):
                flush()
                items.append(.instruction(line, keyword: keyword))
                previousWasProse = false
            case .prose(let escaped):
                let continues = previousWasProse && !line.followsBlank
                if !continues { flush() }
                let startsSentence = !continues || paragraph.last.map(Self.endsSentence) == true
                if !escaped && startsSentence { checkLooksLikeInstruction(line, in: context) }
                paragraph.append(line)
                paragraph += flattened(line.children)
                previousWasProse = true
            }
        }
        flush()
        return items
    }

    /// True when a line ends like a sentence, so a lowercase word after it is suspicious.
    static func endsSentence(_ line: Line) -> Bool {
        guard let last = line.text.last else { return true }
        return ".!?\"”:".contains(last)
    }

    /// All lines of an outline, in order, ignoring their nesting (for prose).
    func flattened(_ lines: [Line]) -> [Line] {
        var out: [Line] = []
        var stack = Array(lines.reversed())
        while let line = stack.popLast() {
            out.append(line)
            stack += line.children.reversed()
        }
        return out
    }

    /// Reports a prose line that starts like an instruction: a lowercase word close to a keyword of
    /// this block, or a keyword of another kind of block.
    private mutating func checkLooksLikeInstruction(_ line: Line, in context: BlockContext) {
        let word = String(line.firstWord)
        guard word.count >= 3 else { return }
        let range = line.range(at: 0, length: word.count)
        let help = "if this line is meant as text, start it with a capital letter or a backslash (\\)"
        let close = EditDistance.suggestions(for: word, among: context.keywords)
        if !close.isEmpty {
            error(.unknownKeyword, "'\(word)' is not an instruction in \(context.noun)", at: range,
                  suggestions: close, help: help)
        } else if BlockContext.allKeywords.contains(word), let home = BlockContext.home(of: word), home != context,
                  context != .prose {
            error(.misplacedKeyword, "'\(word)' belongs in \(home.noun), not in \(context.noun)", at: range,
                  help: "check the indentation of this line; \(help)")
        }
    }

    /// Reports the children of an instruction that takes no indented lines.
    mutating func rejectChildren(of line: Line, keyword: String) {
        guard let first = line.children.first else { return }
        error(.unexpectedWords, "'\(keyword)' takes no indented lines below it", at: first.wholeRange,
              help: "indent this line less, so it belongs to the block above")
    }

    /// The paragraphs of a block that holds only text (an introduction, a `read` text).
    mutating func proseBlock(_ lines: [Line]) -> SyntaxText {
        items(of: lines, in: .prose).compactMap {
            if case .paragraph(let lines) = $0 { return paragraph(lines) }
            return nil
        }
    }
}

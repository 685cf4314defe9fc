import StoryModel

extension Parser {
    /// Parses `story "Title" [by "…"] [id …] [version …] [start at …]` and its block.
    mutating func parseHeader(_ line: Line) {
        var cursor = makeCursor(for: line, skippingWords: 1)
        guard let title = optionalTitle(&cursor) else {
            error(.expectedTitle, "expected the story's title in quotes after 'story'", at: cursor.here,
                  help: "write it like this: story \"Patrol to the Elbe\"")
            return
        }
        var header = HeaderSyntax(title: title, range: line.wholeRange)
        while let token = cursor.peek, token.isWord {
            if !headerClause(&cursor, into: &header) { break }
        }
        expectEnd(cursor, after: "the story's title")

        for item in items(of: line.children, in: .header) {
            switch item {
            case .paragraph(let lines):
                error(.unexpectedWords, "the story header holds only its details (id, by, version, start, introduction, credits)",
                      at: lines[0].wholeRange, help: "put text under 'introduction', or start a scene")
            case .instruction(let child, "introduction"):
                header.introduction = proseBlock(child.children)
                if header.introduction.isEmpty { emptyBlock(child, "introduction") }
            case .instruction(let child, "credits"):
                header.credits = proseBlock(child.children)
                if header.credits.isEmpty { emptyBlock(child, "credits") }
            case .instruction(let child, "maximum"):
                parseMaximumScore(child)
            case .instruction(let child, "by"):
                rejectChildren(of: child, keyword: "by")
                header.author = restString(child)
            case .instruction(let child, _):
                rejectChildren(of: child, keyword: String(child.firstWord))
                var inner = makeCursor(for: child)
                _ = headerClause(&inner, into: &header)
                expectEnd(inner, after: "'\(child.firstWord)'")
            }
        }
        tree.headers.append(header)
    }

    /// Parses one clause (`id x`, `by "…"`, `version 2`, `start at x`); false if none is there.
    private mutating func headerClause(_ cursor: inout TokenCursor, into header: inout HeaderSyntax) -> Bool {
        if cursor.accept("id") {
            header.id = expectName(&cursor, for: "the story")
        } else if cursor.accept("by") {
            guard let author = optionalTitle(&cursor) else {
                error(.expectedTitle, "expected the author's name in quotes after 'by'", at: cursor.here)
                return false
            }
            header.author = author
        } else if cursor.accept("version") {
            guard let token = cursor.next() else {
                error(.expectedNumber, "expected a version after 'version'", at: cursor.here)
                return false
            }
            header.version = cursor.text(of: token)
        } else if cursor.accept("start") {
            _ = cursor.accept("at")
            header.start = expectName(&cursor, for: "the first scene")
        } else {
            return false
        }
        return true
    }

    mutating func emptyBlock(_ line: Line, _ what: String) {
        warning(.emptyBlock, "'\(what)' has no text indented under it", at: line.range(at: 0, length: what.count),
                help: "indent the text below '\(what)', or remove the line")
    }
}

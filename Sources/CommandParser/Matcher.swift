import StoryModel

/// Matches a list of pieces against words, finding every way the noun phrases can be split.
///
/// Commands are a handful of words, so trying each split is cheap.
enum Matcher {
    /// A piece bound to the words it covers.
    struct Binding: Hashable {
        let piece: Piece
        let words: Range<Int>
    }

    /// Every way `pieces` can cover all of `words`, each as the bindings of its non-literal pieces.
    static func matches(_ pieces: [Piece], _ words: [String]) -> [[Binding]] {
        var results: [[Binding]] = []
        forEachMatch(pieces, words) { match in
            results.append(match)
            return false
        }
        return results
    }

    /// Hands `body` each way `pieces` can cover all of `words`, in the order `matches` lists
    /// them, until `body` returns true. The grammar lines stop at the first match they read: no
    /// list of every match is made, nor a copy of each (docs/performance.md, "Per command,
    /// fourteenth round").
    static func forEachMatch(_ pieces: [Piece], _ words: [String], _ body: ([Binding]) -> Bool) {
        var current: [Binding] = []
        current.reserveCapacity(pieces.count)
        _ = search(pieces[...], words, from: 0, &current, body)
    }

    /// True when `body` asked to stop.
    private static func search(_ pieces: ArraySlice<Piece>, _ words: [String], from start: Int,
                               _ current: inout [Binding], _ body: ([Binding]) -> Bool) -> Bool {
        guard let piece = pieces.first else {
            return start == words.count && body(current)
        }
        let rest = pieces.dropFirst()
        switch piece {
        case .word(let word):
            if start < words.count, words[start] == word { return search(rest, words, from: start + 1, &current, body) }
        case .direction:
            guard start < words.count, Direction.typed(words[start]) != nil else { return false }
            current.append(Binding(piece: piece, words: start..<start + 1))
            defer { current.removeLast() }
            return search(rest, words, from: start + 1, &current, body)
        case .text:
            current.append(Binding(piece: piece, words: start..<words.count))
            defer { current.removeLast() }
            return search(rest, words, from: words.count, &current, body)
        case .noun, .nouns, .topic, .place:
            guard start < words.count else { return false }
            for end in (start + 1)...words.count {
                if case .word(let next)? = rest.first, end < words.count, words[end] != next { continue }
                current.append(Binding(piece: piece, words: start..<end))
                let stop = search(rest, words, from: end, &current, body)
                current.removeLast()
                if stop { return true }
            }
        }
        return false
    }
}


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
        var current: [Binding] = []
        current.reserveCapacity(pieces.count)
        search(pieces[...], words, from: 0, &current, &results)
        return results
    }

    private static func search(_ pieces: ArraySlice<Piece>, _ words: [String], from start: Int,
                               _ current: inout [Binding], _ results: inout [[Binding]]) {
        guard let piece = pieces.first else {
            if start == words.count { results.append(current) }
            return
        }
        let rest = pieces.dropFirst()
        switch piece {
        case .word(let word):
            if start < words.count, words[start] == word { search(rest, words, from: start + 1, &current, &results) }
        case .direction:
            guard start < words.count, Direction.typed(words[start]) != nil else { return }
            current.append(Binding(piece: piece, words: start..<start + 1))
            search(rest, words, from: start + 1, &current, &results)
            current.removeLast()
        case .text:
            current.append(Binding(piece: piece, words: start..<words.count))
            search(rest, words, from: words.count, &current, &results)
            current.removeLast()
        case .noun, .nouns, .topic, .place:
            guard start < words.count else { return }
            for end in (start + 1)...words.count {
                if case .word(let next)? = rest.first, end < words.count, words[end] != next { continue }
                current.append(Binding(piece: piece, words: start..<end))
                search(rest, words, from: end, &current, &results)
                current.removeLast()
            }
        }
    }
}


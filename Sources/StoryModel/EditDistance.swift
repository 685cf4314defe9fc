/// Edit distance between words, for "did you mean" suggestions in the compiler and the parser.
public enum EditDistance {
    /// The optimal-string-alignment distance between two words: insertions, deletions,
    /// substitutions and swaps of neighbouring Characters each cost 1.
    ///
    /// Walks the Characters by index rather than by integer offsets into the strings.
    /// - Complexity: O(m × n) time, O(n) memory.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    best = min(best, previousPrevious[j - 2] + 1)
                }
                current[j] = best
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }

    /// The largest distance worth suggesting for a word of this length: 1 up to four
    /// Characters, 2 up to eight, 3 beyond.
    public static func tolerance(for word: String) -> Int {
        switch word.count {
        case ...4: 1
        case ...8: 2
        default: 3
        }
    }

    /// The candidates close enough to be what was meant, nearest first, ties in alphabetical order.
    public static func suggestions<S: Sequence>(for word: String, among candidates: S, limit: Int = 3) -> [String]
    where S.Element == String {
        let allowed = tolerance(for: word)
        var scored: [(Int, String)] = []
        for candidate in candidates where candidate != word {
            guard abs(candidate.count - word.count) <= allowed else { continue }
            let d = distance(word, candidate)
            if d <= allowed { scored.append((d, candidate)) }
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}

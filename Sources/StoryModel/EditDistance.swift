/// Edit distance between words, for "did you mean" suggestions in the compiler and the parser.
public enum EditDistance {
    /// The optimal-string-alignment distance between two words: insertions, deletions,
    /// substitutions and swaps of neighbouring Characters each cost 1.
    ///
    /// Walks the Characters by index rather than by integer offsets into the strings.
    /// - Complexity: O(m × n) time, O(n) memory.
    public static func distance(_ a: String, _ b: String) -> Int {
        if let distance = printableASCIIDistance(a, b) { return distance }
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

    /// The same distance on the bytes of two words of printable ASCII, where every byte is one
    /// Character: no arrays of Characters, and the rows on the stack. Nil for any other words.
    /// With `atMost`, any distance above it may come back as `atMost + 1`: the rows stop once
    /// no alignment can come back within it.
    static func printableASCIIDistance(_ a: String, _ b: String, atMost limit: Int = .max - 1) -> Int? {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y -> Int? in
                guard x.allSatisfy({ (0x20..<0x7F).contains($0) }), y.allSatisfy({ (0x20..<0x7F).contains($0) }) else { return nil }
                if x.isEmpty { return y.count }
                if y.isEmpty { return x.count }
                // Never less than the difference in length.
                if abs(x.count - y.count) > limit { return limit + 1 }
                let width = y.count + 1
                return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * width) { rows in
                    // previousPrevious, previous and current, in turn, as offsets into `rows`.
                    var (twoBack, back, now) = (0, width, 2 * width)
                    for j in 0..<width { rows[twoBack + j] = 0; rows[back + j] = j; rows[now + j] = 0 }
                    // The least value of the row before: a row's least is never below the smaller of
                    // the row before's least and the least of the one before that plus 1, so once a
                    // row's is above the limit and the row before's at it, all that follow are above it.
                    var backLeast = 0
                    for i in 1...x.count {
                        rows[now] = i
                        var least = i
                        for j in 1...y.count {
                            let cost = x[i - 1] == y[j - 1] ? 0 : 1
                            var best = min(rows[back + j] + 1, rows[now + j - 1] + 1, rows[back + j - 1] + cost)
                            if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                                best = min(best, rows[twoBack + j - 2] + 1)
                            }
                            rows[now + j] = best
                            least = min(least, best)
                        }
                        if least > limit, backLeast >= limit { return limit + 1 }
                        backLeast = least
                        (twoBack, back, now) = (back, now, twoBack)
                    }
                    return rows[back + y.count]
                }
            }
        }
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
        suggestions(for: word, among: Array(candidates), limit: limit)
    }

    /// The same for an array, walked without generic calls: the parser measures a typed word
    /// against a thousand verbs.
    public static func suggestions(for word: String, among candidates: [String], limit: Int = 3) -> [String] {
        let allowed = tolerance(for: word)
        let length = word.count
        var scored: [(Int, String)] = []
        for candidate in candidates where candidate != word {
            // Printable ASCII on both sides: the length checked and the distance measured on the bytes.
            if let d = printableASCIIDistance(word, candidate, atMost: allowed) {
                if d <= allowed { scored.append((d, candidate)) }
                continue
            }
            guard abs(candidate.count - length) <= allowed else { continue }
            let d = distance(word, candidate)
            if d <= allowed { scored.append((d, candidate)) }
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
    }
}

/// A readable line-by-line difference between two texts.
public enum TextDifference {
    /// Lists the lines that differ, `-` for expected and `+` for actual, with line numbers and a
    /// few unchanged lines before the first change.
    public static func describe(expected: String, actual: String, context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < a.count, first < b.count, a[first] == b[first] { first += 1 }
        var lastA = a.count - 1, lastB = b.count - 1
        while lastA >= first, lastB >= first, a[lastA] == b[lastB] { lastA -= 1; lastB -= 1 }
        var out: [String] = []
        for i in max(0, first - context)..<first { out.append("  \(i + 1): \(a[i])") }
        if first <= lastA { for i in first...lastA { out.append("- \(i + 1): \(a[i])") } }
        if first <= lastB { for i in first...lastB { out.append("+ \(i + 1): \(b[i])") } }
        return out.joined(separator: "\n")
    }
}

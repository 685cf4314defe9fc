/// A readable line-by-line difference between two texts.
public enum TextDifference {
    /// Lists the lines that differ, `-` for expected and `+` for actual, with line numbers, in
    /// separate hunks with a few unchanged lines around each, so two changed lines far apart show
    /// as two small hunks rather than one block of everything between them.
    public static func describe(expected: String, actual: String, context: Int = 3) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var first = 0
        while first < a.count, first < b.count, a[first] == b[first] { first += 1 }
        var endA = a.count, endB = b.count
        while endA > first, endB > first, a[endA - 1] == b[endB - 1] { endA -= 1; endB -= 1 }
        var edits = (0..<first).map { Edit.same($0, $0) }
        edits += middle(a, first..<endA, b, first..<endB)
        edits += (0..<(a.count - endA)).map { Edit.same(endA + $0, endB + $0) }
        return render(edits, a, b, context: context)
    }

    private enum Edit {
        case same(Int, Int), removed(Int), added(Int)
        var isChange: Bool { if case .same = self { false } else { true } }
    }

    /// The changed middle as a longest-common-subsequence edit script; when it is too large for
    /// that, all of it removed then all of it added.
    private static func middle(_ a: [Substring], _ ra: Range<Int>, _ b: [Substring], _ rb: Range<Int>) -> [Edit] {
        let n = ra.count, m = rb.count
        guard n > 0, m > 0, n * m <= 1_000_000 else { return ra.map(Edit.removed) + rb.map(Edit.added) }
        // lengths[i][j]: the LCS of a[ra][i...] and b[rb][j...].
        var lengths = [[Int32]](repeating: [Int32](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lengths[i][j] = a[ra.lowerBound + i] == b[rb.lowerBound + j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[ra.lowerBound + i] == b[rb.lowerBound + j] {
                edits.append(.same(ra.lowerBound + i, rb.lowerBound + j)); i += 1; j += 1
            } else if j < m, i == n || lengths[i][j + 1] >= lengths[i + 1][j] {
                edits.append(.added(rb.lowerBound + j)); j += 1
            } else {
                edits.append(.removed(ra.lowerBound + i)); i += 1
            }
        }
        // Within each run of changes, the removed lines first, then the added ones.
        var ordered: [Edit] = [], run: [Edit] = []
        for edit in edits + [.same(-1, -1)] {
            if edit.isChange { run.append(edit); continue }
            ordered += run.filter { if case .removed = $0 { true } else { false } } + run.filter { if case .added = $0 { true } else { false } }
            run = []
            if case .same(let x, _) = edit, x >= 0 { ordered.append(edit) }
        }
        return ordered
    }

    private static func render(_ edits: [Edit], _ a: [Substring], _ b: [Substring], context: Int) -> String {
        let changes = edits.indices.filter { edits[$0].isChange }
        var shown = Set<Int>()
        for index in changes { shown.formUnion(max(0, index - context)...min(edits.count - 1, index + context)) }
        var out: [String] = []
        var previous: Int?
        for index in shown.sorted() {
            if let previous, index > previous + 1 { out.append("  …") }
            previous = index
            switch edits[index] {
            case .same(let i, _): out.append("  \(i + 1): \(a[i])")
            case .removed(let i): out.append("- \(i + 1): \(a[i])")
            case .added(let j): out.append("+ \(j + 1): \(b[j])")
            }
        }
        return out.joined(separator: "\n")
    }
}

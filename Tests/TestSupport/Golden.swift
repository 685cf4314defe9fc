import Foundation

/// Compares text with a golden file, the way snapshot tests do.
///
/// With `RECORD_TRANSCRIPTS=1` in the environment the golden file is rewritten and the
/// comparison still fails, so a missing or stale golden can never pass unnoticed.
public enum Golden {
    /// True when goldens should be rewritten.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_TRANSCRIPTS"] == "1"
    }

    /// Returns nil when `actual` equals the golden file's text, else a message with a line diff.
    public static func compare(_ actual: String, toFileAt path: String) -> String? {
        if isRecording {
            try? actual.write(toFile: path, atomically: true, encoding: .utf8)
            return "recorded \(path); run again without RECORD_TRANSCRIPTS=1"
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            return "no golden file at \(path); run with RECORD_TRANSCRIPTS=1 to record it"
        }
        if expected == actual { return nil }
        return "\(path) differs:\n" + LineDiff.describe(expected: expected, actual: actual)
    }
}

/// A readable line-by-line difference between two texts.
public enum LineDiff {
    /// Lists the lines that differ, `-` for expected and `+` for actual, around the first change.
    public static func describe(expected: String, actual: String, context: Int = 3) -> String {
        let a = expected.components(separatedBy: "\n")
        let b = actual.components(separatedBy: "\n")
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

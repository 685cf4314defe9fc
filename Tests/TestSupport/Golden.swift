import AuthoringTools
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

/// A readable line-by-line difference between two texts (the one `elbe-adventure test` shows).
public enum LineDiff {
    /// Lists the lines that differ, `-` for expected and `+` for actual, around the first change.
    public static func describe(expected: String, actual: String, context: Int = 3) -> String {
        TextDifference.describe(expected: expected, actual: actual, context: context)
    }
}

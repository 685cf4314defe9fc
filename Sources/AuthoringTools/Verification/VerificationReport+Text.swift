/// The report as `verify` prints it.
extension VerificationReport: CustomStringConvertible {
    /// At most this many soft-locks are listed; the rest are counted.
    static let shownSoftLocks = 10

    public var description: String {
        var out = ["verify: \(storyTitle)"]
        if isIncomplete {
            out.append("stopped after \(maxStates) states (--max-states): what is marked reachable was reached; what is marked unreachable, and soft-locks, were not proved; raise --max-states to finish")
        }
        out.append("")
        out.append("endings:")
        for (finding, success) in zip(endings, endingIsSuccess) {
            out.append(line(finding, kind: success ? "success" : "failure"))
        }
        out.append("facts:")
        out += facts.map { line($0, kind: nil) }
        out.append("scenes:")
        out += scenes.map { line($0, kind: nil) }
        out.append("soft-locks:" + (softLocks.isEmpty ? (isIncomplete ? " not searched (incomplete)" : " none") : ""))
        for lock in softLocks.prefix(Self.shownSoftLocks) {
            out.append("  stuck in \(lock.scene) after: \(Self.sequence(lock.path))")
        }
        if softLocks.count > Self.shownSoftLocks {
            out.append("  … and \(softLocks.count - Self.shownSoftLocks) more ways in")
        }
        if !actionsNeverRun.isEmpty {
            out.append("actions that never run:")
            out += actionsNeverRun.map { "  " + $0 }
        }
        if !topicsNeverRun.isEmpty {
            out.append("conversations that never run:")
            out += topicsNeverRun.map { "  " + $0 }
        }
        out.append("")
        out.append("\(statesExplored) states explored; \(verdict)")
        return out.joined(separator: "\n") + "\n"
    }

    /// One sentence: passed, or the first reason it did not.
    public var verdict: String {
        if passed { return "the story can be finished, every fact unlocked, and no move strands the player" }
        var reasons: [String] = []
        if isIncomplete { reasons.append("the search was not finished") }
        if shortestWin == nil { reasons.append("no success ending can be reached") }
        let missing = facts.filter { $0.path == nil }.count
        if missing > 0 { reasons.append("\(missing) fact\(missing == 1 ? "" : "s") cannot be unlocked") }
        if !softLocks.isEmpty { reasons.append("\(softLockedStates) soft-locked state\(softLockedStates == 1 ? "" : "s")") }
        return "FAILED: " + reasons.joined(separator: "; ")
    }

    private func line(_ finding: Finding, kind: String?) -> String {
        let label = "  \(finding.id)" + (kind.map { " (\($0))" } ?? "")
        guard let path = finding.path else { return label + ": UNREACHABLE" }
        return label + ": " + Self.sequence(path)
    }

    /// A command sequence on one line: `north, take silver coin, south`.
    static func sequence(_ path: [String]) -> String {
        path.isEmpty ? "at the start" : path.joined(separator: ", ")
    }

    /// A command list for `--walkthrough`: one command per line, ready to pipe into `play`.
    public static func walkthrough(_ path: [String]) -> String {
        path.map { $0 + "\n" }.joined()
    }
}

/// The report as `verify` prints it.
extension VerificationReport: CustomStringConvertible {
    /// At most this many soft-locks are listed; the rest are counted.
    static let shownSoftLocks = 10

    public var description: String {
        var out = ["verify: \(storyTitle)"]
        if isIncomplete {
            out.append("stopped after \(maxStates) states (--max-states): what has commands below was reached; what was \"not reached\" may still be reachable, and soft-locks were not searched; raise --max-states to finish")
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
            out.append("  stuck in \(lock.scene) " + (lock.path.isEmpty ? "from the start" : "after: " + Self.sequence(lock.path)))
            if !lock.closedWays.isEmpty { out.append("    ways that stay closed from there: " + lock.closedWays.joined(separator: "; ")) }
        }
        if softLocks.count > Self.shownSoftLocks {
            out.append("  … and \(softLocks.count - Self.shownSoftLocks) more ways in")
        }
        if !actionsNeverRun.isEmpty {
            out.append(isIncomplete ? "actions not run within \(maxStates) states:" : "actions that never run:")
            out += actionsNeverRun.map { "  " + $0 }
        }
        if !topicsNeverRun.isEmpty {
            out.append(isIncomplete ? "conversations not run within \(maxStates) states:" : "conversations that never run:")
            out += topicsNeverRun.map { "  " + $0 }
        }
        if !dropsNotTried.isEmpty, !isIncomplete {
            // Said before the verdict, so that "the story can be finished" is read with it.
            let shown = dropsNotTried.prefix(3).joined(separator: "; ")
            let more = dropsNotTried.count > 3 ? "; and \(dropsNotTried.count - 3) more" : ""
            out.append("not tried: leaving things behind, which \(dropsNotTried.count == 1 ? "a way on needs" : "\(dropsNotTried.count) ways on need") carried: \(shown)\(more); `verify --drops` tries it")
        }
        out.append("")
        out.append("\(statesExplored) states explored; \(verdict)")
        return out.joined(separator: "\n") + "\n"
    }

    /// One sentence: passed, or the first reason it did not.
    public var verdict: String {
        if passed { return "the story can be finished, every fact unlocked, and no move strands the player" }
        var reasons: [String] = []
        let missing = facts.filter { $0.path == nil }.count
        if isIncomplete {
            // Nothing is proved missing by a search cut short (a teacher read "no success ending
            // can be reached" as "my story cannot be won").
            reasons.append("the search stopped at \(maxStates) states before it finished")
            if shortestWin == nil { reasons.append("no success ending reached within them") }
            if missing > 0 { reasons.append("\(missing) fact\(missing == 1 ? "" : "s") not unlocked within them") }
            return "FAILED: " + reasons.joined(separator: "; ") + "; nothing is proved unreachable: raise --max-states"
        }
        if shortestWin == nil { reasons.append("no success ending can be reached") }
        if missing > 0 { reasons.append("\(missing) fact\(missing == 1 ? "" : "s") cannot be unlocked") }
        if !softLocks.isEmpty { reasons.append("\(softLockedStates) soft-locked state\(softLockedStates == 1 ? "" : "s")") }
        return "FAILED: " + reasons.joined(separator: "; ")
    }

    private func line(_ finding: Finding, kind: String?) -> String {
        let label = "  \(finding.id)" + (kind.map { " (\($0))" } ?? "")
        guard let path = finding.path else { return label + (isIncomplete ? ": not reached within \(maxStates) states" : ": UNREACHABLE") }
        return label + ": " + Self.sequence(path)
    }

    /// A command sequence on one line: `north, take silver coin, south`.
    static func sequence(_ path: [String]) -> String {
        path.isEmpty ? "at the start" : path.joined(separator: ", ")
    }

    /// Why no walkthrough can be written (nil when there is a win to write).
    public var noWalkthroughReason: String? {
        guard shortestWin == nil else { return nil }
        return isIncomplete
            ? "no success ending reached within \(maxStates) states (the search stopped before it finished; raise --max-states)"
            : "no success ending can be reached"
    }

    /// A command list for `--walkthrough`: one command per line, ready to pipe into `play`.
    public static func walkthrough(_ path: [String]) -> String {
        path.map { $0 + "\n" }.joined()
    }
}

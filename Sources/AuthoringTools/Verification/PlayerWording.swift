import AdventureEngine
import StoryModel

/// The report's commands as a player types them: the search asks a person's `about yes` or
/// `about no` directly (`ask sergeant harris about yes`), where a player answers the person's
/// question with `yes`. Two blind authors read `ask sergeant harris about yes` in a winning path
/// and took it for the way their students would have to play (session 13).
///
/// Each `ask X about yes` (or `no`) of a path is replayed: when a bare `yes` at that point runs
/// the same response, the path says `yes`; else, when `talk to X` changes nothing a guard could
/// read and a `yes` after it runs the same response, the path says `talk to X, yes`; else it
/// keeps the search's words. Only paths with such a command are replayed.
struct PlayerWording {
    let engine: Engine

    /// The report with every path worded for a player.
    func reword(_ report: VerificationReport) -> VerificationReport {
        var report = report
        report.endings = report.endings.map(reword)
        report.facts = report.facts.map(reword)
        report.scenes = report.scenes.map(reword)
        report.softLocks = report.softLocks.map { lock in
            var lock = lock
            lock.path = reword(lock.path)
            return lock
        }
        report.shortestWin = report.shortestWin.map(reword)
        report.completeWin = report.completeWin.map(reword)
        return report
    }

    private func reword(_ finding: VerificationReport.Finding) -> VerificationReport.Finding {
        var finding = finding
        finding.path = finding.path.map(reword)
        return finding
    }

    /// A path with each answer asked as a topic worded as the player's `yes` or `no`.
    func reword(_ path: [String]) -> [String] {
        guard path.contains(where: { Self.answer(in: $0) != nil }) else { return path }
        var state = engine.start().0
        var worded: [String] = []
        for command in path {
            if let (person, answer) = Self.answer(in: command) {
                worded += playerWords(for: command, person: person, answer: answer, state: state) ?? [command]
            } else {
                worded.append(command)
            }
            _ = engine.perform(command, on: &state)
        }
        return worded
    }

    /// `ask sergeant harris about yes` → ("sergeant harris", "yes").
    static func answer(in command: String) -> (person: String, answer: String)? {
        for answer in ["yes", "no"] where command.hasPrefix("ask ") && command.hasSuffix(" about \(answer)") {
            let person = command.dropFirst(4).dropLast(" about \(answer)".count)
            if !person.isEmpty { return (String(person), answer) }
        }
        return nil
    }

    /// The player's words that run the same response as the command, or nil.
    private func playerWords(for command: String, person: String, answer: String, state: GameState) -> [String]? {
        var asked = state
        let ran = engine.perform(command, on: &asked).responsesRun
        guard !ran.isEmpty else { return nil }
        var answered = state
        if engine.perform(answer, on: &answered).responsesRun == ran { return [answer] }
        var talked = state
        _ = engine.perform("talk to \(person)", on: &talked)
        guard talked.flags == state.flags, talked.counters == state.counters, talked.locations == state.locations,
              talked.factTurns == state.factTurns, talked.scene == state.scene else { return nil }
        if engine.perform(answer, on: &talked).responsesRun == ran { return ["talk to \(person)", answer] }
        return nil
    }
}

import ArgumentParser
import AuthoringTools
import Foundation

/// `elbe-adventure verify STORY`: proves that a story can be finished and that no move strands the player.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Play every possible move and prove the story can be finished.",
        discussion: """
            Explores every reachable state of the game and reports each ending, fact and scene with the \
            shortest commands that reach it, every soft-lock (a state from which no success ending can be \
            reached) with the shortest commands into it, and the actions and conversations that never run. \
            Exits 0 when a success ending is reachable, every fact can be unlocked and nothing soft-locks; \
            1 otherwise (also when --max-states stops the search).
            """
    )

    @Argument(help: "The story file to verify (the bundled Elbe story if omitted).", completion: .file(extensions: ["story"]))
    var story: String?

    @Option(help: "Stop after this many distinct states.")
    var maxStates: Int = Verifier.defaultMaxStates

    @Flag(help: "Also try dropping each carried thing that a guard needs, in every scene (finds soft-locks made by leaving something behind; multiplies the states to search).")
    var drops = false

    @Option(help: "Write the shortest winning command list to this file (and, when it differs, one that also unlocks every fact to FILE-all-facts).",
            completion: .file())
    var walkthrough: String?

    func validate() throws {
        if maxStates < 1 { throw ValidationError("--max-states must be at least 1") }
    }

    func run() throws {
        guard let compiled = try loadStory(story).story else { throw ExitCode(1) }
        let report = Verifier(story: compiled).verify(maxStates: maxStates, triesDrops: drops, findsCompleteWin: walkthrough != nil)
        print(report.description, terminator: "")
        if let walkthrough {
            try writeWalkthroughs(report, to: walkthrough)
        }
        if !report.passed { throw ExitCode(1) }
    }

    private func writeWalkthroughs(_ report: VerificationReport, to path: String) throws {
        guard let win = report.shortestWin else {
            print("no walkthrough written: \(report.noWalkthroughReason ?? "")")
            return
        }
        try write(VerificationReport.walkthrough(win), to: path)
        print("wrote the shortest win (\(win.count) commands) to \(path)")
        if let complete = report.completeWin, complete != win {
            let allFacts = Self.siblingPath(path, suffix: "-all-facts")
            try write(VerificationReport.walkthrough(complete), to: allFacts)
            print("wrote the shortest win with every fact (\(complete.count) commands) to \(allFacts)")
        }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw ValidationError("cannot write '\(path)': \(error.localizedDescription)")
        }
    }

    /// `walk.txt` → `walk-all-facts.txt`.
    static func siblingPath(_ path: String, suffix: String) -> String {
        let ext = (path as NSString).pathExtension
        guard !ext.isEmpty else { return path + suffix }
        return (path as NSString).deletingPathExtension + suffix + "." + ext
    }
}

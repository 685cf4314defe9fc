import AdventureEngine
import Foundation
import SaveGames
import Testing

/// Saves survive a process killed at any moment, and players in other processes lose nothing.
@Suite(.serialized) struct CrashTests {
    let helper = SaveTestSupport.productsDirectory + "/SaveStress"

    func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: helper)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test("a save killed mid-write leaves the old or the new game, never a torn file")
    func killedWhileSaving() throws {
        try #require(FileManager.default.isExecutableFile(atPath: helper), "SaveStress helper not built at \(helper)")
        let folder = SaveTestSupport.temporaryFolder()
        let story = SaveTestSupport.storyFile(in: folder)
        let player = try PlayerName("Crash")
        var generator = SystemRandomNumberGenerator()
        let expected = (0...60).map { SaveTestSupport.stressGame(after: $0).state }
        // One whole run, not killed, tells how long the helper takes on this build (an
        // unoptimised or sanitized build starts far slower than a release one), so the kills
        // below land anywhere in a run, from before its first save to after its last.
        let timing = Date()
        let whole = try launch([story, "\(folder)/timing", "Crash", "60"])
        whole.waitUntilExit()
        let runMicroseconds = UInt32(min(2_000_000, max(40_000, Date().timeIntervalSince(timing) * 1_000_000)))
        // About eight seconds of kills whatever the build: 200 rounds of a fast one, at least 40.
        let rounds = max(40, min(200, Int(16_000_000 / runMicroseconds)))
        var roundsWithASave = 0
        for round in 0..<rounds {
            let process = try launch([story, folder, "Crash", "60"])
            usleep(UInt32.random(in: 0...runMicroseconds, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let store = SaveStore(saves: SavesFolder(path: folder), player: player, storyID: "save-test")
            guard FileManager.default.fileExists(atPath: store.path(of: .autosave)) else { continue }
            roundsWithASave += 1
            let file = try store.read(.autosave, storyID: "save-test")
            guard case .exact(let restored) = try SaveRestorer(story: SaveTestSupport.story).restore(file, path: "autosave") else {
                Issue.record("round \(round): the save does not fit")
                continue
            }
            #expect(expected.contains(restored.state), "round \(round): the save holds a state that was never written")
        }
        #expect(roundsWithASave > 0, "no round lived long enough to save: the kills prove nothing")
        let store = SaveStore(saves: SavesFolder(path: folder), player: player, storyID: "save-test")
        store.removeLeftoverTemporaryFiles()
        let left = try FileManager.default.contentsOfDirectory(atPath: store.folder).filter { $0.hasSuffix(".tmp") }
        #expect(left.isEmpty, "interrupted saves leave nothing behind once cleaned")
    }

    @Test("players saving in parallel processes into one folder lose nothing")
    func parallelPlayers() throws {
        try #require(FileManager.default.isExecutableFile(atPath: helper))
        let folder = SaveTestSupport.temporaryFolder()
        let story = SaveTestSupport.storyFile(in: folder)
        let players = (1...8).map { "Student \($0)" }
        let processes = try players.map { try launch([story, folder, $0, "40"]) }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let final = SaveTestSupport.stressGame(after: 39).state
        for name in players {
            let store = SaveStore(saves: SavesFolder(path: folder), player: try PlayerName(name), storyID: "save-test")
            let file = try store.read(.autosave, storyID: "save-test")
            guard case .exact(let restored) = try SaveRestorer(story: SaveTestSupport.story).restore(file, path: "autosave") else {
                Issue.record("\(name): the save does not fit")
                continue
            }
            #expect(restored.state == final)
            #expect(file.player == name)
        }
    }
}

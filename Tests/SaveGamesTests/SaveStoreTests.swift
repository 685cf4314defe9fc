import AdventureEngine
import Foundation
import SaveGames
import Testing

@Suite struct SaveStoreTests {
    let folder = SaveTestSupport.temporaryFolder()
    static let anna = try! PlayerName("Anna")
    var store: SaveStore { SaveStore(saves: SavesFolder(path: folder), player: Self.anna, storyID: "save-test") }

    @Test func saveAndRestoreRoundTripExactly() throws {
        var game = Game(story: SaveTestSupport.story)
        for command in ["take green flare", "n", "s", "e", "undo", "drop orders"] { _ = game.perform(command) }
        let name = try SaveName("Before the River")
        try store.save(game, as: name, stamp: SaveTestSupport.stamp)
        let file = try store.read(try SaveName("before the river"), storyID: "save-test")
        let restorer = SaveRestorer(story: SaveTestSupport.story, stamp: SaveTestSupport.stamp)
        guard case .exact(var restored) = try restorer.restore(file, path: "x") else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(restored.snapshot == game.snapshot)
        #expect(restored.state == game.state)
        _ = restored.perform("undo")
        _ = game.perform("undo")
        #expect(restored.state == game.state, "undo history survives a save and restore")
    }

    @Test func savingAgainKeepsTheOldVersionAsBackup() throws {
        var game = Game(story: SaveTestSupport.story)
        try store.save(game, as: .autosave, stamp: SaveTestSupport.stamp)
        _ = game.perform("n")
        try store.save(game, as: .autosave, stamp: SaveTestSupport.stamp)
        #expect(try store.read(.autosave, storyID: "save-test").summary.scene == "leckwitz")
        #expect(try store.readBackup(.autosave, storyID: "save-test").summary.scene == "strehla")
    }

    /// The game skips reading back a save it wrote itself before replacing it, but only while
    /// nothing has touched the file: one damaged since (here with the same length) is still kept
    /// aside, and the good backup stays.
    @Test func aSaveDamagedAfterTheGameWroteItIsStillKeptAside() throws {
        var game = Game(story: SaveTestSupport.story)
        let name = try SaveName("river")
        try store.save(game, as: name, stamp: SaveTestSupport.stamp)
        _ = game.perform("n")
        try store.save(game, as: name, stamp: SaveTestSupport.stamp)
        let path = store.path(of: name)
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        try Data(repeating: UInt8(ascii: "x"), count: written.count).write(to: URL(fileURLWithPath: path))
        _ = game.perform("s")
        try store.save(game, as: name, stamp: SaveTestSupport.stamp)
        let kept = try FileManager.default.contentsOfDirectory(atPath: store.folder).filter { $0.hasPrefix("river.save.damaged-") }
        #expect(kept.count == 1, "the damaged save is kept aside")
        #expect(try store.readBackup(name, storyID: "save-test").summary.scene == "strehla", "the good backup stays")
        #expect(try store.read(name, storyID: "save-test").summary.turns == game.state.turns)
    }

    @Test func listingsNameTheSceneFactsAndTurns() throws {
        var game = Game(story: SaveTestSupport.story)
        _ = game.perform("n")
        try store.save(game, as: try SaveName("one"), stamp: SaveTestSupport.stamp, at: Date(timeIntervalSince1970: 0))
        try Data("not json".utf8).write(to: URL(fileURLWithPath: store.folder + "/broken.save"))
        let listings = store.listings()
        #expect(listings.map(\.name) == ["one", "broken"])
        #expect(listings[0].file?.summary.sceneTitle == "Leckwitz")
        #expect(listings[0].file?.summary.factsUnlocked == ["horseman"])
        #expect(listings[1].problem?.contains("it is damaged, or it is not a saved game") == true)
    }

    @Test func aSecondGameOfTheSamePlayerIsLockedOut() throws {
        let first = try PlayerLock(folder: folder, player: "Anna")
        #expect(throws: SaveError.alreadyPlaying("Anna")) { try PlayerLock(folder: folder, player: "Anna") }
        _ = first
    }

    @Test func theLockIsReleasedWhenTheGameEnds() throws {
        do { _ = try PlayerLock(folder: folder, player: "Anna") }
        _ = try PlayerLock(folder: folder, player: "Anna")
    }
}

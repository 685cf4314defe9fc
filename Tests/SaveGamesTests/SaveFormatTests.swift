import AdventureEngine
import Foundation
import SaveGames
import Testing

/// The save format's version 2 (places as short values, the undo history bounded)
/// and the version 1 saves written before it, which must still restore exactly.
@Suite struct SaveFormatTests {
    let folder = SaveTestSupport.temporaryFolder()
    static let anna = try! PlayerName("Anna")
    var store: SaveStore { SaveStore(saves: SavesFolder(path: folder), player: Self.anna, storyID: "save-test") }
    var restorer: SaveRestorer { SaveRestorer(story: SaveTestSupport.story, stamp: SaveTestSupport.stamp) }

    /// A game with a command that failed, one carried thing, things in two scenes.
    static func playedGame() -> Game {
        var game = Game(story: SaveTestSupport.story)
        for command in ["take green flare", "xyzzy", "n", "s", "e", "drop orders", "w"] { _ = game.perform(command) }
        return game
    }

    @Test func aSaveWritesEachPlaceAsOneShortValue() throws {
        let game = Self.playedGame()
        try store.save(game, as: try SaveName("short"), stamp: SaveTestSupport.stamp)
        let text = try String(contentsOfFile: store.path(of: try SaveName("short")), encoding: .utf8)
        #expect(text.contains("\"formatVersion\" : 2"))
        #expect(text.contains("\"input\" : \"xyzzy\""), "each command is kept")
        #expect(text.contains("\"carried\"") && text.contains("\"scene 2\""), "a place is one short word")
        let file = try store.read(try SaveName("short"), storyID: "save-test")
        #expect(file.allCommands == game.log, "which commands worked survives the round trip")
        guard case .exact(let restored) = try restorer.restore(file, path: "short") else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(restored.state == game.state)
    }

    @Test func aSaveOfFormatVersion1StillRestoresExactly() throws {
        let game = Self.playedGame()
        let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "old", savedAt: "2026-11-20T10:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot)
        let version1 = try Self.asVersion1(try SaveCodec.encode(file))
        let text = String(decoding: version1, as: UTF8.self)
        #expect(text.contains("\"_0\""), "the test file is in the old form")
        let read = try SaveCodec.decode(version1, path: "old.save", storyID: "save-test")
        #expect(read.formatVersion == 1)
        #expect(read.allCommands == game.log)
        guard case .exact(var restored) = try restorer.restore(read, path: "old.save") else {
            Issue.record("expected an exact restore")
            return
        }
        var original = game
        #expect(restored.state == original.state)
        _ = restored.perform("undo")
        _ = original.perform("undo")
        #expect(restored.state == original.state, "the undo history of an old save still works")
    }

    @Test func aSaveKeepsTheNewestHundredUndoSteps() throws {
        var game = Game(story: SaveTestSupport.story)
        for turn in 0..<(SaveFile.undoStepsInFile + 40) { _ = game.perform(turn.isMultiple(of: 2) ? "n" : "s") }
        try store.save(game, as: try SaveName("long"), stamp: SaveTestSupport.stamp)
        guard case .exact(var restored) = try restorer.restore(try store.read(try SaveName("long"), storyID: "save-test"), path: "long") else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(restored.undoCount == SaveFile.undoStepsInFile)
        for _ in 0..<SaveFile.undoStepsInFile {
            _ = restored.perform("undo")
            _ = game.perform("undo")
            #expect(restored.state == game.state)
        }
        #expect(restored.perform("undo").outputs == [.error("There is nothing to undo.")])
    }

    @Test func aPlaceThatIsNotOneIsADamagedSaveNotACrash() throws {
        let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "bad", savedAt: "2026-11-20T10:00:00Z",
                            summary: SaveSummary(game: Self.playedGame()), game: Self.playedGame().snapshot)
        for bad in ["\"scene -4\"", "\"within x\"", "\"orbit 3\"", "\"scene\""] {
            let text = String(decoding: try SaveCodec.encode(file), as: UTF8.self).replacingOccurrences(of: "\"carried\"", with: bad)
            #expect(throws: SaveError.self) { try SaveCodec.decode(Data(text.utf8), path: "bad.save", storyID: "save-test") }
        }
    }

    @Test func anAutosaveLineKeepsAnyCommandTextExactly() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        var game = Game(story: SaveTestSupport.story)
        try writer.write(game)
        let size = try #require(try FileManager.default.attributesOfItem(atPath: store.path(of: .autosave))[.size] as? Int)
        for command in ["n", "say \"da\" \\ back\tslash \u{1B}[2J ёлка 🙂 \u{7F}", "s"] {
            _ = game.perform(command)
            try writer.write(game)
        }
        let grown = try #require(try FileManager.default.attributesOfItem(atPath: store.path(of: .autosave))[.size] as? Int)
        #expect(grown - size < 3 * 300, "written as lines, not a new snapshot")
        let file = try store.read(.autosave, storyID: "save-test")
        #expect(file.allCommands == game.log)
        #expect(file.summary.turns == game.state.turns)
    }

    /// A save as elbe-adventure wrote it before format version 2: every place Swift's derived
    /// enum form.
    static func asVersion1(_ data: Data) throws -> Data {
        var json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        json["formatVersion"] = 1
        json["game"] = oldPlaces(try #require(json["game"]))
        return try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
    }

    /// Every place in a game's JSON (its things, its undo steps) in the old form; commands left alone.
    static func oldPlaces(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.reduce(into: [String: Any]()) { result, entry in
                result[entry.key] = ["input", "lastInput", "lastMistake"].contains(entry.key) ? entry.value : oldPlaces(entry.value)
            }
        }
        if let array = value as? [Any] { return array.map(oldPlaces) }
        guard let place = value as? String else { return value }
        let parts = place.split(separator: " ")
        if parts.count == 2, ["scene", "within"].contains(parts[0]), let index = Int(parts[1]) { return [String(parts[0]): ["_0": index]] }
        return ["nowhere", "carried", "worn"].contains(place) ? [place: [String: Any]()] : place
    }
}

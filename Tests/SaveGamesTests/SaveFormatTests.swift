import AdventureEngine
import Foundation
import SaveGames
import Testing

/// The save format's version 3 (a JSON header, the game and its commands as lines), and the
/// versions 2 and 1 saves written before it, which must still restore exactly.
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

    @Test func aSaveWritesTheGameAndItsCommandsAsLines() throws {
        let game = Self.playedGame()
        try store.save(game, as: try SaveName("short"), stamp: SaveTestSupport.stamp)
        let text = try String(contentsOfFile: store.path(of: try SaveName("short")), encoding: .utf8)
        #expect(text.contains("\"formatVersion\" : 3"))
        #expect(text.contains("\n-xyzzy\n") && text.contains("\n+take green flare\n"), "each command is kept, and whether it worked")
        #expect(text.contains("\nplaces ") && text.contains(" c") && text.contains(" s2"), "a place is one short word")
        #expect(text.hasSuffix("\nend\n"))
        let file = try store.read(try SaveName("short"), storyID: "save-test")
        #expect(file.allCommands == game.log, "which commands worked survives the round trip")
        guard case .exact(let restored) = try restorer.restore(file, path: "short") else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(restored.state == game.state)
        #expect(restored.snapshot == game.snapshot(keepingUndo: SaveFile.undoStepsInFile), "undo history, again and oops too")
    }

    @Test func everyPartOfTheGameSurvivesTheLines() throws {
        // A mistake for `oops`, text that needs escaping; a question pending ("What do you want to take?").
        let odd = "frobnicate the \\ \"x\"\tflare\u{1B}[2J ёлка 🙂 \u{7F}"
        for ending in ["xyzzy", "take"] {
            var game = Game(story: SaveTestSupport.story)
            for command in ["take green flare", "n", odd, "s", "drop all", ending] { _ = game.perform(command) }
            if ending == "take" { #expect(game.state.core.pending != nil, "the test game has a question pending") }
            for keep in [0, 3, SaveFile.undoStepsInFile] {
                let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "all", savedAt: "2026-11-20T10:00:00Z",
                                    summary: SaveSummary(game: game), game: game.snapshot(keepingUndo: keep))
                let read = try SaveCodec.decode(try SaveCodec.encode(file), path: "all.save", storyID: "save-test")
                #expect(read == file)
            }
            // Every field of the state's core is written: a field added to `GameState.Core` must be
            // added to `appendCore` and `readCore` (Sources/AdventureEngine/SnapshotLines.swift) too.
            #expect(Mirror(reflecting: game.state.core).children.count == 18)
            let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "all", savedAt: "2026-11-20T10:00:00Z",
                                summary: SaveSummary(game: game), game: game.snapshot(keepingUndo: 0))
            #expect(String(decoding: try SaveCodec.encode(file), as: UTF8.self).contains(" handled=0"),
                    "the green flare, which has a `here` text, has been held")
        }
    }

    @Test func aSaveOfFormatVersion2StillRestoresExactly() throws {
        let game = Self.playedGame()
        let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "old", savedAt: "2026-11-20T10:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot)
        let read = try SaveCodec.decode(try Self.asVersion2(file), path: "old.save", storyID: "save-test")
        #expect(read.formatVersion == 2)
        #expect(read.allCommands == game.log)
        guard case .exact(let restored) = try restorer.restore(read, path: "old.save") else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(restored.snapshot == game.snapshot)
    }

    @Test func anAutosaveOfFormatVersion2WithMoveLinesStillRestores() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        var game = Game(story: SaveTestSupport.story)
        _ = game.perform("take green flare")
        try writer.write(game)
        let snapshot = try store.read(.autosave, storyID: "save-test")
        for command in ["n", "s", "e"] {
            _ = game.perform(command)
            try writer.write(game)
        }
        let text = try String(contentsOfFile: store.path(of: .autosave), encoding: .utf8)
        let lines = try #require(text.range(of: "\nend\n")).upperBound
        try (Self.asVersion2(snapshot) + Data(text[lines...].utf8)).write(to: URL(fileURLWithPath: store.path(of: .autosave)))
        let read = try store.read(.autosave, storyID: "save-test")
        #expect(read.formatVersion == 2 && read.movesAfterSnapshot.count == 3)
        guard case .exact(let restored) = try restorer.restore(read, path: "autosave") else {
            Issue.record("expected an exact restore")
            return
        }
        #expect(restored.state == game.state)
    }

    @Test func movesThatDoNotGiveTheGameTheyRecordedAreADamagedSave() throws {
        let writer = AutosaveWriter(store: store, stamp: SaveTestSupport.stamp)
        var game = Game(story: SaveTestSupport.story)
        try writer.write(game)
        for command in ["n", "s"] {
            _ = game.perform(command)
            try writer.write(game)
        }
        let path = store.path(of: .autosave)
        let edited = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "{\"input\":\"s\"", with: "{\"input\":\"e\"")
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SaveError.self) { try restorer.restore(try store.read(.autosave, storyID: "save-test"), path: path) }
    }

    @Test func aSaveOfFormatVersion1StillRestoresExactly() throws {
        let game = Self.playedGame()
        let file = SaveFile(story: SaveTestSupport.stamp, player: "Anna", name: "old", savedAt: "2026-11-20T10:00:00Z",
                            summary: SaveSummary(game: game), game: game.snapshot)
        let version1 = try Self.asVersion1(try Self.asVersion2(file))
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
        for bad in ["s-4", "ix", "o3", "s", "c2"] {
            let text = String(decoding: try SaveCodec.encode(file), as: UTF8.self).replacingOccurrences(of: "\nplaces ", with: "\nplaces \(bad) ")
            #expect(throws: SaveError.self) { try SaveCodec.decode(Data(text.utf8), path: "bad.save", storyID: "save-test") }
        }
        let old = String(decoding: try Self.asVersion2(file), as: UTF8.self)
        for bad in ["\"scene -4\"", "\"within x\"", "\"orbit 3\"", "\"scene\""] {
            let text = old.replacingOccurrences(of: "\"carried\"", with: bad)
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

    /// A save as elbe-adventure wrote it in format version 2: the whole save one JSON document.
    static func asVersion2(_ file: SaveFile) throws -> Data {
        var file = file
        file.formatVersion = 2
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(file) + Data("\n".utf8)
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

import Foundation
import Testing
@testable import SaveGames

/// What is typed at "What is your name?": a command is never taken for a name, and a new name
/// close to a student's who has saves is asked about (a blind student typed `restore party` there
/// and a blind teacher's student `zoe müller` for "Zoë Müller", both starting again with nothing,
/// session 34).
struct TypedNameTests {
    let saves = SavesFolder(path: SaveTestSupport.temporaryFolder())

    func makeStudent(_ name: String) throws {
        let folder = try saves.ensureFolder(for: try PlayerName(name))
        try Data("a save".utf8).write(to: URL(fileURLWithPath: folder + "/autosave.save"))
    }

    @Test func aCommandIsNoName() throws {
        #expect(try saves.typedName("restore party", storyID: "elbe") == .command("restore"))
        #expect(try saves.typedName("Load my game", storyID: "elbe") == .command("load"))
        #expect(try saves.typedName("look", storyID: "elbe") == .command("look"))
        // `go` or a direction may start a name.
        #expect(try saves.typedName("Go Eun Kim", storyID: "elbe") == .player(try PlayerName("Go Eun Kim")))
    }

    @Test func aNewNameCloseToAStudentsIsAskedAbout() throws {
        try makeStudent("Zoë Müller")
        #expect(try saves.typedName("zoe muller", storyID: "elbe") == .near(try PlayerName("zoe muller"), ["zoë müller"]))
        // The student's own name, however capitalised, is theirs.
        #expect(try saves.typedName("ZOË MÜLLER", storyID: "elbe") == .player(try PlayerName("ZOË MÜLLER")))
        // A name like nobody's is a new player.
        #expect(try saves.typedName("Ole", storyID: "elbe") == .player(try PlayerName("Ole")))
    }

    @Test func anEmptyLineIsStillRefused() {
        #expect(throws: PlayerNameError.self) { try saves.typedName("   ", storyID: "elbe") }
    }
}

import Foundation
import SaveGames
import Testing

@Suite struct PlayerNameTests {
    @Test("names students type are accepted", arguments: ["Anna", "Anna Maria", "Ann-Marie O'Neil", "Гордеев", "李小龍", "Zoë 2", "J.R."])
    func accepted(name: String) throws {
        let player = try PlayerName(name)
        #expect(player.display == name)
    }

    @Test("names that could escape the folder or confuse a file system are refused",
          arguments: ["", "   ", "../x", "/etc", ".", "..", "a/b", "a\\b", "tab\there", "bell\u{7}", "new\nline",
                      "zero\u{200B}width", ".hidden", String(repeating: "a", count: 41), "semi;colon", "star*"])
    func refused(name: String) {
        #expect(throws: PlayerNameError.self) { try PlayerName(name) }
    }

    @Test func namesDifferingOnlyInCaseAreOnePlayer() throws {
        #expect(try PlayerName("ANNA").folderName == PlayerName("anna").folderName)
        #expect(try PlayerName("Гордеев").folderName == PlayerName("гордеев").folderName)
    }

    @Test func refusalsSaySomethingUseful() {
        #expect("\(PlayerNameError.character("/"))".contains("cannot contain '/'"))
        #expect("\(PlayerNameError.tooLong(41))".contains("at most 40"))
    }

    /// A blind teacher's rehearsal: "Anna  Maria" (a typing slip) and the full-width "Ｍax" got
    /// games of their own and rows in the class table that looked like Anna Maria's and Max's.
    @Test("names that look alike are one player",
          arguments: [("Anna  Maria", "Anna Maria"), ("Anna \u{00A0} Maria", "Anna Maria"), ("\u{FF2D}ax", "Max"),
                      ("\u{FB01}ona", "fiona"), ("Jo\u{3000}Ann", "Jo Ann"), ("  Max  ", "Max"), ("O\u{2019}Brien", "O'Brien")])
    func namesThatLookAlikeAreOnePlayer(typed: String, name: String) throws {
        let player = try PlayerName(typed)
        #expect(player.display == name)
        #expect(player.folderName == (try PlayerName(name)).folderName)
    }

    @Test func ordinaryNamesKeepTheFolderTheyAlwaysHad() throws {
        for name in ["Anna Maria", "Jürgen", "Zoë O'Neil-Smith", "李雷", "Łucja"] {
            let player = try PlayerName(name)
            #expect(player.folderName == name.lowercased())
            #expect(player.earlierFolderName == nil)
        }
        #expect(try PlayerName("Jürgen").folderName != PlayerName("Jurgen").folderName, "accents still tell names apart")
    }

    /// A student who typed "Anna  Maria" before names were folded has a folder "anna  maria":
    /// typing it again finds that game, until a folder "anna maria" exists.
    @Test func aFolderMadeUnderTheNameAsTypedBeforeIsStillFound() throws {
        let folder = SaveTestSupport.temporaryFolder()
        let saves = SavesFolder(path: folder)
        let slip = try PlayerName("Anna  Maria")
        #expect(slip.earlierFolderName == "anna  maria")
        #expect(saves.folder(for: slip) == folder + "/anna maria", "no folder yet: the folded name")
        try FileManager.default.createDirectory(atPath: folder + "/anna  maria", withIntermediateDirectories: true)
        #expect(saves.folder(for: slip) == folder + "/anna  maria", "the old folder is found")
        #expect(saves.folder(for: try PlayerName("Anna Maria")) == folder + "/anna maria", "the name typed right is not sent there")
        try FileManager.default.createDirectory(atPath: folder + "/anna maria", withIntermediateDirectories: true)
        #expect(saves.folder(for: slip) == folder + "/anna maria", "once the folded name has a folder, it is the one")
    }
}

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
}

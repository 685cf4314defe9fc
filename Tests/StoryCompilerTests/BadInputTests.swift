import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// Hostile and unusual files get a clear diagnostic, never a crash.
@Suite struct BadInputTests {
    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let text = "\u{FEFF}story \"T\" id t\r\n\r\nscene a \"A\"\r\n  One line.\r\n  Two.\r\n"
        let result = StoryCompiler.compile(bytes: Array(text.utf8))
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].description == Text(plain: "One line. Two."))
    }

    /// A story saved as Latin-1 or Windows-1252 ("ANSI"): the message points at the `é` the
    /// author sees (it pointed at the quote after it, byte 0x22).
    @Test func aLatin1LetterIsShownWhereItIs() throws {
        let bytes = Array("story \"Caf".utf8) + [0xE9] + Array("\" id cafe\n\nscene a \"A\"\n  A room.\n".utf8)
        let result = StoryCompiler.compile(bytes: bytes)
        let error = try #require(result.errors.first)
        #expect(error.code == .invalidEncoding)
        #expect(error.message.hasSuffix("byte offset 10 holds the byte 0xE9"))
        #expect(error.range?.start.column == 11)
    }

    /// Notepad's "Unicode": named as UTF-16, not as a binary file.
    @Test func aUTF16StoryIsNamedSo() throws {
        let text = "story \"T\" id t\n\nscene a \"A\"\n  A room.\n"
        let units: [UInt16] = Array(text.utf16)
        let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [little, big] {
            let result = StoryCompiler.compile(bytes: bytes)
            let error = try #require(result.errors.first)
            #expect(error.code == .invalidEncoding)
            #expect(error.message.contains("UTF-16"))
            #expect(error.help?.contains("UTF-8") == true)
        }
    }

    /// An included file that cannot be read is the one error: its scenes are not reported
    /// unknown one by one ("there is no scene called 'a' — did you mean 'c'?"), nor the story as
    /// having none, each printed before the error that matters.
    @Test func anIncludeThatCannotBeReadIsTheOnlyError() throws {
        let main = Array("story \"Inc\" id inc\n  start at a\n\ninclude \"rooms.story\"\n\nscene c \"C\"\n  C.\n  exit north to a\n".utf8)
        let unread: [(String, [String: [UInt8]], DiagnosticCode)] = [
            ("missing", ["main.story": main], .includeNotFound),
            ("Latin-1", ["main.story": main, "rooms.story": Array("scene a \"A\"\n  A r".utf8) + [0xE9] + Array("om.\n".utf8)], .invalidEncoding),
            ("empty", ["main.story": main, "rooms.story": Array("\n\n".utf8)], .emptyFile),
        ]
        for (name, files, code) in unread {
            let result = StoryCompiler.compile(path: "main.story", provider: InMemorySourceProvider(bytes: files))
            #expect(result.story == nil)
            #expect(result.errors.map(\.code) == [code], "\(name): \(TinyStory.rendered(result))")
        }
        let noScenes = Array("story \"Inc\" id inc\n\ninclude \"nothere.story\"\n".utf8)
        let missing = StoryCompiler.compile(path: "main.story", provider: InMemorySourceProvider(bytes: ["main.story": noScenes]))
        #expect(missing.errors.map(\.code) == [.includeNotFound])
        // Read, the same story compiles.
        let rooms = Array("scene a \"A\"\n  A room.\n  exit south to c\n".utf8)
        let whole = StoryCompiler.compile(path: "main.story", provider: InMemorySourceProvider(bytes: ["main.story": main, "rooms.story": rooms]))
        #expect(whole.story != nil, "\(TinyStory.rendered(whole))")
    }

    @Test func oldMacLineEndingsAreAccepted() throws {
        let result = StoryCompiler.compile(bytes: Array("story \"T\" id t\rscene a \"A\"\r  Text.\r".utf8))
        #expect(result.story != nil, "\(TinyStory.rendered(result))")
    }

    @Test func cyrillicIdsAndNouns() throws {
        let result = TinyStory.compile("""
        scene лоренцкирх "Лоренцкирх"
          person гордеев "Гордеев"
            about реке
              "Да."
          exit north to лоренцкирх
        """)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes[0].id == "лоренцкирх")
        #expect(story.things[0].nouns == ["гордеев"])
    }

    @Test func unknownCyrillicIdSuggestsTheNearOne() {
        let result = TinyStory.compile("scene гордеев\n  exit north to гордеев1\n")
        #expect(result.errors.first?.suggestions == ["гордеев"])
    }

    @Test func thousandNestedTextConditionsAreRefusedCleanly() {
        let text = String(repeating: "{if lit}", count: 1000) + "x" + String(repeating: "{end}", count: 1000)
        let result = TinyStory.compile("scene a\n  \(text)\n  on light\n    set lit\n")
        #expect(result.errors.map(\.code) == [.nestingTooDeep])
    }

    @Test func thousandNestedParenthesesAreRefusedCleanly() {
        let condition = String(repeating: "(", count: 1000) + "lit" + String(repeating: ")", count: 1000)
        let result = TinyStory.compile("scene a\n  exit north to a\n    only if \(condition)\n  on light\n    set lit\n")
        #expect(result.errors.map(\.code) == [.nestingTooDeep])
    }

    @Test func tenMegabyteStoryCompiles() throws {
        var text = TinyStory.header
        let paragraph = String(repeating: "The long road runs east between the fields. ", count: 20)
        var scene = 0
        while text.utf8.count < 10_000_000 {
            text += "scene s\(scene)\n  \(paragraph)\n\n  \(paragraph)\n  exit east to s\(scene + 1)\n"
            scene += 1
        }
        text += "scene s\(scene)\n  The end.\n"
        let result = StoryCompiler.compile(source: text)
        let story = try #require(result.story)
        #expect(story.scenes.count == scene + 1)
    }

    @Test func randomBytesNeverCrash() {
        var generator = SplitMix(seed: 42)
        for _ in 0..<300 {
            let count = Int(generator.next() % 400)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            _ = StoryCompiler.compile(bytes: bytes)
        }
    }

    @Test func mutatedExampleStoryNeverCrashes() {
        let base = Array((TinyStory.header + "scene a \"A\"\n  {if lit}x{else}y{end}\n  exit north to a\n    only if (lit or not visited a)\n  on light {lamp}\n    set lit\n  thing lamp \"old lamp\"\n").utf8)
        var generator = SplitMix(seed: 7)
        let alphabet = Array("{}()\"\\ \n\tabcif,:=<>".utf8)
        for _ in 0..<500 {
            var bytes = base
            for _ in 0..<4 {
                let position = Int(generator.next() % UInt64(bytes.count))
                bytes[position] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            _ = StoryCompiler.compile(bytes: bytes)
        }
    }

    @Test func includesAreReadOnceAndRelativeToTheIncludingFile() throws {
        let provider = InMemorySourceProvider(files: [
            "main.story": "story \"T\" id t\ninclude \"parts/a.story\"\ninclude \"parts/b.story\"\nscene start\n  exit north to a\n",
            "parts/a.story": "include \"b.story\"\nscene a\n  exit north to b\n",
            "parts/b.story": "scene b\n  The end.\n",
        ])
        let result = StoryCompiler.compile(path: "main.story", provider: provider)
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        #expect(story.scenes.map(\.id) == ["start", "a", "b"])
    }
}

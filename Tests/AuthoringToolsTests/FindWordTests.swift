@testable import AuthoringTools
import Foundation
import StoryCompiler
import Testing
import TestSupport

/// A warning's place for one word is found on the lines' bytes (`LintContext.findOnePlainWord`,
/// docs/performance.md, "Compile, twentieth round"): the same place as by the tokens of each line
/// (`findByTokens`), for every word of the stories and some that are in none, on whole files and
/// on the blocks of their scenes, with and without skipping declarations and text lines, and for
/// the stories written with CRLF line ends, an accented letter on every indented capitalised
/// line and tabs for the indentation.
@Suite struct FindWordTests {
    static let stories = ["Stories/examples/ferry.story", "Stories/examples/cloak.story"]
        + Fixtures.files(in: Fixtures.directory(of: #filePath) + "/Warnings", withExtension: "story").map { "Tests/AuthoringToolsTests/Warnings/" + $0 }

    static func variants(of text: String) -> [String] {
        let lines = text.components(separatedBy: "\n")
        let accented = lines.map { line -> String in
            let indent = line.prefix { $0 == " " }
            let rest = line.dropFirst(indent.count)
            guard !indent.isEmpty, let first = rest.first, first.isUppercase, let space = rest.firstIndex(of: " ") else { return line }
            return String(indent) + rest[..<space] + " é" + rest[space...]
        }
        let tabbed = lines.map { line -> String in
            let spaces = line.prefix { $0 == " " }.count
            return String(repeating: "\t", count: spaces / 2) + line.dropFirst(spaces / 2 * 2)
        }
        return [text, lines.joined(separator: "\r\n"), accented.joined(separator: "\n"), tabbed.joined(separator: "\n")]
    }

    @Test("one word is found where the tokens find it", arguments: stories)
    func oneWordAsByTokens(path: String) throws {
        let text = try String(contentsOfFile: Fixtures.repositoryRoot() + "/" + path, encoding: .utf8)
        for variant in Self.variants(of: text) {
            let result = StoryCompiler.compile(source: variant)
            guard let story = result.story else { continue }
            let context = LintContext(story: story, sources: result.sources)
            // The words of the text (its runs of letters, digits, `-` and `_`), every fifth, and some in no story.
            var words = Set<String>()
            var word = ""
            for character in variant + " " {
                if character.isLetter || character.isNumber || character == "-" || character == "_" { word.append(character) } else {
                    if !word.isEmpty { words.insert(word) }
                    word = ""
                }
            }
            let chosen = words.sorted().enumerated().filter { $0.offset % 5 == 0 }.map(\.element)
                + ["Gate", "x", "-", "_", "a-b", "the", "THE", "exit", "thing", "nouns", "é", "café", "it's", "", "zzz"]
            let file = "story.story"
            let lineCount = result.sources.lineCount(of: file)
            var ranges: [ClosedRange<Int>?] = [nil, 1...max(1, lineCount), 0...3, max(1, lineCount - 5)...(lineCount + 3)]
            ranges += story.scenes.prefix(4).map { context.lines(of: $0) }
            for word in chosen {
                for range in ranges {
                    for skipping in [false, true] {
                        for instructions in [false, true] {
                            let fast = context.find([word], in: range == nil ? nil : file, lines: range, skippingDeclarations: skipping,
                                                    instructionsOnly: instructions)
                            let tokens = context.findByTokens([word], in: range == nil ? nil : file, lines: range, skippingDeclarations: skipping,
                                                              instructionsOnly: instructions)
                            #expect(fast == tokens, "\(path) '\(word)' \(String(describing: range)) \(skipping) \(instructions)")
                        }
                    }
                }
            }
        }
    }
}

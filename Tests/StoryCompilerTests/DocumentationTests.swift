import Foundation
import StoryCompiler
import Testing
import TestSupport

/// The language reference can never drift from the compiler: every `story` block in it compiles.
@Suite struct DocumentationTests {
    static func storyBlocks() -> [(index: Int, text: String)] {
        let path = Fixtures.repositoryRoot() + "/docs/story-language.md"
        guard let document = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        var blocks: [(Int, String)] = []
        var current: [String]?
        for line in document.components(separatedBy: "\n") {
            if current == nil, line == "```story" {
                current = []
            } else if let lines = current, line == "```" {
                blocks.append((blocks.count + 1, lines.joined(separator: "\n") + "\n"))
                current = nil
            } else {
                current?.append(line)
            }
        }
        return blocks
    }

    @Test("the reference has an example for each construct")
    func referenceHasExamples() {
        #expect(Self.storyBlocks().count >= 9)
    }

    @Test("every story block in docs/story-language.md compiles cleanly", arguments: storyBlocks().map(\.index))
    func blockCompiles(index: Int) {
        let block = Self.storyBlocks()[index - 1].text
        let result = StoryCompiler.compile(source: block, name: "story-language.md#\(index)")
        let rendered = DiagnosticRenderer().render(result.diagnostics, sources: result.sources)
        #expect(result.story != nil && result.diagnostics.isEmpty, "\(rendered)")
    }

    @Test("the example stories compile cleanly", arguments: Fixtures.files(in: Fixtures.repositoryRoot() + "/Stories/examples", withExtension: "story"))
    func exampleCompiles(name: String) {
        let result = StoryCompiler.compile(path: Fixtures.repositoryRoot() + "/Stories/examples/" + name)
        let rendered = DiagnosticRenderer().render(result.diagnostics, sources: result.sources)
        #expect(result.story != nil && result.diagnostics.isEmpty, "\(rendered)")
    }
}

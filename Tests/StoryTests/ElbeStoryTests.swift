import AdventureEngine
import Foundation
import StoryCompiler
import StoryModel
import Testing
import TestSupport

/// The flagship story: clean, faithful to the fact sheet, and long enough to teach.
@Suite struct ElbeStoryTests {
    static let root = Fixtures.repositoryRoot()
    static let factSheet = root + "/../shared/history/elbe-facts.md"

    static func compile() throws -> (Story, CompileResult) {
        let result = StoryCompiler.compile(path: root + "/Stories/elbe.story")
        let story = try #require(result.story, "\(TinyStory.rendered(result))")
        return (story, result)
    }

    @Test("the story compiles with no errors and no warnings")
    func compilesCleanly() throws {
        let (_, result) = try Self.compile()
        #expect(result.diagnostics.isEmpty, "\(TinyStory.rendered(result))")
    }

    @Test("the story has the shape the brief asks for")
    func shape() throws {
        let (story, _) = try Self.compile()
        #expect(story.scenes.count >= 16)
        #expect(story.facts.count >= 24)
        #expect(story.endings.count >= 2)
        #expect(story.endings.contains { $0.isSuccess } && story.endings.contains { !$0.isSuccess })
        #expect(story.scenes.allSatisfy { !$0.hints.isEmpty }, "every scene has a hint")
        #expect(story.facts.allSatisfy { $0.source != nil && $0.date != nil }, "every fact has a date and a source")
    }

    @Test("every fact slug the story cites is on the vetted fact sheet",
          .enabled(if: FileManager.default.fileExists(atPath: factSheet)))
    func slugsAreOnTheFactSheet() throws {
        let sheet = try String(contentsOfFile: Self.factSheet, encoding: .utf8)
        let pattern = try NSRegularExpression(pattern: "\\*\\*F[0-9]+ `([a-z0-9-]+)`\\*\\*")
        let range = NSRange(sheet.startIndex..., in: sheet)
        let slugs = Set(pattern.matches(in: sheet, range: range).compactMap { match in
            Range(match.range(at: 1), in: sheet).map { String(sheet[$0]) }
        })
        #expect(slugs.count == 42, "Revision 3 of the fact sheet has 42 facts")
        let (story, _) = try Self.compile()
        let unknown = story.facts.map(\.id).filter { !slugs.contains($0) }
        #expect(unknown.isEmpty, "not on the fact sheet: \(unknown)")
        let missing = slugs.subtracting(story.facts.map(\.id))
        #expect(missing.isEmpty, "on the fact sheet but not in the story: \(missing.sorted())")
    }
}

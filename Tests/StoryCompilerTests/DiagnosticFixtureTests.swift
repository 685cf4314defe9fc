import Foundation
import StoryCompiler
import Testing
import TestSupport

/// Each diagnostic code has a fixture story and its full rendered output beside it (the linter's
/// codes have theirs in Tests/AuthoringToolsTests/Warnings).
@Suite struct DiagnosticFixtureTests {
    static let directory = Fixtures.directory(of: #filePath) + "/Diagnostics"

    @Test("every diagnostic code has a fixture that reports it, rendered exactly", arguments: DiagnosticCode.allCases.filter { !$0.isFoundByLinter })
    func fixture(code: DiagnosticCode) throws {
        let story = "\(code.rawValue).story"
        let path = Self.directory + "/" + story
        try #require(FileManager.default.fileExists(atPath: path), "no fixture \(story) for the code '\(code.rawValue)'")
        let result = StoryCompiler.compile(path: story, provider: DirectorySourceProvider(root: Self.directory))
        #expect(result.diagnostics.contains { $0.code == code }, "the fixture did not report \(code.rawValue)")
        let rendered = DiagnosticRenderer().render(result.diagnostics, sources: result.sources)
        let mismatch = Golden.compare(rendered, toFileAt: Self.directory + "/\(code.rawValue).expected")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("no fixture names a code that does not exist")
    func noStrayFixtures() {
        let codes = Set(DiagnosticCode.allCases.filter { !$0.isFoundByLinter }.map(\.rawValue))
        let fixtures = Fixtures.files(in: Self.directory, withExtension: "story").map { String($0.dropLast(6)) }
        #expect(Set(fixtures).subtracting(codes).isEmpty)
    }
}

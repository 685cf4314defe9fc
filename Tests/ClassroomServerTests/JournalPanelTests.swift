import AdventureEngine
import BundledStories
@testable import ClassroomServer
import Foundation
import StoryCompiler
import StoryModel
import Testing

/// The journal panel a student's page shows is kept from one command to the next and rendered
/// again only when what its facts' texts read changed: it must always be the panel a fresh
/// render gives.
@Suite struct JournalPanelTests {
    /// The Elbe story's fact texts read the scene (the date line), places visited, flags and
    /// other facts found: after every command of the walkthrough the kept panel is the one a
    /// fresh render gives, and its version changes exactly when its HTML does.
    @Test func theKeptPanelIsTheFreshOneAfterEveryCommandOfTheWalkthrough() throws {
        let story = try #require(BundledStory.compile().story)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let transcript = try String(contentsOf: root.appendingPathComponent("Tests/TranscriptTests/Walkthroughs/elbe-best.transcript"), encoding: .utf8)
        let commands = transcript.split(separator: "\n").filter { $0.hasPrefix("> ") }.map { String($0.dropFirst(2)) }
        #expect(commands.count > 50)
        var game = Game(story: story)
        var panel = JournalPanel(story: story)
        var last = panel.html(for: game)
        var version = panel.version
        var changes = 0
        for command in commands + ["undo", "undo", "undo"] {
            _ = game.perform(command)
            let html = panel.html(for: game)
            var fresh = JournalPanel(story: story)
            #expect(html == fresh.html(for: game), "after '\(command)'")
            #expect((html != last) == (panel.version != version), "the version changes with the HTML, after '\(command)'")
            if html != last { changes += 1 }
            last = html
            version = panel.version
        }
        #expect(changes > 10 && changes < commands.count, "\(changes) of \(commands.count) commands changed the panel")
    }

    static let source = """
    story "Panel" id panel-test
    scene strehla "Strehla"
      The river.
      exit north to leckwitz
      fact river
    scene leckwitz "Leckwitz"
      exit south to strehla
      fact horseman
    fact river "The River"
      {if in leckwitz}Behind you now.{else}{if in strehla}Right here.{end}{end}
    fact horseman "The Horseman"
      A rider at Leckwitz.{if knows river} He came from the river.{end}
    """

    /// A fact's text that reads only the scene changes the panel when the player moves, and a
    /// command that changes nothing it reads leaves the panel (and its version) as it was.
    @Test func aTextThatReadsTheSceneFollowsThePlayer() throws {
        let compiled = StoryCompiler.compile(source: Self.source)
        let story = try #require(compiled.story, "\(compiled.diagnostics)")
        var game = Game(story: story)
        var panel = JournalPanel(story: story)
        _ = game.perform("look")
        #expect(panel.html(for: game).contains("Right here."))
        let version = panel.version
        _ = game.perform("look")
        #expect(panel.html(for: game).contains("Right here.") && panel.version == version, "nothing it reads changed")
        _ = game.perform("n")
        let moved = panel.html(for: game)
        #expect(moved.contains("Behind you now.") && !moved.contains("Right here."))
        #expect(moved.contains("He came from the river."), "the second fact reads the first")
        #expect(panel.version != version)
        _ = game.perform("s")
        #expect(panel.html(for: game).contains("Right here."))
    }

    /// The browser's journal shows a fact's confidence as the terminal and the printed journal do,
    /// with its note, not the level alone.
    @Test func aFactsConfidenceIsShownWithItsNote() throws {
        let source = """
        story "Panel" id panel-confidence
        scene strehla "Strehla"
          The river.
          fact river
        fact river "The River"
          confidence high: for the crossing; low for the boat
          The patrol crossed.
        """
        let compiled = StoryCompiler.compile(source: source)
        let story = try #require(compiled.story, "\(compiled.diagnostics)")
        var game = Game(story: story)
        var panel = JournalPanel(story: story)
        _ = game.perform("look")
        #expect(panel.html(for: game).contains("Confidence: high for the crossing; low for the boat. (High: several independent sources agree.)"))
    }
}

import StoryCompiler
import StoryModel
import Testing

/// A fact's `summary` and `confidence` lines.
@Suite struct FactDetailsTests {
    static func story(_ factLines: String) -> CompileResult {
        StoryCompiler.compile(source: """
        story "Facts" id facts
        scene start "Start"
          fact met
          Here.
        fact met "Met"
          source A book
        \(factLines)
          The armies met.
        """)
    }

    @Test("summary and confidence are read, with a note after the level")
    func readsBoth() throws {
        let result = Self.story("""
          summary The armies met at the river.
          confidence high: for the meeting; low for the time
        """)
        let fact = try #require(result.story?.facts.first)
        #expect(result.diagnostics.isEmpty)
        #expect(fact.summary == "The armies met at the river.")
        #expect(fact.confidence == .high)
        #expect(fact.confidenceNote == "for the meeting; low for the time")
        #expect(fact.source == "A book")
    }

    @Test("every level of the fact sheet's scale is accepted", arguments: FactConfidence.allCases)
    func levels(level: FactConfidence) throws {
        let fact = try #require(Self.story("  confidence \(level.rawValue)").story?.facts.first)
        #expect(fact.confidence == level)
        #expect(fact.confidenceNote == nil)
    }

    @Test("an unknown level is an error with a suggestion")
    func unknownLevel() {
        let result = Self.story("  confidence hihg")
        let diagnostic = result.diagnostics.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.message == "expected a confidence level (high, medium-high, medium, low) but found 'hihg'")
        #expect(diagnostic?.suggestions == ["high"])
    }

    @Test("a summary over 40 words gets a warning")
    func longSummary() {
        let words = Array(repeating: "word", count: 41).joined(separator: " ")
        let result = Self.story("  summary \(words)")
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(result.story?.facts.first?.summary?.split(separator: " ").count == 41)
    }
}

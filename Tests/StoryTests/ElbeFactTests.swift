import Foundation
import StoryCompiler
import StoryModel
import Testing

/// Each fact of the Elbe story as a student meets it: a short summary on unlock, a confidence
/// level and the fact sheet's citation in the journal, and a text a 14-year-old can read.
@Suite struct ElbeFactTests {
    static let sheetPath = ElbeStoryTests.factSheet
    static var sheetExists: Bool { FileManager.default.fileExists(atPath: sheetPath) }

    @Test("every fact has a summary of at most 40 words and a confidence level")
    func summariesAndConfidence() throws {
        let (story, _) = try ElbeStoryTests.compile()
        for fact in story.facts {
            let words = fact.summary?.split(whereSeparator: \.isWhitespace).count ?? 0
            #expect((1...40).contains(words), "\(fact.id): summary of \(words) words")
            #expect(fact.confidence != nil, "\(fact.id) has no confidence level")
        }
    }

    /// The fact sheet's entry for each slug: the level its Confidence line starts with, and its
    /// "Cite in game" line without markdown.
    static func sheetEntries() throws -> [String: (confidence: String, cite: String)] {
        let sheet = try String(contentsOfFile: sheetPath, encoding: .utf8)
        var entries: [String: (String, String)] = [:]
        var slug: String?
        for line in sheet.components(separatedBy: "\n") {
            if line.hasPrefix("**F"), let open = line.firstIndex(of: "`"),
               let close = line[line.index(after: open)...].firstIndex(of: "`") {
                slug = String(line[line.index(after: open)..<close])
            } else if let current = slug, line.hasPrefix("- Confidence: ") {
                let level = line.dropFirst("- Confidence: ".count).prefix { $0.isLetter || $0 == "-" }
                entries[current, default: ("", "")].0 = String(level)
            } else if let current = slug, line.hasPrefix("- Cite in game: ") {
                entries[current, default: ("", "")].1 = String(line.dropFirst("- Cite in game: ".count))
                    .replacingOccurrences(of: "*", with: "")
            }
        }
        return entries
    }

    @Test("each fact's confidence and citation are the fact sheet's", .enabled(if: sheetExists))
    func matchesTheSheet() throws {
        let (story, _) = try ElbeStoryTests.compile()
        let sheet = try Self.sheetEntries()
        for fact in story.facts {
            let entry = try #require(sheet[fact.id], "\(fact.id) is not on the sheet")
            #expect(fact.confidence?.rawValue == entry.confidence, "\(fact.id): confidence")
            #expect(fact.source == entry.cite, "\(fact.id): citation")
        }
    }

    @Test("the four hardest fact texts read at grade 9 or below",
          arguments: ["zone-line-was-elsewhere", "be-friendly-say-nothing", "soviets-at-us-hq", "generals-meet"])
    func readableTexts(slug: String) throws {
        let (story, _) = try ElbeStoryTests.compile()
        let fact = try #require(story.facts.first { $0.id == slug })
        let grade = Readability.fleschKincaidGrade(Readability.plainText(fact.text))
        #expect(grade <= 9, "\(slug): grade \(grade)")
    }

    @Test("no paragraph of a fact is longer than 100 words")
    func paragraphsAreShort() throws {
        let (story, _) = try ElbeStoryTests.compile()
        for fact in story.facts {
            for paragraph in fact.text.paragraphs {
                let words = Readability.plainText(Text(paragraphs: [paragraph])).split(separator: " ").count
                #expect(words <= 100, "\(fact.id): a paragraph of \(words) words")
            }
        }
    }
}

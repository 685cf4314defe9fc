@testable import AdventureEngine
import StoryModel
import Testing

/// The article the game puts before a thing's name when it lists what is here: read on the
/// name's bytes for a name of plain ASCII, by Characters for any other, with the same answers.
@Suite struct ArticlesOfNamesTests {
    static let story = testStory("""
    scene hall "The Hall"
      A bare hall.
      thing cup "tin cup"
        nouns cup
        A cup.
      thing lamp "old lamp"
        nouns lamp
        An old lamp.
      thing map "Kotzebue's map"
        nouns map
        A map.
      thing pipe "Kotzebue’s pipe"
        nouns pipe
        A pipe.
      thing letter "your letter"
        nouns letter
        A letter.
      thing badge "Élan badge"
        nouns badge
        A badge.
      thing hat "The Hat"
        nouns hat
        A hat.
      thing tulips "tulips"
        nouns tulips
        Some tulips.
      thing notebook "Dr Snow's notebook"
        nouns notebook
        A notebook.
      thing diary "Frau Pietsch’s diary"
        nouns diary
        A diary.
      thing rifle "Soviet soldier's rifle"
        nouns rifle
        A rifle.
    """)

    @Test func eachNameGetsItsArticle() throws {
        let story = try #require(Self.story)
        let reply = lastReply(story, ["look"])
        // (The first thing listed may start a sentence.)
        #expect(reply.lowercased().contains("a tin cup"), "\(reply)")
        // A possessive after capitalised words takes no article (a blind author's "a Dr Snow's
        // notebook"); after a lowercase word it does.
        for named in ["an old lamp", "Kotzebue's map", "Kotzebue’s pipe", "your letter", "a Élan badge", "The Hat",
                      "some tulips", "Dr Snow's notebook", "Frau Pietsch’s diary", "a Soviet soldier's rifle"] {
            #expect(reply.contains(named), "\(named) in: \(reply)")
        }
        #expect(!reply.contains("a Kotzebue") && !reply.contains("the Kotzebue") && !reply.contains("a your"))
        #expect(!reply.contains("a Dr Snow") && !reply.contains("a Frau"))
    }

    /// A name's plural read on its bytes (Naming+Bytes.swift): the head noun before `of`, `in`,
    /// `with`, …, ending in one `s` and lowercase, or a plural without an s, or names joined by `and`.
    @Test func pluralNamesAreFoundOnTheirBytes() {
        let expected: [(String, Bool, Bool)] = [
            ("Soviet soldiers", false, true), ("tulips", false, true), ("pack of cigarettes", false, false),
            ("people in the barn", false, true), ("men of the patrol", false, true), ("children", false, true),
            ("glass", false, false), ("Tulips", false, false), ("McDonnell, Huff and Staub", true, true),
            ("McDonnell, Huff and Staub", false, false), ("Andersen", true, false), ("old  boots ", false, true),
            ("élans", false, true), ("Élans", false, false), ("box with lids", false, false), ("", false, false),
            ("s", false, true), ("'s", false, false), ("folk from the hills", false, true), ("a women's shoe", false, false),
        ]
        for (name, proper, plural) in expected {
            #expect(Story.isPluralName(bytesOf: name, properName: proper) == plural, "\(name)")
        }
    }
}

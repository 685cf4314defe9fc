import StoryCompiler
import StoryModel

/// `person-not-here`, for replies: the narration of an action's reply, or of a topic's or talk's
/// reply of a person in the scene, names a person (by a word of their name, capitalised: "Karl
/// laughs and kicks it back.") who is not in that scene, is moved there by nothing, and is not
/// brought there by the same response (a blind author's Christmas truce, session 13: she
/// forgot `move fritz to field`, and `x karl` answered "Gefreiter Karl Weber isn't here.").
///
/// Only where it is reliable: outside quotation marks (what people say names people elsewhere
/// all the time), the first word of a sentence, followed by a present-tense verb ("Karl laughs",
/// not "Robertson reached" or "gone back to Brennan"), that is a noun of the person and a
/// capitalised word of their capitalised name other than a title (`Sergeant`, `Private`, …) or a
/// word before a lowercase one ("Soviet sergeant"), and that names no one who can be in the scene.
/// A response that takes the player to another scene also counts who is there.
struct PersonInReplyRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let nouns = context.nouns
        // For each name word, the people it names.
        var named: [String: [ThingIndex]] = [:]
        for index in story.things.indices where story.things[index].isPerson {
            let thing = story.things[index]
            // Capitalised words of a capitalised name, not before a lowercase word ("Soviet sergeant
            // with a mug" names no one 'Soviet').
            let nameTokens = thing.name.split(separator: " ").map { String($0) }
            guard nameTokens.first?.first?.isUppercase == true else { continue }
            var nameWords = Set<String>()
            for (at, token) in nameTokens.enumerated() where token.first?.isUppercase == true {
                if at + 1 < nameTokens.count, nameTokens[at + 1].first?.isLowercase == true { continue }
                nameWords.insert(token.lowercased().filter { $0.isLetter || $0 == "-" })
            }
            for noun in thing.nouns where nameWords.contains(noun) && !Self.titles.contains(noun) {
                named[noun, default: []].append(index)
            }
        }
        guard !named.isEmpty else { return [] }
        var movedHere = Set<ThingIndex>()
        for effect in context.effects { if case .moveHere(let thing) = effect { movedHere.insert(thing) } }
        var found: [Diagnostic] = []
        for index in story.scenes.indices {
            let present = Set(nouns.things(of: index))
            var reported = Set<String>()
            func consider(_ response: Response, owner: String, range: SourceRange) {
                let effects = response.effects.flatMap(\.flattened)
                var here = present
                for effect in effects {
                    switch effect {
                    case .goTo(let scene): here.formUnion(nouns.things(of: scene))
                    case .moveHere(let thing), .move(let thing, _): here.insert(thing)
                    default: break
                    }
                }
                for text in ReplyNounRule.texts(of: response) {
                    for word in Self.capitalisedNarrationWords(in: text) where !reported.contains(word) {
                        guard let people = named[word], !people.contains(where: { here.contains($0) || movedHere.contains($0) })
                        else { continue }
                        reported.insert(word)
                        let person = story.things[people[0]]
                        let place = context.find([word], in: range.start.file, lines: context.block(at: range)) ?? range
                        found.append(Diagnostic(.warning, .personNotHere,
                            "\(owner) in '\(story.scenes[index].id)' names '\(word)', but \(person.name) ('\(person.id)') is not in this scene: 'x \(word)' will say they are not here",
                            at: place, help: "move them here in the same response ('move \(person.id) here'), put '\(person.id)' in this scene, or reword the reply"))
                    }
                }
            }
            for actionIndex in context.actionsOfScene[index] {
                consider(story.actions[actionIndex].response, owner: "a reply", range: story.actions[actionIndex].range)
            }
            for person in nouns.starting(in: index) where story.things[person].isPerson {
                let thing = story.things[person]
                if let talk = thing.talk { consider(talk, owner: "the talk of '\(thing.id)'", range: thing.range) }
                for topic in thing.topics { consider(topic.response, owner: "a topic of '\(thing.id)'", range: thing.range) }
            }
        }
        return found
    }

    /// Words of a person's name that are titles, not names.
    static let titles: Set<String> = [
        "private", "corporal", "sergeant", "lieutenant", "captain", "major", "colonel", "general", "commander", "officer",
        "soldier", "gefreiter", "frau", "herr", "fraulein", "mr", "mrs", "miss", "doctor", "dr", "father", "mother", "sister",
        "brother", "the", "old", "young", "little", "pilot", "nurse", "mayor", "lady", "man", "woman", "boy", "girl",
    ]

    /// The lowercased words written with a capital outside quotation marks.
    static func capitalisedNarrationWords(in text: Text) -> [String] {
        var words: [String] = []
        for literal in text.literals {
            var narration = ""
            var quoted = false
            for character in literal {
                switch character {
                case "“": quoted = true; narration.append(" ")
                case "”": quoted = false; narration.append(" ")
                case "\"": quoted.toggle(); narration.append(" ")
                default: if !quoted { narration.append(character) }
                }
            }
            // Sentence by sentence: the first word, capitalised, and a present-tense verb after it.
            for sentence in narration.split(whereSeparator: { ".!?:;".contains($0) }) {
                let tokens = sentence.split(separator: " ", omittingEmptySubsequences: true)
                guard tokens.count >= 2, let first = tokens[0].first, first.isUppercase,
                      tokens[0].allSatisfy({ $0.isLetter || $0 == "-" }), let verbStart = tokens[1].first, verbStart.isLowercase,
                      tokens[1].allSatisfy(\.isLetter), tokens[1].hasSuffix("s"), !tokens[1].hasSuffix("ss") else { continue }
                words.append(tokens[0].lowercased())
            }
        }
        return words
    }
}

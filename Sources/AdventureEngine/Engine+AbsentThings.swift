import CommandParser
import StoryModel

extension Engine {
    /// For words that name nothing here, a refusal that names what was understood: "Captain
    /// Ferris isn't here." for a person of the story (`who is ferris`, `talk to ferris` outside the
    /// office), "You can't see any chocolate here." for anything else. Nil when the words name
    /// no thing of the story at all.
    func absentReply(_ words: [String], failure: ParseFailure, state: GameState) -> String? {
        guard failure == .notVisible, words.count >= 2 else { return nil }
        let visible = Set(StateScope(story: story, state: state).visibleThings)
        let vocabulary = parser.vocabulary
        // The runs of words that name things of the story, after the verb or question word.
        var runs: [[String]] = [[]]
        for word in words.dropFirst() {
            if vocabulary.thingsByWord[word] != nil, !Vocabulary.articles.contains(word) {
                runs[runs.count - 1].append(word)
            } else if !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        for run in runs where !run.isEmpty {
            let named = run.dropFirst().reduce(Set(vocabulary.thingsByWord[run[0]] ?? [])) {
                $0.intersection(vocabulary.thingsByWord[$1] ?? [])
            }
            guard named.isDisjoint(with: visible) else { continue }
            // Sergeant Brennan appears in several scenes, one person of the story in each.
            let people = named.filter { story.things[$0].isPerson }
            if !people.isEmpty, people.count == named.count, Set(people.map { story.things[$0].name }).count == 1,
               let person = people.min() {
                let name = story.things[person].name
                let plural = name.contains(" and ") || (!story.things[person].isProperName && name.hasSuffix("s") && !name.hasSuffix("ss"))
                return "\(story.capitalizedName(of: person, .definite)) \(plural ? "aren't" : "isn't") here."
            }
            return "You can't see any \(run.joined(separator: " ")) here."
        }
        return nil
    }
}

import StoryModel

/// `give him food`, `eat something`, `offer her something to eat`: when nothing in sight is called
/// "food", the one edible thing the player carries (or else sees) is meant. A thing is edible when
/// one of its nouns says so (chocolate, bread, ration, …).
extension CommandParser {
    static let edibleNouns: WordSet = [
        "food", "chocolate", "bread", "loaf", "ration", "rations", "sausage", "cheese", "biscuit", "biscuits", "apple", "apples",
        "candy", "sweets", "sweet", "cake", "soup", "egg", "eggs", "potato", "potatoes", "sandwich", "meal", "snack", "fruit",
        "ham", "bacon", "meat", "fish", "sugar", "honey", "jam", "butter", "porridge", "stew", "gum", "cookie", "cookies",
    ]
    private static let foodPhrases: [[String]] = [
        ["something", "to", "eat"], ["anything", "to", "eat"], ["some", "food"], ["something", "edible"], ["my", "food"],
        ["food"], ["snack"], ["something"],
    ]

    /// The words with a phrase for food replaced by the edible thing it means; nil when there is
    /// no such phrase, something in sight is called by it, or the edible thing is not one.
    func withFood(_ words: [String], scope: Scope) -> [String]? {
        guard words.count >= 2, Self.foodVerbs.contains(words[0])
        else { return nil }
        for phrase in Self.foodPhrases {
            // A bare `something` only after a verb of eating or giving food.
            if phrase == ["something"], !["eat", "taste", "bite"].contains(words[0]) { continue }
            guard words.count > phrase.count, let start = (1...(words.count - phrase.count)).first(where: { words[$0..<($0 + phrase.count)].elementsEqual(phrase) })
            else { continue }
            let last = phrase[phrase.count - 1]
            if scope.seesThing(answering: last, vocabulary) {
                return nil
            }
            let edible = scope.visibleThings.filter { !story.things[$0].isPerson && !Self.edibleNouns.isDisjoint(with: vocabulary.nouns[$0]) }
            let carried = edible.filter(scope.isCarried)
            let chosen = carried.count == 1 ? carried : edible
            guard chosen.count == 1 else { return nil }
            var result = words
            result.replaceSubrange(start..<(start + phrase.count), with: ["#\(chosen[0])"])
            return result
        }
        return nil
    }
}

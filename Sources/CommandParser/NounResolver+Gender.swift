import StoryModel

/// `him` and `her` by the words that name a person: after talking to the man, `tell her …` means
/// the one woman here. The story marks no gender; a person's nouns and name say it ("woman",
/// "Frau", "girl"; "man", "Herr", "boy"). People whose words say neither fit both pronouns.
extension NounResolver {
    static let femaleWords: Set<String> = ["woman", "women", "girl", "girls", "frau", "mother", "lady", "wife", "daughter",
                                           "sister", "grandmother", "mrs", "miss", "ms", "fraulein", "fräulein", "madam", "widow",
                                           "nurse", "she", "her", "aunt", "niece", "queen", "nun"]
    static let maleWords: Set<String> = ["man", "men", "boy", "boys", "herr", "father", "husband", "son", "brother", "mr",
                                         "grandfather", "he", "him", "uncle", "nephew", "king", "monk", "gentleman", "sir"]

    /// "female", "male" or nil for a person the words do not say.
    func gender(of person: ThingIndex) -> Bool? {
        let words = vocabulary.nouns[person].union(story.things[person].name.lowercased().split(separator: " ").map(String.init))
        let female = !words.isDisjoint(with: Self.femaleWords), male = !words.isDisjoint(with: Self.maleWords)
        return female == male ? nil : female
    }

    /// The one other person here whom the pronoun fits, when it does not fit the person last
    /// spoken of; nil otherwise.
    func otherFitting(_ pronoun: String, than target: ThingIndex, among people: [ThingIndex]) -> ThingIndex? {
        let wanted = pronoun == "her"
        guard let known = gender(of: target), known != wanted else { return nil }
        let fitting = people.filter { $0 != target && gender(of: $0) == wanted }
        return fitting.count == 1 ? fitting[0] : nil
    }
}

import StoryModel

/// `him` and `her` by the words that name a person: after talking to the man, `tell her …` means
/// the one woman here. The story marks no gender; a person's nouns and name say it ("woman",
/// "Frau", "girl"; "man", "Herr", "boy"), else the pronouns of their description ("He says he was
/// captured"). People whose words and description say neither fit both pronouns.
extension NounResolver {
    static let femaleWords: WordSet = ["woman", "women", "girl", "girls", "frau", "mother", "lady", "wife", "daughter",
                                           "sister", "grandmother", "mrs", "miss", "ms", "fraulein", "fräulein", "madam", "widow",
                                           "nurse", "she", "her", "aunt", "niece", "queen", "nun"]
    static let maleWords: WordSet = ["man", "men", "boy", "boys", "herr", "father", "husband", "son", "brother", "mr",
                                         "grandfather", "he", "him", "uncle", "nephew", "king", "monk", "gentleman", "sir", "guy",
                                         "guys", "fellow", "chap", "bloke", "dude"]

    /// "female", "male" or nil for a person the words do not say.
    func gender(of person: ThingIndex) -> Bool? {
        let words = vocabulary.nouns[person].union(story.things[person].name.lowercased().split(separator: " ").map(String.init))
        let female = !words.isDisjoint(with: Self.femaleWords), male = !words.isDisjoint(with: Self.maleWords)
        if female != male { return female }
        // Else the pronouns of the person's description: "A small Frenchman … He says he was
        // captured in 1940" is a man.
        if let described = describedGender(person) { return described }
        // Else the same person in another scene (a person of the same name): Kotzebue on the road
        // is "Kotzebue, in the lead jeep, watching the road ahead.", and in the command post "… a
        // map case on his hip" (the sixty-third blind run: `help her with the cart` helped him).
        let name = story.things[person].name
        for other in story.things.indices where other != person && story.things[other].isPerson && story.things[other].name == name {
            if let described = describedGender(other) { return described }
        }
        return nil
    }

    /// "female", "male" or nil by the pronouns of the person's description.
    private func describedGender(_ person: ThingIndex) -> Bool? {
        let described = Vocabulary.words(in: story.things[person].description)
        let she = described.filter { ["she", "her", "hers", "herself"].contains($0) }.count
        let he = described.filter { ["he", "him", "his", "himself"].contains($0) }.count
        return she == he ? nil : she > he
    }

    /// The other people here whom the pronoun fits, when it does not fit the person last spoken
    /// of (`where is he from` just after asking Olena); empty otherwise. When nothing says who
    /// the person last spoken of is, and exactly one other person here is surely what the pronoun
    /// says, that one: `ask him about inez` just after Inez (no `woman` among her nouns, no "she"
    /// in her description) answered, with a policeman (`man`) beside her, is for the policeman
    /// (a blind author's suffrage march, session 15).
    func othersFitting(_ pronoun: String, than target: ThingIndex, among people: [ThingIndex]) -> [ThingIndex] {
        let wanted = pronoun == "her"
        guard let known = gender(of: target) else {
            // A group ("Soviet soldiers", `men`) is no `him`.
            let sure = people.filter { $0 != target && gender(of: $0) == wanted && !story.things[$0].isNamedAsMany }
            return sure.count == 1 ? sure : []
        }
        guard known != wanted else { return [] }
        return people.filter { $0 != target && gender(of: $0) == wanted }
    }
}

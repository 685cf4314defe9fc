import StoryModel

/// Offering a person something that is no thing of the story (tenth blind play-test: `offer
/// ride to man` → "I understood 'offer' but not the rest"). Tried only when the whole command
/// fails:
///
/// - help, a hand (`offer help to the woman`, `give her a hand`) → `help PERSON` (the story's `on
///   help {x}` first, else the default reply);
/// - a ride, a lift, a seat (`offer the man a ride`) → the person's topic for it (`about ride`),
///   else talking to them;
/// - `offer to help the woman`: `help the woman`;
/// - `offer the man water`, with the person first: as `give water to the man`, so a missing thing
///   gets "You can't see any water here.", not a parser error.
extension CommandParser {
    static let offeringVerbs: WordSet = ["offer", "give", "hand", "lend", "extend"]
    static let helpOffers: WordSet = ["help", "hand", "assistance", "aid", "support", "helping"]
    /// True when the outcome runs one of the story's actions.
    static func runsAnAction(_ outcome: ParseOutcome) -> Bool {
        guard case .commands(let commands) = outcome else { return false }
        return commands.contains { if case .action = $0 { true } else { false } }
    }

    static let rideOffers: WordSet = ["ride", "lift", "seat", "place", "room", "spot", "passage", "rides", "lifts"]

    func offering(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 3, Self.offeringVerbs.contains(words[0]) else { return nil }
        let rest = Array(words.dropFirst()).filter { !Vocabulary.articles.contains($0) && $0 != "the" }
        // `offer to help the woman`, `offer to carry the cart`: the command offered.
        if words[0] == "offer", words[1] == "to", vocabulary.isVerb(words[2]),
           case .commands(let commands) = read(Array(words.dropFirst(2)), freeText: false, scope: scope) {
            return .commands(commands)
        }
        // `offer ride to man`, `give a hand to her`, `offer a ride in the jeep to the man`.
        var offered: [String], person: ThingIndex?
        if let to = rest.lastIndex(where: { $0 == "to" || $0 == "for" }), to >= 1, to < rest.count - 1 {
            offered = Array(rest[..<to])
            person = addressee(Array(rest[(to + 1)...]), scope: scope)
        } else {
            // `offer the man a ride`, `give her a hand`: the person first.
            guard let split = (1..<rest.count).first(where: { addressee(Array(rest[..<$0]), scope: scope) != nil }) else { return nil }
            person = addressee(Array(rest[..<split]), scope: scope)
            offered = Array(rest[split...])
        }
        guard let person, let what = offered.first else { return nil }
        let who = "#\(person)"
        if Self.helpOffers.contains(what) {
            let helped = parse(words: ["help", who], freeText: false, scope: scope)
            // `give him the hand`, `give him your hand` (`die Hand geben`): a handshake where the
            // story has one for the person and no help (the sixty-third blind run at Goloborodko's,
            // "doesn't need your help"); `give the woman a hand` with the cart stuck still helps.
            guard what == "hand", !Self.runsAnAction(helped) || words.contains("your") || words.contains("my") else { return helped }
            let shaken = parse(words: ["shake", "hands", "with", who], freeText: false, scope: scope)
            return Self.runsAnAction(shaken) ? shaken : helped
        }
        if Self.rideOffers.contains(what) {
            let hasTopic = story.things[person].topics.contains { topic in topic.phrases.contains { TopicMatch.matches($0, [what]) } }
            return parse(words: hasTopic ? ["ask", who, "about", what] : ["talk", "to", who], freeText: false, scope: scope)
        }
        // `offer the man water`: the thing is named after the person, as in `give water to the man`.
        guard words[0] == "offer" || words[0] == "give", !rest.contains("to"), vocabulary.things(answering: what) != nil else { return nil }
        return read(["give"] + offered + ["to", who], freeText: false, scope: scope)
    }
}

/// `olena do u want chocolate`, `would you like a cigarette`: a question that offers a thing the
/// player carries is giving it (the forty-second blind run had the girl's "Ask the Frenchman"),
/// unless the person has a topic for the thing, which answers.
extension CommandParser {
    /// Openings of such an offer, after the person's name.
    static let offerOpenings = Openings([
        ["do", "you", "want"], ["do", "u", "want"], ["you", "want"], ["u", "want"], ["want"], ["wanna"], ["u", "wanna"],
        ["you", "wanna"], ["would", "you", "like"], ["would", "u", "like"], ["do", "you", "like"], ["do", "u", "like"],
    ])

    /// `give THING to PERSON` when the words ask whether they want a thing the player carries;
    /// nil otherwise.
    func offeringCarried(_ words: [String], to person: ThingIndex, scope: Scope) -> ParseOutcome? {
        guard let opening = Self.offerOpenings.first(openingOf: words, where: { words.count > $0.count }) else { return nil }
        let named = words.dropFirst(opening.count).filter { !["some", "a", "an", "the", "my", "any", "bit", "of", "piece"].contains($0) }
        // `olena do u want a cigarette`: her topic for it answers first ("she doesn't smoke").
        guard !named.isEmpty, named.allSatisfy({ vocabulary.knows($0) }), !hasTopic(person, for: named),
              case .things(let found) = resolver.resolveOne(named[...], kind: .thing, scope: scope), found.count == 1,
              scope.isCarried(found[0]), !story.things[found[0]].isPerson else { return nil }
        let given = parse(words: ["give", "#\(found[0])", "to", "#\(person)"], freeText: false, scope: scope)
        if case .commands = given { return given }
        return nil
    }
}

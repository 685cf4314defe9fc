import StoryModel

/// Sentences said to the person in conversation that are no command (eleventh blind play-test):
/// `the war is over!`, `i dont know`, `yes its not far`, `thanks for showing us the way`, `sorry
/// i cant talk to reporters`, `that sucks`, `we met them at strehla at noon`, `has anyone seen a
/// russian`. The engine asks for this only when the words failed as a command, and only a person
/// in conversation (`personInFocus`) hears it; with nobody in conversation the failure stands.
///
/// - a leading `thanks`: `thank PERSON` (the story's `on thank {x}`, else "You thank X.");
/// - a refusal to speak (`sorry i cant talk to reporters`, `i wont tell you`): the story's `on
///   refuse`, when it has one;
/// - a topic of the person's among the words: `tell PERSON about TOPIC` (the story's `on tell
///   {reporter} about strehla` first, else the topic as `ask` answers it); a question (`has
///   anyone seen a russian`) is `ask PERSON about TOPIC`, and without such a topic is left to
///   the parser's replies for questions;
/// - a leading `yes`, `no`: the story's `on yes`, `on no`, else the engine answers what the
///   person proposed ("Will you promise?" `yes i will`), else "You nod to X.";
/// - an apology or a refusal and nothing more (`sorry, sir`, `i can't`): the story's `on sorry`
///   (else the built-in apology) or `on refuse` (CommandParser+ApologiesAndBareRefusals.swift);
/// - else the story's `on say to {brennan}`, else the engine's default ("You tell Sergeant
///   Brennan so. He nods.", "You shrug. He lets it go." for `i dont know`).
///
/// Never for a command: words that start with a verb (`x dont`, `paddle with hands`), a typo
/// of the first word as typed (`tkae the radio`), another typo that its suggestion makes a
/// command (`talk to feris`), a noun alone, a person not here.
extension CommandParser {
    /// Words that open a sentence said to someone, even where they are also verbs (`i` is the
    /// inventory, `dont` a story's `on dont drink`).
    static let statementOpeners: WordSet = ["yes", "yeah", "yep", "yup", "sure", "no", "nope", "nah", "thanks", "thank",
                                                "sorry", "i", "we", "well", "so", "and", "but", "oh", "dont", "don't", "do",
                                                "not", "maybe", "really", "just", "ok", "okay", "alright", "of", "course",
                                                "you", "he", "she", "they", "it", "that", "this", "there", "everyone", "nobody"]
    /// Words that start a question rather than a statement.
    static let statementQuestionStarts: WordSet = WordSet(freeQuestionStarts.union([
        "has", "have", "had", "was", "were", "would", "will", "shall", "may", "might", "must", "any", "anyone", "anybody",
    ]))
    /// Words of a sentence that name no topic.
    static let statementFiller: WordSet = WordSet(Vocabulary.articles.union([
        "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her", "they", "them", "their", "it",
        "that", "this", "these", "those", "there", "here", "is", "am", "are", "was", "were", "be", "been", "do", "does",
        "did", "not", "no", "yes", "yeah", "yep", "so", "and", "but", "or", "to", "of", "in", "at", "on", "for", "with",
        "have", "has", "had", "can", "could", "will", "would", "should", "just", "really", "very", "too", "all", "thanks",
        "thank", "sorry", "ok", "okay", "well", "oh", "know", "think", "anyone", "anybody", "someone", "everyone", "nobody",
        "dont", "don't", "what", "who", "how", "why", "when", "where", "if", "then", "now", "about", "get", "got", "one",
        "thing", "things", "lot", "much", "many", "some", "any", "by", "from", "up", "out", "over", "again", "still",
    ]))
    /// Words that open a reaction to what was just said: `thats so long`, `so sad`.
    static let reactionOpeners: WordSet = ["thats", "that's", "that", "such"]
    /// Words before a sentence that say only how the player feels: `yay the war is over`.
    static let leadingInterjections: WordSet = WordSet(interjections.union(["yay", "yippee", "woohoo", "hooray", "hurray",
                                                                        "hurrah", "wow", "oh", "ah", "omg", "phew", "man"]))

    /// The words, failed as a command, read as a sentence said to the person in conversation;
    /// nil when they are no such sentence or nobody is in conversation.
    /// `to`: the person addressed by name (`marcel potatoes`, CommandParser+NamedFirst.swift).
    /// `reaction`: the words followed an exclamation (`omg 5 years`), and react to what the person
    /// in conversation said.
    public func statement(_ input: [String], failure: ParseFailure, scope: Scope, to addressed: ThingIndex? = nil,
                          reaction: Bool = false) -> ParseOutcome? {
        let words = withoutChatSpelling(input) ?? input
        // `ferris you idiot`: no sentence to nod at (CommandParser+RudeRemarks.swift).
        if !reaction, let rude = addressed.map({ Self.isRudeRemark(words, personNamed: true) ? insulting($0, scope: scope) : nil })
            ?? rudeRemark(words, scope: scope) { return rude }
        // `i want to sleep`, `i go sleep`: the command (CommandParser+Intentions.swift).
        if addressed == nil, !reaction, let intended = intention(words, scope: scope) { return intended }
        // `yay the war is over`, `wow thats sad`: the rest, as a command or a sentence.
        if words.count >= 2, Self.leadingInterjections.contains(words[0]) {
            let rest = Array(words.drop(while: Self.leadingInterjections.contains))
            guard !rest.isEmpty else { return nil }
            let outcome = parse(rest, scope: scope)
            if case .failure(let failed) = outcome { return statement(rest, failure: failed, scope: scope) }
            return outcome
        }
        // `mach radio an`, `klettern up the bank`: a first word the game does not know (no word of
        // chat) before a thing in sight is a command with a verb it does not know, not a sentence
        // to nod at (a blind German student read "Brennan nods as you say so." as done, session
        // 34): "I don't know the word 'mach'". Words in another language that name nothing here
        // (`ich verspreche`) are still said to the person.
        if addressed == nil, !reaction, case .unknownWord(let unknown, _) = failure, unknown == words.first,
           !Self.statementFiller.contains(unknown), !Self.interjections.contains(unknown),
           words.dropFirst().contains(where: { scope.seesThing(answering: $0, vocabulary) }) { return nil }
        // Said to someone by name, any words are said to them: `kotzebue russians r at strehla`,
        // whose words alone read "You can't see any russians here." (a blind student, session 39).
        // `idk`, `dunno`, `maybe` alone, to the person who asked (Polowsky's "Will you promise?"):
        // a shrug, whatever another scene's action makes of the word (a blind student, session 39).
        let hesitant = Self.isShrug(words)
        guard words.count >= 2 || addressed != nil || hesitant, addressed != nil || hesitant || Self.canBeStatement(failure),
              let focus = addressed ?? personInFocus(scope),
              addressed != nil || hesitant || isSentence(words, failure: failure, scope: scope)
        else { return nil }
        // `ok so what if i dont go`: a question after its filler words (CommandParser+ChatShape.swift).
        let isQuestion = Self.statementQuestionStarts.contains(Self.chatOpening(words) ?? words[0])
        // A topic of the person's among the words; when the person in conversation has none and
        // exactly one other person here has (`no its close, just over the bridge` said while
        // Lotte was last spoken to, to her mother's "Is it far?"), that person hears it.
        let content = words.filter { !Self.statementFiller.contains($0) }
        var person = focus
        var best = bestTopic(of: focus, in: content)
        // A reaction (`thats so long`, `omg 5 years` after Marcel's five years) is to the one who
        // spoke, never a topic of someone else here (Brennan's `years`: the thirty-second and
        // thirty-fourth blind runs).
        if best == nil, addressed == nil, !reaction, !Self.reactionOpeners.contains(words[0]) {
            let others = scope.peopleInSight(story).filter { $0 != focus }
                .compactMap { other in bestTopic(of: other, in: content).map { (other, $0) } }
            if others.count == 1 { (person, best) = (others[0].0, others[0].1) }
        } else if best != nil, addressed == nil, !reaction, !Self.reactionOpeners.contains(words[0]),
                  let other = personNamingMore(of: content, than: focus, scope: scope) {
            // `no its not far just go west over the bridge at trebsen` while the thin man, whose
            // topic is only `go`, was last spoken to: Frau Pietsch, whose topics the answer names
            // (far, bridge, trebsen, west), asked "Is it far?" (the forty-sixth and fiftieth runs).
            (person, best) = (other, topicNamingMost(of: other, in: content) ?? bestTopic(of: other, in: content))
        }
        let who = "#\(person)"
        let lead = words[0]
        // `thanks for showing us the way`: the thanks, before any topic the reason names.
        if ["thanks", "thank"].contains(lead), let thanks = commands(["thank", who], scope: scope) { return thanks }
        // `sorry i cant talk to reporters`, `i wont tell you`: the story's `on refuse`.
        // Never a hesitation (`idk should i tell u`, `maybe i wont tell him`): it decides nothing
        // (the twenty-sixth blind run, where it had been the reporter's irreversible "No comment").
        if words.contains(where: { ["not", "never", "no"].contains($0) }), !Self.isHesitant(words),
           words.contains(where: { ["talk", "tell", "say", "speak", "comment", "answer"].contains($0) }),
           let refusal = commands(["refuse"], scope: scope), refusal.isStoryAction { return refusal }
        // `sorry`, `sorry sir`, `im sorry whitcomb`: an apology tells the person nothing, whatever
        // the story's `on say to {reporter}` does with a sentence (the fifty-first blind run:
        // `Sorry, sir, no comment.` had told the reporter the story after his warning).
        let apology = words.filter { !isFormOfAddress([$0]) && !(vocabulary.things(answering: $0)?.contains(person) ?? false) }
        if Self.apologies.contains(apology) || Self.isApologyAlone(apology) {
            if let own = commands(["sorry"], scope: scope), own.isStoryAction { return own }
            return .commands([.verb(.statement, objects: [person], second: nil, words: ["sorry"])])
        }
        if let best, let answer = commands([isQuestion ? "ask" : "tell", who, "about"] + best, scope: scope) { return answer }
        if isQuestion { return nil }
        // `yes i will`: the story's `on yes`, else the engine answers what the person proposed.
        if ["yes", "yeah", "yep", "yup", "no", "nope", "nah"].contains(lead) {
            if let own = commands([lead], scope: scope), own.isStoryAction { return own }
            return .commands([.verb(.statement, objects: [person], second: nil, words: words)])
        }
        // `i can't`, `sorry, i won't`: a refusal alone, never the catch-all below.
        if let own = bareRefusal(words, scope: scope) { return own }
        if lead == "sorry", let own = commands([lead], scope: scope), own.isStoryAction { return own }
        // The story's `on say to {brennan}`, else the engine's default.
        if let own = commands(["say", "to", who], scope: scope), own.isStoryAction { return own }
        return .commands([.verb(.statement, objects: [person], second: nil, words: words)])
    }

    /// Words of a player who has not decided: `i do not know` (`idk`, `dunno`), `maybe`, `not
    /// sure`, `should i`, `whether`.
    /// `i can't talk to reporters`, `i am sorry i cannot tell you` with the story's `on refuse`
    /// open: the refusal, before any reading of `talk to reporters` as a command (the
    /// twenty-ninth blind run, "I didn't understand that sentence").
    func refusalFirst(_ input: [String], scope: Scope) -> ParseOutcome? {
        guard input.count >= 4, ["i", "im", "i'm", "sorry", "we"].contains(input[0]) else { return nil }
        let words = withoutChatSpelling(input) ?? input
        guard words.contains(where: { ["not", "never", "cannot"].contains($0) }), !Self.isHesitant(words),
              words.contains(where: { ["talk", "tell", "say", "speak", "comment"].contains($0) }),
              let refusal = commands(["refuse"], scope: scope), refusal.isStoryAction else { return nil }
        return refusal
    }

    /// `idk`, `dunno`, `maybe`, `not sure`, alone or nearly: no answer at all.
    static func isShrug(_ words: [String]) -> Bool {
        words.count <= 3 && (words.contains { ["idk", "dunno", "maybe"].contains($0) } || words.suffix(2) == ["not", "sure"])
    }

    public static func isHesitant(_ words: [String]) -> Bool {
        if words.contains(where: { ["maybe", "perhaps", "unsure", "whether", "idk", "dunno", "hmm"].contains($0) }) { return true }
        return zip(words, words.dropFirst()).contains { pair in
            (pair.0 == "not" && ["know", "sure", "decide", "decided"].contains(pair.1))
                || (["should", "shall", "can", "could", "must"].contains(pair.0) && ["i", "we"].contains(pair.1))
        }
    }

    /// The one other person here whose topics name at least two more of the words than the
    /// person's do; nil when nobody, or several, do.
    private func personNamingMore(of content: [String], than person: ThingIndex, scope: Scope) -> ThingIndex? {
        func named(by someone: ThingIndex) -> Int {
            let words = Set(story.things[someone].topics.flatMap(\.phrases).filter { $0 != ["anything"] && $0 != ["anything", "else"] }.joined())
            return Set(content).filter(words.contains).count
        }
        let own = named(by: person)
        let more = scope.visibleThings.filter { $0 != person && story.things[$0].isPerson && named(by: $0) >= own + 2 }
        return more.count == 1 ? more[0] : nil
    }

    /// A phrase the words name of the person's topic whose phrases name the most of the words
    /// (`far`, of "americans, trebsen, far, bridge", for `its not far just go over the bridge at
    /// trebsen`, rather than `go` of where she is going).
    private func topicNamingMost(of person: ThingIndex, in content: [String]) -> [String]? {
        var best: (count: Int, phrase: [String])?
        for topic in story.things[person].topics {
            let phrases = topic.phrases.filter { $0 != ["anything"] && $0 != ["anything", "else"] }
            let count = Set(content).filter { Set(phrases.joined()).contains($0) }.count
            guard count > best?.count ?? 0, let phrase = phrases.first(where: { TopicMatch.matches($0, content) }) else { continue }
            best = (count, phrase)
        }
        return best?.phrase
    }

    /// The longest of a person's topic phrases that the words name, nil when none does.
    func bestTopic(of person: ThingIndex, in content: [String]) -> [String]? {
        var best: [String]?
        for topic in story.things[person].topics {
            for phrase in topic.phrases where phrase != ["anything"] && phrase != ["anything", "else"] {
                if TopicMatch.matches(phrase, content), phrase.count > best?.count ?? 0 { best = phrase }
            }
        }
        return best
    }

    /// True for failures a sentence said to someone gives: unknown or unfitting words, not a
    /// person or thing that is missing, an unset pronoun or a way that does not lead on.
    static func canBeStatement(_ failure: ParseFailure) -> Bool {
        switch failure {
        case .unknownWord, .notUnderstood, .understoodOnly, .question, .scenery, .nounAsVerb, .noWayTo, .furtherOn: true
        default: false
        }
    }

    /// True when the words read as a sentence rather than a command: they start with no verb
    /// (or with `yes`, `i`, `thanks` …), and no unknown word has a suggestion that makes them a
    /// command.
    private func isSentence(_ words: [String], failure: ParseFailure, scope: Scope) -> Bool {
        // The command as the parser reads it: without articles and a leading subject or filler.
        var command = words.filter { !["the", "a", "an"].contains($0) }
        while command.count > 1, ["i", "we", "ok", "okay", "alright", "so", "well", "and", "then", "now", "please"].contains(command[0]) {
            command.removeFirst()
        }
        guard let first = command.first else { return false }
        // `its not far`, `so we have to go back`, `what if i dont go`: a pronoun or question word
        // first is no command verb, whatever actions the story starts with it (CommandParser+ChatShape.swift).
        if vocabulary.isVerb(first), !Self.statementOpeners.contains(first), !Self.opensAsChat(words) { return false }
        // `kotzebue`, `the map`: a noun alone.
        if case .nounAsVerb = failure, command.count <= 2 { return false }
        // `foo bar baz` before anybody was spoken to: no word of them the story knows is no sentence
        // to nod at (a blind author's Titanic: "Jack Phillips nods as you say so."); in a
        // conversation it may be another language (`ich verspreche` to Polowsky).
        if case .unknownWord = failure, command.count >= 2, !command.contains(where: vocabulary.knows),
           personSpokenWith(scope) == nil { return false }
        if case .unknownWord(let unknown, let suggestions) = failure, let fix = suggestions.first {
            // A typo of the verb as typed (`tkae the radio`); after a subject (`we met them at
            // strehla`) only when the suggestion makes a command.
            // `were the coordinates wrong`: an English word the story does not use, no typo.
            if Self.statementQuestionStarts.contains(unknown) || Self.statementOpeners.contains(unknown) { return true }
            // `we met the russians at torgau`: a subject and a verb in the past tense tell something.
            if Self.tellsThePast(words, unknown: unknown) { return true }
            guard words.first != unknown, let at = command.firstIndex(of: unknown) else { return false }
            var fixed = command
            fixed[at] = fix
            if case .commands = parse(words: fixed, freeText: false, scope: scope) { return false }
        }
        return true
    }

    /// The words' commands when they parse as a command, else nil.
    func commands(_ words: [String], scope: Scope) -> ParseOutcome? {
        let outcome = parse(words: words, freeText: false, scope: scope)
        if case .commands = outcome { return outcome }
        return nil
    }

    /// The pronoun that fits a person: "he", "she", or nil when the story's words do not say.
    public func pronoun(of person: ThingIndex) -> String? {
        resolver.gender(of: person).map { $0 ? "she" : "he" }
    }
}

extension ParseOutcome {
    /// True when the first reading is one of the story's actions.
    var isStoryAction: Bool {
        if case .commands(let commands) = self, commands.first?.isAuthorAction == true { return true }
        return false
    }
}

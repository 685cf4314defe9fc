import StoryModel

/// Questions students type that no command reads: `where is ortiz`, `who is max hunger`, `why
/// cant we go to berlin` (with Ferris here), `what happened`. Tried only when the words fail as
/// typed.
///
/// - `where is X`, `where did X go` → `.whereIs` (the engine answers from what the player has seen);
/// - a question whose words name a topic of a person here → `ask PERSON about TOPIC` (with several
///   people here, the one whose topic it is);
/// - `who is X`, `what is X` → `.recall` (the engine answers from memory or the journal);
/// - a question about the situation (`what happened`, `what are we doing here`) → `hint`.
extension CommandParser {
    /// Words that start a question.
    static let freeQuestionStarts: WordSet = WordSet(questionWords.union([
        "why", "when", "how", "which", "whos", "who's", "whose", "cant", "can't", "isnt", "isn't", "shall", "may", "might",
        "wheres", "where's", "whats", "what's", "hows", "how's", "whys",
    ]))
    /// Words of a question that name no topic.
    static let freeQuestionFiller: WordSet = WordSet(freeQuestionStarts.union(Rephrasings.vagueWords).union(Rephrasings.personWords).union([
        "i", "me", "my", "we", "us", "our", "if", "than", "then", "mean", "means", "meant", "think", "know", "about", "of",
        "for", "with", "tell", "say", "said", "says", "there", "get", "got", "go", "goes", "went", "gone", "going", "a", "an",
        "the", "cant", "can't", "cannot", "not", "dont", "don't", "didnt", "didn't", "isnt", "isn't", "any", "some", "so",
        "really", "just", "still", "yet", "be", "been", "being", "let", "lets", "let's", "in", "at", "from", "by", "or",
        "and", "happen", "happens", "happened", "far", "much", "many", "long", "more", "further", "farther", "past", "too",
        "very", "like", "want", "wants", "need", "needs", "supposed", "here", "why", "whats", "what's", "wheres", "where's",
        "ought", "could", "would", "should", "might", "may", "must", "this", "these", "those", "that", "up", "out", "him",
        "her", "them", "it", "its", "it's", "one", "someone", "anyone", "everyone", "people",
    ]))
    /// Words of a question about the situation itself: `what happened`, `what are we doing here`.
    static let situationWords: WordSet = ["happened", "happening", "happen", "doing", "here", "now", "next", "mission",
                                              "goal", "job", "task", "plan", "point", "objective", "orders",
                                              // `what are we waiting for` (the sixtieth blind run).
                                              "waiting"]

    /// The free question read as a command, or nil when it is none of these.
    func freeQuestion(_ input: [String], scope: Scope) -> ParseOutcome? {
        let words = input.filter { !["the", "a", "an", "please", "now"].contains($0) }
        guard let first = words.first, Self.freeQuestionStarts.contains(first), words.count >= 2 else { return nil }
        if let subject = Self.subject(of: words, after: ["where"], forms: ["wheres", "where's"]) {
            // `where is marcel from`: asked of Marcel, when he is here (not "You haven't seen
            // any marcel from.").
            if subject.count >= 2, subject.last == "from", let person = addressee(Array(subject.dropLast()), scope: scope),
               case .commands(let asked)? = Optional(parse(words: ["ask", "#\(person)", "where", "from"], freeText: false, scope: scope)),
               asked.first.map({ if case .verb(.ask, _, _, _) = $0 { true } else { false } }) == true {
                return .commands(asked)
            }
            let place = subject.count >= 2 && subject.last == "from" ? Array(subject.dropLast()) : subject
            return .commands([.verb(.whereIs, objects: [], second: nil, words: place)])
        }
        // `further than 5 miles` names the topic `five miles`.
        let numbers = ["1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
                       "9": "nine", "10": "ten"]
        var content = words.filter { !Self.freeQuestionFiller.contains($0) }.map { numbers[$0] ?? $0 }
        // `what is the plan for today`, `wat r we doing today`: the plan, never the date (the
        // twenty-sixth and twenty-seventh blind runs).
        if words.contains(where: Self.situationWords.contains) { content.removeAll { ["today", "tonight", "tomorrow"].contains($0) } }
        let subject = Self.subject(of: words, after: ["who", "what"], forms: ["whos", "who's", "whats", "what's"])
        // `who is max hunger` asks someone here only about all of it, never about "hunger" alone.
        if let asked = askingSomeoneHere(content, whole: subject != nil, scope: scope) { return asked }
        if let subject {
            // `whats going on`, `whats in the briefing` (CommandParser+UnaddressedQuestions.swift).
            if let topic = Self.vagueSubject(subject) { return unaddressedQuestion(topic: topic, scope: scope) }
            return .commands([.verb(.recall, objects: [], second: nil, words: subject)])
        }
        let situation = words.filter { !Self.freeQuestionFiller.contains($0) || Self.situationWords.contains($0) }
        if !situation.isEmpty, situation.allSatisfy(Self.situationWords.contains) {
            // `what happened here` on the meadow of the dead: the one person here whose story
            // answers "what happened" tells it, rather than the hint.
            if words.contains("happened") {
                let tellers = scope.peopleInSight(story).filter { person in
                    story.things[person].topics.contains { $0.phrases.contains(["what", "happened"]) }
                }
                let focus = personSpokenWith(scope)
                if let teller = tellers.count == 1 ? tellers[0] : tellers.first(where: { $0 == focus }),
                   case .commands(let asked)? = Optional(parse(words: ["ask", "#\(teller)", "about", "what", "happened"], freeText: false, scope: scope)) {
                    return .commands(asked)
                }
            }
            return .commands([.verb(.hint, objects: [], second: nil, words: [])])
        }
        return nil
    }

    /// The X of `where is X`, `where did X go`, `wheres X`; nil for a pronoun or nothing.
    static func subject(of words: [String], after starts: Set<String>, forms: Set<String>) -> [String]? {
        var rest: ArraySlice<String>
        if forms.contains(words[0]) {
            rest = words.dropFirst()
        } else if starts.contains(words[0]), words.count >= 3, ["is", "are", "was", "were", "did", "does", "has", "have"].contains(words[1]) {
            rest = words.dropFirst(2)
        } else {
            return nil
        }
        while let last = rest.last, ["go", "gone", "went", "now", "going", "to", "then", "like", "exactly", "anyway", "again"].contains(last) {
            rest = rest.dropLast()
        }
        let subject = Array(rest)
        let pronouns: Set<String> = ["he", "she", "they", "it", "i", "we", "you", "this", "that", "there", "here", "me", "us"]
        guard !subject.isEmpty, subject.count <= 4, !subject.contains(where: pronouns.contains) else { return nil }
        return subject
    }

    /// `ask PERSON about TOPIC` when the question's words name a topic of a person here (the one
    /// person here; among several, the one in conversation if it is theirs, else the one whose
    /// topic matches the most words).
    private func askingSomeoneHere(_ content: [String], whole: Bool, scope: Scope) -> ParseOutcome? {
        guard !content.isEmpty else { return nil }
        var best: (person: ThingIndex, phrase: [String])?
        // The longest topic that the question's words name; a topic that speaks as the player
        // (`about i promise`) only when the player said `i` or `we`: `what good is a promise` is
        // `about promise`, not `about i promise` (the fifty-first blind run, where that was the
        // Oath of the Elbe).
        func speaksAsPlayer(_ phrase: [String]) -> Bool {
            phrase.contains { ["i", "we", "me", "us", "my", "our"].contains($0) && !content.contains($0) }
        }
        func fits(_ phrase: [String], than other: [String]?) -> Bool {
            guard let other else { return true }
            if speaksAsPlayer(phrase) != speaksAsPlayer(other) { return !speaksAsPlayer(phrase) }
            return phrase.count > other.count
        }
        for person in scope.peopleInSight(story) {
            // `whats the spirit of the elbe guide`: the words naming the person asked are no topic.
            let named = content.filter { !(vocabulary.things(answering: $0)?.contains(person) ?? false) }
            let content = named.isEmpty ? content : named
            for topic in story.things[person].topics {
                for phrase in topic.phrases where phrase != ["anything"] && phrase != ["anything", "else"] {
                    // `what is the spirit of the elbe`: the topic `spirit of the elbe` without its small words.
                    let core = phrase.filter { !Self.freeQuestionFiller.contains($0) }
                    guard !core.isEmpty, TopicMatch.matches(core, content), fits(phrase, than: best?.phrase),
                          !whole || TopicMatch.matches(content, core) else { continue }
                    best = (person, phrase)
                }
            }
        }
        guard var best else { return nil }
        // `can we take a picture` said to Karpovich: the person in conversation answers when the
        // question is one of theirs, rather than whoever else here has the longer topic.
        if let spoken = personSpokenWith(scope), spoken != best.person,
           let phrase = story.things[spoken].topics.lazy.flatMap(\.phrases).filter({ phrase in
               let core = phrase.filter { !Self.freeQuestionFiller.contains($0) }
               return phrase != ["anything"] && phrase != ["anything", "else"] && !core.isEmpty && TopicMatch.matches(core, content)
                   && (!whole || TopicMatch.matches(content, core))
           }).reduce(nil, { (kept: [String]?, phrase: [String]) in fits(phrase, than: kept) ? phrase : kept }) {
            best = (spoken, phrase)
        }
        let outcome = parse(words: ["ask", "#\(best.person)", "about"] + best.phrase, freeText: false, scope: scope)
        if case .failure = outcome { return nil }
        return outcome
    }
}

/// Loose matching of a topic's words against the words a player typed: `hungry` finds the topic
/// `hunger`, `writing` finds `write`, `russian` finds `russians`, but `stalin` never `stalingrad`.
public enum TopicMatch {
    /// True when every word of the phrase is loosely one of the words.
    public static func matches(_ phrase: [String], _ words: [String]) -> Bool {
        !phrase.isEmpty && phrase.allSatisfy { wanted in words.contains { looselyEqual($0, wanted) } }
    }

    /// The same word, a plural, or the same stem with English endings (`planned`, `planning`;
    /// `worried`, `worry`), at most three letters apart and at least four letters long; never two
    /// words that only begin alike (`happened`, `happy`: the twenty-eighth blind run).
    public static func looselyEqual(_ a: String, _ b: String) -> Bool {
        if a == b || Vocabulary.otherNumber(a) == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard short.count >= 4, long.count - short.count <= 3 else { return false }
        return !stems(short).isDisjoint(with: stems(long))
    }

    /// English endings a word's stem may carry.
    private static let endings = ["s", "es", "ed", "d", "ing", "er", "ers", "ly", "y", "ies", "ied", "ier", "iest", "est", "e"]

    /// The word and what is left of it without each English ending (`happened` → `happen`;
    /// `worried` → `worri`, `worr`; `stopped` → `stopp`, `stop`; `hungry` → `hungr`, `hunger`).
    private static func stems(_ word: String) -> Set<String> {
        var found: Set<String> = [word]
        for ending in endings where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            let stem = String(word.dropLast(ending.count))
            found.insert(stem)
            if stem.hasSuffix("i") { found.insert(String(stem.dropLast())) }
            if let last = stem.last, stem.dropLast().last == last { found.insert(String(stem.dropLast())) }
            // `hungry` → `hunger`, `angry` → `anger`.
            if let last = stem.last, "rl".contains(last), let before = stem.dropLast().last, !"aeiou".contains(before) {
                found.insert(String(stem.dropLast()) + "e" + String(last))
            }
        }
        return found
    }
}

import StoryModel

/// A form of address at the end of a line says whom the line is for (the twentieth and
/// twenty-first blind play-tests, issue #11), and is never an unknown word:
///
/// - a rank, `whats going on sarge`, `where are we going today, sergeant?`: the person here with
///   that rank in their name or words (the one in conversation first, when several have it);
/// - `sir`, `maam`, `miss`, `madam`: the person in conversation when the word fits them, else the
///   only man (woman) here: `where are you from, sir?` said to a woman with a man beside her is
///   for the man;
/// - a question so addressed goes to that person (the same as `brennan, where are we going
///   today?`: their topic, else their reply to anything else); `hello sir` greets them;
///   `thanks, sir` thanks them; any other command is read without the word;
/// - nobody here has the rank: the word is dropped and the rest read as typed; a polite word that
///   fits several people here is dropped too, unless the story knows it (`hi miss` then greets
///   the woman it names, or asks which).
///
/// The engine reads `…, sergeant` (the form alone after the last comma) as the same line without
/// the comma. A time word in a question put to a person (`where are we going today`) is not its
/// topic: the person answers where, not the story's reply about the date.
extension CommandParser {
    /// Ranks and polite words that address a person, each with the words that name the rank in a
    /// person's name or nouns.
    static let formsOfAddress: WordTable<Set<String>> = [
        "sarge": ["sergeant", "sarge", "sgt"], "sergeant": ["sergeant", "sarge", "sgt"], "sgt": ["sergeant", "sarge", "sgt"],
        "lieutenant": ["lieutenant", "lt"], "lt": ["lieutenant", "lt"], "captain": ["captain", "capt"], "capt": ["captain", "capt"],
        "major": ["major"], "colonel": ["colonel"], "general": ["general"], "corporal": ["corporal"],
        "sir": [], "maam": [], "ma'am": [], "madam": [], "miss": [],
    ]
    /// The polite words, and whether each is for a woman.
    private static let politeForms: [String: Bool] = ["sir": false, "maam": true, "ma'am": true, "madam": true, "miss": true]
    /// Words after which a rank is what a command is about, not whom it is for: `ask the captain`,
    /// `where is the sergeant`, `give it to the major`.
    private static let beforeObject: WordSet = WordSet(Vocabulary.articles.union([
        "to", "with", "at", "about", "for", "of", "into", "by", "is", "are", "was", "were", "my", "your", "his",
        "her", "our", "their", "this", "that", "see", "find", "meet", "call", "follow", "ask", "tell", "help", "where",
        "who", "whos", "who's", "wheres", "where's",
    ]))
    /// Words for a time that are not what a question to a person is about.
    private static let timeWords: WordSet = ["today", "tonight", "tomorrow", "now", "yet", "anyway"]
    /// Words that thank.
    static let thanking: WordSet = ["thanks", "thank", "thx", "ty", "cheers", "thankyou"]

    /// True when the word alone addresses someone (`sir`, `sergeant`): the engine joins `…, sir`
    /// to the part before it.
    public func isFormOfAddress(_ words: [String]) -> Bool {
        words.count == 1 && Self.formsOfAddress[words[0]] != nil
    }

    /// The person here whom the form of address means, nil when nobody here fits.
    func personAddressed(as form: String, scope: Scope) -> ThingIndex? {
        guard let ranks = Self.formsOfAddress[form] else { return nil }
        let people = scope.peopleInSight(story).filter { !scope.isCarried($0) }
        let spoken = personSpokenWith(scope)
        if let female = Self.politeForms[form] {
            let resolver = resolver
            if let spoken, resolver.gender(of: spoken).map({ $0 == female }) ?? true { return spoken }
            let fitting = people.filter { resolver.gender(of: $0) == female }
            if fitting.count == 1 { return fitting[0] }
            return spoken == nil && people.count == 1 && resolver.gender(of: people[0]) != !female ? people[0] : nil
        }
        let ranked = peopleRanked(ranks, among: people)
        if ranked.count == 1 { return ranked[0] }
        return spoken.flatMap { ranked.contains($0) ? $0 : nil }
    }

    /// The people with the rank in their name or words.
    private func peopleRanked(_ ranks: Set<String>, among people: [ThingIndex]) -> [ThingIndex] {
        people.filter { person in
            let words = vocabulary.nouns[person].union(story.things[person].name.lowercased().split(separator: " ").map(String.init))
            return !words.isDisjoint(with: ranks)
        }
    }

    /// `thank you, corporal` with a British corporal and Corporal McDonnell here and neither in
    /// conversation: the thanks or greeting for the rank, which asks which of them is meant (the
    /// forty-ninth blind run had thanked Staub, the last one spoken to, who is no corporal).
    /// Nil when the rank fits fewer than two people here, or the words are no thanks or greeting.
    private func rankMeaningSeveral(_ form: String, _ rest: [String], scope: Scope) -> ParseOutcome? {
        guard Self.politeForms[form] == nil, let ranks = Self.formsOfAddress[form], let first = rest.first else { return nil }
        let people = scope.visibleThings.filter { story.things[$0].isPerson && !scope.isCarried($0) }
        guard peopleRanked(ranks, among: people).count > 1 else { return nil }
        if Self.thanking.contains(first) { return parse(words: ["thank", form], freeText: false, scope: scope) }
        if rest.allSatisfy({ Self.greetingWords.contains($0) || ["there", "again", "good", "morning", "evening"].contains($0) }) {
            return parse(words: ["talk", "to", form], freeText: false, scope: scope)
        }
        return nil
    }

    /// `whats going on sarge`, `hello sir`, `where are you from sir`: the line put to the person
    /// the closing form of address means; the rest as typed when it means nobody here. Nil when
    /// the line does not end in a form of address, or the form is what the command is about.
    func closingFormOfAddress(_ words: [String], scope: Scope) -> ParseOutcome? {
        guard words.count >= 2, words.count <= 14, let form = words.last, Self.formsOfAddress[form] != nil else { return nil }
        let rest = Array(words.dropLast())
        guard let before = rest.last, !Self.beforeObject.contains(before),
              rest.count > 1 || !vocabulary.isVerb(before) || Self.greetingWords.contains(before)
                || Self.thanking.contains(before) else { return nil }
        // The story's own reading of the whole line (`salute major`, `on hello sir`) comes first.
        if case .commands(let commands) = parse(words: words.filter { !Vocabulary.articles.contains($0) }, freeText: false, scope: scope),
           commands.contains(where: \.isAuthorAction) {
            return nil
        }
        guard let person = personAddressed(as: form, scope: scope) else {
            if let which = rankMeaningSeveral(form, rest, scope: scope) { return which }
            // `hi miss` with two women here: the words as a person's words (`NounResolver`).
            return Self.politeForms[form] == nil || !vocabulary.knows(form) ? parse(rest, scope: scope) : nil
        }
        return put(rest, to: person, scope: scope)
    }

    /// The words said to the person: a greeting greets them, thanks thank them, a question is
    /// asked of them (as `PERSON, QUESTION` is); anything else as typed.
    private func put(_ rest: [String], to person: ThingIndex, scope: Scope) -> ParseOutcome {
        let who = "#\(person)"
        let said = Array(rest.drop { ["ok", "okay", "so", "well", "and", "oh", "um", "uh"].contains($0) })
        guard let first = said.first else { return parse(words: ["talk", "to", who], freeText: false, scope: scope) }
        if said.allSatisfy({ Self.greetingWords.contains($0) || ["there", "again", "good", "morning", "evening"].contains($0) }) {
            return parse(words: ["talk", "to", who], freeText: false, scope: scope)
        }
        if Self.thanking.contains(first), case .commands(let commands) = parse(said + [who], scope: scope) {
            return .commands(commands)
        }
        guard Self.statementQuestionStarts.contains(first) || Self.isWellbeingQuestion(said) else { return parse(rest, scope: scope) }
        return askedOf(person, said, scope: scope)
    }

    /// A question put to one person (`where are you from sir`): a question to `you` as it is put
    /// to them (`questionPut`), else the question's words as the topic, which reach their topic or
    /// their reply to anything else.
    func askedOf(_ person: ThingIndex, _ question: [String], scope: Scope) -> ParseOutcome {
        let untimed = Self.withoutTimeWords(question)
        return questionPut(to: person, untimed, scope: scope)
            ?? parse(words: ["ask", "#\(person)", "about"] + untimed, freeText: false, scope: scope)
    }

    /// The question without its time words (`where are we going today` → `where are we going`),
    /// unless they are all it has to ask (`what about today`).
    static func withoutTimeWords(_ question: [String]) -> [String] {
        let untimed = question.filter { !timeWords.contains($0) }
        let asked = untimed.filter { !freeQuestionFiller.contains($0) && !statementFiller.contains($0) }
        return untimed.count >= 2 && (untimed.count < question.count) && (!asked.isEmpty || untimed.count >= 3) ? untimed : question
    }
}

import StoryModel

/// What students type as a reaction rather than a command (tenth blind play-test): `sad`, `that's
/// sad`, `poor guy`, `thats not fair`, `damn`, `no way`, `omg`. Each gets a short reply that takes
/// no turn and fits any scene, the meadow of the dead too ("You are quiet for a moment."); `no
/// way`, `nope` are `no` (an answer to what a person proposed). A story that knows the words (`on
/// cry`) keeps them.
///
/// A bare question, `why`, `how`, `how come`, `is it far` (echoing a person's question), is put to
/// the person in conversation when there is one: `ask PERSON why`, `ask PERSON about far`.
extension CommandParser {
    /// The feelings a reaction can show, each with its reply (`Messages.interjectionReply`).
    enum Reaction: String {
        case sorrow = "sad", shock = "wow", unfair = "unfair", curse = "damn"
    }

    static let sorrowWords: WordSet = ["sad", "saddening", "terrible", "horrible", "awful", "tragic", "dreadful", "cruel",
                                           "heartbreaking", "depressing", "upsetting", "sick", "sickening", "horrific",
                                           "horrifying", "grim", "sorry", "shame", "pity", "tragedy", "crying", "cry", "sob"]
    static let shockWords: WordSet = ["wow", "omg", "whoa", "woah", "unbelievable", "incredible", "amazing", "crazy",
                                          "insane", "jeez", "geez", "gosh", "wtf", "yikes", "omfg"]
    static let unfairWords: WordSet = ["unfair", "fair", "wrong", "stupid", "dumb", "ridiculous", "rude", "mean"]
    static let curseWords: WordSet = ["damn", "dammit", "damnit", "ugh", "argh", "urgh", "crap", "hell", "shit", "bugger",
                                          "blimey", "darn"]
    /// Words around a reaction that say nothing more: `that's so sad`, `oh how awful`, `what a shame`.
    static let reactionFiller: WordSet = ["that", "thats", "that's", "this", "its", "it's", "it", "is", "was", "so", "how",
                                              "very", "really", "too", "what", "a", "an", "the", "oh", "just", "all", "kind",
                                              "of", "pretty", "such", "soo", "sooo", "quite", "totally", "oh", "my", "god",
                                              "man", "wow", "omg", "well", "i", "feel", "am", "im", "i'm", "bad", "ok",
                                              "okay", "not", "isnt", "isn't", "no", "must", "be", "fine", "whatever"]
    /// Words after a reaction that say what it is about: `sad about the war`, `awful for them`.
    static let reactionTopicWords: WordSet = ["about", "for", "when", "because", "what", "how", "to", "that", "seeing", "hearing"]
    /// The people `poor …` pities: `poor guy`, `poor them`, `poor little girl`.
    static let pitiedWords: WordSet = ["guy", "guys", "man", "men", "woman", "women", "girl", "boy", "kid", "kids", "child",
                                           "children", "people", "thing", "things", "souls", "soul", "devil", "devils", "him",
                                           "her", "them", "family", "families", "fellow", "fellows", "chap", "lads", "lad",
                                           "little", "old", "folks", "soldiers", "prisoners", "refugees", "everyone"]

    /// A reaction typed long or in chat spelling, as the word the sets know: `noooo` and `aww` are
    /// `sad`, `ew`, `eww`, `yuck`, `gross` are `ugh` (the twenty-second blind run: "I don't know
    /// the word 'ew'. Did you mean 'nw' or 'sw'?").
    static func reactionSpelling(_ word: String) -> String {
        respelledReaction(word) ?? word
    }

    /// `reactionSpelling(word)` when it is another word; nil for a word spelled as the sets know it
    /// (nearly every word of every command, answered without making a string).
    static func respelledReaction(_ word: String) -> String? {
        // On the word's own bytes, no array of them: asked of every word of every command.
        let bytes = word.utf8
        let count = bytes.count
        guard count >= 2, count <= 12, let initial = bytes.first else { return nil }
        func isRun(_ rest: UInt8) -> Bool {
            bytes.dropFirst().allSatisfy { $0 == rest }
        }
        let second = bytes[bytes.index(after: bytes.startIndex)]
        switch initial {
        // `nooo` (three o's or more: `noo` may be a typo of `now`); no spelling of `ugh` starts with `n`.
        case UInt8(ascii: "n"): return count >= 4 && second == UInt8(ascii: "o") && isRun(UInt8(ascii: "o")) ? "sad" : nil
        // `aw`, `aww`, `awww`; no spelling of `ugh` starts with `a`.
        case UInt8(ascii: "a"): return second == UInt8(ascii: "w") && isRun(UInt8(ascii: "w")) ? "sad" : nil
        case UInt8(ascii: "e") where second == UInt8(ascii: "w") && isRun(UInt8(ascii: "w")): return "ugh"
        // Only words starting with one of these letters are `ughSpellings`.
        case UInt8(ascii: "e"), UInt8(ascii: "y"), UInt8(ascii: "g"), UInt8(ascii: "d"), UInt8(ascii: "b"), UInt8(ascii: "u"):
            return ughSpellings.contains(word) && word != "ugh" ? "ugh" : nil
        default: return nil
        }
    }

    /// The words `reactionSpelling` reads as `ugh` (a set: a `switch` compared a word that starts
    /// with one of the letters above with each of them).
    private static let ughSpellings: WordSet = ["yuck", "yuk", "gross", "disgusting", "eugh", "bleh", "blegh", "ugh", "ughh", "ughhh", "urgh"]

    /// The reaction these words show, nil when they are something else.
    static func reaction(_ words: [String]) -> Reaction? {
        // Every reaction below has one of these words (a prefix cut off has fewer): a command
        // without one, `take binela key`, is none, found by one look-up a word; a word spelled
        // otherwise (`aww`) is read as the sets know it first.
        var marked = false
        for word in words {
            if respelledReaction(word) != nil { return reaction(words.map(reactionSpelling)) }
            if !marked, reactionMarkers.contains(word) { marked = true }
        }
        guard marked else { return nil }
        // `thats really sad about the cold war`, `so sad for them`, `how awful what happened`: the
        // reaction before what it is about (thirteenth blind play-test: read as `ask … about`).
        if words.count > 2, words.count <= 14 {
            for cut in words.indices.dropFirst().prefix(6) where reactionTopicWords.contains(words[cut])
                && words[..<cut].contains(where: { !reactionFiller.contains($0) && $0 != "sorry" }) {
                if let reaction = reaction(Array(words[..<cut])) { return reaction }
            }
        }
        guard !words.isEmpty, words.count <= 6 else { return nil }
        if words.count >= 2, words[0] == "poor", words.dropFirst().allSatisfy({ pitiedWords.contains($0) || reactionFiller.contains($0) }) {
            return .sorrow
        }
        if words == ["oh", "no"] || words == ["oh", "my", "god"] || words == ["my", "god"] || words == ["oh", "god"] { return .shock }
        let content = words.filter { !reactionFiller.contains($0) }
        // `not fair`, `thats not fair`, `that isn't fair`.
        if content == ["fair"] { return words.contains { ["not", "isnt", "isn't"].contains($0) } ? .unfair : nil }
        guard let first = content.first, content.count <= 2 else {
            // `oh my god`, `wow`, `omg` with only filler.
            return content.isEmpty && words.contains(where: shockWords.contains) && words.count > 1 ? .shock : nil
        }
        // `damn this is sad`, `ugh so unfair`: a curse beside another reaction is that reaction
        // (a blind student, session 37, read "I don't know the word 'damn'.").
        if content.count == 2, content.contains(where: curseWords.contains), let other = content.first(where: { !curseWords.contains($0) }),
           let (shown, _) = reactionSets.first(where: { $0.1.contains(other) }) {
            return shown
        }
        for (reaction, set) in reactionSets where content.allSatisfy(set.contains) {
            // `sorry` alone is the apology verb's; `that's sorry` is no sentence a student types.
            if (first == "sorry" && words.count == 1) || first == "mean" { return nil }
            // `wrong`, `stupid` alone are not reactions a command could not mean; with `that's` they are.
            if reaction == .unfair, words.count == 1 { return nil }
            return reaction
        }
        return nil
    }

    /// The words at least one of which every reaction has: those of the four sets, `poor`
    /// (`poor guy`), and `no` and `god` (`oh no`, `oh my god`, `my god`, `oh god`).
    private static let reactionMarkers: WordSet = WordSet(sorrowWords.union(shockWords).union(unfairWords)
        .union(curseWords).union(["poor", "no", "god"]))

    /// The words of each reaction, in the order they are tried (made once, not for every command).
    private static let reactionSets: [(Reaction, WordSet)] = [(.sorrow, sorrowWords), (.shock, shockWords),
                                                                   (.unfair, unfairWords), (.curse, curseWords)]

    /// The openings of a good wish said to someone: `good luck getting home`, `take care`.
    static let wishes = Openings([["good", "luck"], ["best", "of", "luck"], ["take", "care"], ["stay", "safe"],
                                  ["be", "safe"], ["be", "careful"], ["god", "bless"], ["all", "the", "best"]])

    /// The words `reacting` looks for anywhere in a command (`Lexicon.reactingWords`): the first
    /// word of a refusal (`no way`) and the words `reaction` needs one of. Most commands have none.
    static let reactingWords: WordSet = WordSet(refusalStarts.union(reactionMarkers))
    /// The first and the second words of the wishes (`Lexicon.wishFirstWords`, `.wishSecondWords`):
    /// `take` starts `take care` and most commands of a walkthrough, `take` and `binela` none.
    static let wishFirstWords: WordSet = WordSet(Set(wishes.phrases.map { $0[0] }))
    static let wishSecondWords: WordSet = WordSet(Set(wishes.phrases.map { $0[1] }))

    /// False when no reading of `reacting` can read the words, told by the lexicon's numbers of
    /// them (`typed`, of these very words) and the spellings `respelledReaction` knows (`aww`,
    /// `noooo`: no mask holds them), without asking each word of the sets.
    static func mayReact(_ words: [String], typed: CommandWords, lexicon: Lexicon) -> Bool {
        typed.present.intersects(lexicon.reactingWords)
            || (lexicon.wishFirstWords.contains(typed.first) && lexicon.wishSecondWords.contains(typed.second))
            || words.contains { respelledReaction($0) != nil }
    }

    /// The reply to a reaction, or `no` for `no way`, unless the story's own actions take the words.
    func reacting(_ words: [String], scope: Scope) -> ParseOutcome? {
        // (Each phrase has at most three words and starts with one of four: other commands are not
        // joined to find out.)
        if words.count <= 3, Self.refusalStarts.contains(words[0]), ["no way", "nope", "nah", "no chance", "no thanks way", "hell no", "no no"].contains(words.joined(separator: " ")),
           words.count > 1 || vocabulary.actionsByVerb[words[0]] == nil {
            return parse(words: ["no"], freeText: false, scope: scope)
        }
        // `good luck getting home`, `take care`, `stay safe`: a wish (twelfth blind play-test).
        if words.count <= 6, Self.wishes.first(openingOf: words) != nil { return .failure(.interjection("luck")) }
        guard let reaction = Self.reaction(words) else { return nil }
        // The story's `on cry`, and a verb alone that is a command (`sorry`), keep the words;
        // `how sad` is no question to ask anybody.
        if case .commands(let commands) = parse(words: words, freeText: false, scope: scope),
           words.count == 1 || commands.contains(where: \.isAuthorAction) {
            return nil
        }
        return .failure(.interjection(reaction.rawValue))
    }

    /// `why`, `how`, `how come`, `is it far`: the question put to the person in conversation.
    /// `why` is asked of them (their topic for `why`, else their reply to anything else), never
    /// their `talk` again: a blind author's `why?` replayed the greeting and ran its effects twice.
    func bareQuestion(_ words: [String], scope: Scope) -> ParseOutcome? {
        if Self.bareQuestions.contains(words) {
            guard let person = personInFocus(scope) else { return nil }
            return outcomeIfCommands(["ask", "#\(person)", "about"] + words, scope: scope)
                ?? outcomeIfCommands(["talk", "to", "#\(person)"], scope: scope)
        }
        // `is it far`, `are they dead`, `can we go`: a yes-or-no question right after speaking with someone.
        let starts: Set<String> = ["is", "are", "was", "were", "can", "could", "will", "would", "does", "do", "did", "should",
                                   "shall", "has", "have", "isnt", "isn't", "arent", "aren't"]
        guard words.count >= 2, words.count <= 6, starts.contains(words[0]), let person = personSpokenWith(scope) else { return nil }
        let pronouns: Set<String> = ["it", "its", "they", "them", "there", "this", "that", "we", "us", "i", "he", "she", "you"]
        let topic = words.dropFirst().filter { !pronouns.contains($0) && !Vocabulary.articles.contains($0) && !starts.contains($0) }
        guard !topic.isEmpty else { return outcomeIfCommands(["talk", "to", "#\(person)"], scope: scope) }
        return outcomeIfCommands(["ask", "#\(person)", "about"] + topic, scope: scope)
    }

    /// A question of one to three words that asks only why or how.
    public static let bareQuestions: Set<[String]> = [["why"], ["how"], ["how", "come"], ["why", "not"], ["why", "so"],
                                                      ["how", "so"], ["what", "for"], ["why", "is", "that"], ["how", "is", "that"]]

    private func outcomeIfCommands(_ words: [String], scope: Scope) -> ParseOutcome? {
        let outcome = parse(words: words, freeText: false, scope: scope)
        if case .commands = outcome { return outcome }
        return nil
    }
}

import CommandParser
import StoryModel

/// Questions answered from what the player has seen and read: `where is ortiz` ("You last saw
/// Private Ortiz at Trebsen, on the Mulde."), `who is ortiz` when he is elsewhere (his description,
/// as remembered), `who is max hunger` (the journal's sentence that names him).
extension Engine {
    /// After each turn: what the player saw, and what a person proposed.
    /// A search (`verify`) renders no text and keeps no memory: what the player saw and what a
    /// person proposed change only the words of `where is`, `who is` and `yes`, never what can
    /// happen, so searched states neither pay for them nor differ by them.
    func rememberAfterTurn(_ turn: Turn, state: inout GameState) {
        guard turn.rendersText else { return }
        state.noteWhatIsSeen(story: story)
        // A line the parser could not read keeps the question open: `yse` ("Did you mean
        // 'yes'…?"), then `yes`, still answers Helga (a blind author's Kitty Hawk, session 21:
        // "You nod, though nobody has asked you anything just now.").
        if turn.isOnlyAParseError { return }
        let question = lastQuestion(in: turn, state: state)
        state.setProposal(proposal(in: turn) ?? question.command)
        state.setAskedBy(question.person)
    }

    /// The things the words name anywhere in the story, people first.
    private func thingsNamed(_ words: [String]) -> [ThingIndex] {
        let wanted = Set(words.filter { !Vocabulary.articles.contains($0) && $0 != "of" })
        guard !wanted.isEmpty else { return [] }
        let named = story.things.indices.filter { wanted.isSubset(of: parser.vocabulary.words[$0]) }
        return named.filter { story.things[$0].isPerson } + named.filter { !story.things[$0].isPerson }
    }

    /// "at Trebsen, on the Mulde", "at the Command Post".
    private func atScene(_ scene: SceneIndex) -> String {
        let title = story.scenes[scene].title
        return "at " + (title.hasPrefix("The ") ? "the " + title.dropFirst(4) : title)
    }

    /// "You last saw Private Ortiz at Trebsen, on the Mulde."; where the player is now, "The
    /// horseman was here, but has gone." (not "You last saw the horseman at Leckwitz" while in
    /// Leckwitz).
    func lastSeen(_ seen: ThingIndex, at scene: SceneIndex, state: GameState) -> String {
        guard scene == state.scene else { return "You last saw \(story.name(of: seen, .definite, in: state)) \(atScene(scene))." }
        return "\(story.capitalizedName(of: seen, .definite, in: state)) \(story.agree(seen, "was")) here, but \(story.agree(seen, "has")) gone."
    }

    /// `where is X`. False, saying nothing, when the words name nothing of the story and someone
    /// here can be asked instead (Engine+WhereQuestions.swift).
    @discardableResult
    func whereIs(_ words: [String], state: GameState, turn: inout Turn) -> Bool {
        var named = thingsNamed(words)
        // `where is my star` in the epilogue: the star the player carried, never the jeeps' painted
        // star; gone from the story, "You don't have the red star any more." (a blind student, session 39).
        if words.contains("my"), case let own = named.filter({ story.things[$0].isPortable && !story.things[$0].isPerson }), !own.isEmpty {
            named = own
            if let thing = own.min(), own.allSatisfy({ state.locations[$0] == .nowhere }) {
                say("You don't have \(story.name(of: thing, .definite, in: state)) any more.", &turn)
                return true
            }
        }
        // `wheres the captain` when Brennan has spoken of him but the player has never seen him:
        // a question for the person in conversation (or the one person here), as for a name the
        // story does not have; never "Whom do you want to ask about captain?".
        let unmetOnly = !named.isEmpty && named.allSatisfy { story.things[$0].isPerson && state.lastSeen($0) == nil }
        if named.isEmpty, whereQuestionGoesToPeople(words, state: state) { return false }
        if unmetOnly, parser.personInFocus(StateScope(story: story, state: state)) != nil { return false }
        let visible = StateScope(story: story, state: state).visibleThings
        if let here = named.first(where: visible.contains) {
            if state.locations[here].isWithPlayer {
                say("You have \(story.name(of: here, .definite, in: state)) with you.", &turn)
            } else {
                say("\(story.capitalizedName(of: here, .definite, in: state)) \(story.agree(here, "is")) here.", &turn)
            }
            return true
        }
        if let seen = named.first(where: { state.lastSeen($0) != nil }), let scene = state.lastSeen(seen) {
            say(lastSeen(seen, at: scene, state: state), &turn)
            return true
        }
        let typed = words.filter { !Vocabulary.articles.contains($0) }
        if unmetOnly {
            // "You haven't met Ferris yet.", "You haven't met the captain yet." (not "any Captain").
            let byName = named.contains { person in
                story.things[person].isProperName && story.things[person].name.lowercased().split(separator: " ").last.map { typed.contains(String($0)) } ?? false
            }
            let name = byName ? typed.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ") : "the " + typed.joined(separator: " ")
            say("You haven't met \(name) yet.", &turn)
            return true
        }
        let proper = named.contains { story.things[$0].isPerson && story.things[$0].isProperName }
        let name = typed.map { proper ? $0.prefix(1).uppercased() + $0.dropFirst() : $0 }.joined(separator: " ")
        say("You haven't seen any \(name).", &turn)
        return true
    }

    /// `who is X`, `what is X` for something not in sight: its description as remembered, or the
    /// journal's sentence that names it; else the usual tip.
    /// False when nothing of the story is called that (Engine+UnknownNames.swift asks instead).
    @discardableResult
    func recall(_ words: [String], state: GameState, turn: inout Turn) -> Bool {
        let named = thingsNamed(words)
        if let seen = named.first(where: { state.lastSeen($0) != nil }), let scene = state.lastSeen(seen) {
            let item = story.things[seen]
            if !item.description.isEmpty { say(item.description, state: state, turn: &turn) }
            // Where it was, when that is news: never "The far bank was here, but has gone." of a
            // thing in sight, nor of a bottle used up here (the thirty-fifth blind run).
            let inSight = StateScope(story: story, state: state).visibleThings.contains(seen)
            if !inSight, scene != state.scene || item.isPerson || item.description.isEmpty {
                say(lastSeen(seen, at: scene, state: state), &turn)
            }
            return true
        }
        if let quote = journalQuote(words, state: state) {
            say(quote, &turn)
            return true
        }
        // A person of the story not met yet: "Captain Ferris isn't here."
        if let person = named.first(where: { story.things[$0].isPerson }) {
            say("\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "isn't")) here.", &turn)
            return true
        }
        return false
    }

    /// "From your journal (fact 3, The Only Bridge): A mill worker, Max Hunger, cut the wires."
    private func journalQuote(_ words: [String], state: GameState) -> String? {
        let wanted = words.filter { !Vocabulary.articles.contains($0) && $0 != "of" }
        guard !wanted.isEmpty else { return nil }
        func mentions(_ text: String) -> Bool {
            let tokens = Set(text.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "'" }.map(String.init))
            return wanted.allSatisfy { word in tokens.contains(word) || tokens.contains(Vocabulary.otherNumber(word)) }
        }
        let renderer = TextRenderer(story: story, state: state)
        for fact in state.journalOrder {
            let item = story.facts[fact]
            let sentences = renderer.paragraphs(item.text).flatMap(Self.sentences)
            guard mentions(item.title) || sentences.contains(where: mentions) else { continue }
            let sentence = sentences.first(where: mentions) ?? sentences.first ?? ""
            let number = state.journalNumber(of: fact).map { "fact \($0), " } ?? ""
            return "From your journal (\(number)\(item.title)): \(sentence)"
        }
        return nil
    }

    /// A paragraph's sentences, split after `.`, `!` or `?` and a space.
    static func sentences(_ paragraph: String) -> [String] {
        var result: [String] = []
        var current = ""
        var previous: Character = " "
        for character in paragraph {
            if character == " ", [".", "!", "?"].contains(previous), current.count > 3 {
                result.append(current)
                current = ""
            } else if !(current.isEmpty && character == " ") {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}

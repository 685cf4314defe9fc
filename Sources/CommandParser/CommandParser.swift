import StoryModel

/// Understands what a player types, using the story's vocabulary and the built-in grammar.
///
/// A pure function of the story, the words and the scope: no global state.
public struct CommandParser: Sendable {
    public let story: Story
    public let vocabulary: Vocabulary
    /// The story's patterns that start with a question or small word (PhrasePatterns.swift).
    let lazyPhrases: PhrasePatterns.Lazy?
    /// The story's patterns that start with a question or small word, found at the first command.
    var phrases: PhrasePatterns? { lazyPhrases?.value }

    public init(story: Story) {
        self.init(story: story, vocabulary: Vocabulary(story: story))
    }

    /// A parser with the story's vocabulary built already: `Vocabulary(story:)` of this very
    /// story, or its compiled form read back (`CompiledVocabulary`), which saves indexing the
    /// story's words at start-up.
    public init(story: Story, vocabulary: Vocabulary) {
        self.story = story
        self.vocabulary = vocabulary
        self.lazyPhrases = PhrasePatterns.Lazy(story: story, vocabulary: vocabulary)
    }

    /// A parser with the story's vocabulary and its `PhraseFreeDifference` read ready-made from
    /// the compiled vocabulary (`CompiledVocabulary`), which saves finding the phrase-free
    /// vocabulary at the first command.
    public init(story: Story, vocabulary: Vocabulary, phraseFree difference: PhraseFreeDifference) {
        self.story = story
        self.vocabulary = vocabulary
        self.lazyPhrases = PhrasePatterns.Lazy(story: story, vocabulary: vocabulary, difference: difference)
    }

    /// A parser that reads with `vocabulary` as it is, with no phrase patterns set apart.
    init(story: Story, plain vocabulary: Vocabulary) {
        self.story = story
        self.vocabulary = vocabulary
        self.lazyPhrases = nil
    }

    /// Parses one command (a list of lowercased words, as `Tokenizer` gives them).
    public func parse(_ input: [String], scope: Scope) -> ParseOutcome {
        // `y` alone is yes, as in Inform (before a verb or a person it is `why`: `y r u sad`).
        if input == ["y"] { return parse(["yes"], scope: scope) }
        // `wat` alone, `ok sir` (CommandParser+ShortAnswers.swift).
        if input.count <= 2, let short = Self.shortAnswerAsPlain(input) { return parse(short, scope: scope) }
        // `ya i want to`, `whats up joe`: a yes, a greeting (CommandParser+WhatsUp.swift); `tell` below. One look-up of the first word.
        let opening = input.first.map { Self.rareOpenings.contains($0) } ?? false
        if opening, let plain = typedYesOrGreeting(input, scope: scope) { return parse(plain, scope: scope) }
        // `ask brennan after hitler`: about Hitler, never Brennan's topic `after` (Rephrasings+SchoolEnglish.swift).
        if let asked = Rephrasings.askedInSchoolEnglish(input) { return parse(asked, scope: scope) }
        // `x dont`: "I don't know the word 'dont'", as typed (CommandParser+TypedWords.swift).
        let outcome = namingTypedWord(reading(input, scope: scope), typed: input)
        // `tell whitcomb about strehla and the meadow` (CommandParser+TellingATopic.swift).
        if opening, input.first == "tell", let told = tellingANamedTopic(input, outcome: outcome, scope: scope) { return told }
        // `x gunter` is `x günter`, `go to kuhren` `go to kühren`, only after a word or a place was not known (Vocabulary+AccentedSpellings.swift).
        if outcome.failedOnAWord, let accented = withStoryAccents(input, evenKnown: outcome.isNoWay) { return parse(accented, scope: scope) }
        // `ask olena were she is from`: `where`, tried only when the words failed (CommandParser+SloppyChatSpelling.swift).
        if case .failure = outcome, let meant = whereForWere(input) { return parse(meant, scope: scope) }
        // `the russian are where?` (Rephrasings+SchoolEnglish.swift).
        if case .failure = outcome, let asked = Rephrasings.questionWordMovedFirst(input) { return parse(asked, scope: scope) }
        // `stop shooting were americans`: two of the scene's sayings run together (CommandParser+RunTogether.swift).
        if case .failure = outcome, let joined = runTogether(input, scope: scope) { return joined }
        // `why did the polish worker shout amerikanski` (CommandParser+QuestionsAboutSomeoneHere.swift).
        if outcome.asksWhomToAsk, let named = askingThePersonNamed(withoutChatSpelling(input) ?? input, scope: scope) { return named }
        // `there r no oars` (CommandParser+MissingThings.swift).
        if case .failure = outcome, let missing = missingThing(input, scope: scope) { return missing }
        // `which one do i fire again`: the hint, never "Whom do you want to ask about one fire again?" (CommandParser+ChatShape.swift).
        if outcome.asksWhomToAsk || { if case .failure = outcome { true } else { false } }(), let hint = whatToDo(input, scope: scope) { return hint }
        // `which camp were you in` (CommandParser+WhoseTopicAsked.swift).
        if outcome.asksWhomToAsk, let asked = whoseTopicAsked(outcome, scope: scope) { return asked }
        // `lets go` asked where: said to the person in conversation (CommandParser+Suggestions.swift).
        if case .question = outcome, let together = suggestionInConversation(input, scope: scope) { return together }
        return outcome
    }

    // The readings below whose gate asks the first, second or last word, or any word, are tried
    // only when the command's words, looked up once (`CommandWords`, Lexicon.swift), pass it.
    private func reading(_ input: [String], scope: Scope) -> ParseOutcome {
        let lexicon = Lexicon.shared
        let typed = CommandWords(input, lexicon: lexicon)
        // `thank you very much, colonel` (CommandParser+Intensifiers.swift).
        if lexicon.strengthenedOpenings.contains(typed.first), let plain = withoutIntensifiers(input) { return reading(plain, scope: scope) }
        // `excuse me who was first` (CommandParser+PoliteOpenings.swift).
        if lexicon.politeOpenings.contains(typed.first), let polite = afterPoliteOpening(input, scope: scope) { return polite }
        // `ok never mind`, `forget it` (CommandParser+Cancelling.swift).
        if typed.present.intersects(lexicon.cancelling), let cancelled = cancelling(input, scope: scope) { return cancelled }
        // `ugh fine read card`, `nvm` (CommandParser+GrudgingWords.swift).
        if lexicon.grudgingOpenings.contains(typed.first), let grudging = grudgingOpening(input, scope: scope) { return grudging }
        return readingWithoutGrudge(input, typed: typed, scope: scope)
    }

    func readingWithoutGrudge(_ input: [String], scope: Scope) -> ParseOutcome {
        readingWithoutGrudge(input, typed: CommandWords(input, lexicon: Lexicon.shared), scope: scope)
    }

    /// - Parameter typed: the lexicon's numbers of `input`'s words.
    private func readingWithoutGrudge(_ input: [String], typed: CommandWords, scope: Scope) -> ParseOutcome {
        let lexicon = Lexicon.shared
        // `ok lets go with the polish guy` (CommandParser+GoingWith.swift).
        if typed.present.intersects(lexicon.goingWith), let following = goingWith(input, scope: scope) { return following }
        // `we should swear never to do this again` (CommandParser+Suggestions.swift).
        if lexicon.suggestionStarts.contains(typed.first), let own = storyActionSuggested(input, scope: scope) { return own }
        // `oh no`, `wow no`, `oh yes`: a reaction, unless the story's own answer is open (CommandParser+InterjectedAnswers.swift).
        if (typed.count == 1 && lexicon.agreementWords.contains(typed.first)) || (typed.count == 2 && lexicon.answerInterjections.contains(typed.first)),
           let reaction = interjectedAnswer(input, scope: scope) { return reaction }
        // `tovarish!` alone (CommandParser+Greetings.swift).
        if typed.count == 1, lexicon.comradeWords.contains(typed.first), let greeting = comradeGreeting(input, scope: scope) { return greeting }
        // `i can't talk to reporters` (CommandParser+Statements.swift).
        if lexicon.refusalSubjects.contains(typed.first), let refusal = refusalFirst(input, scope: scope) { return refusal }
        // `help them` (CommandParser+ImpliedPerson.swift).
        if lexicon.help.contains(typed.first), let helping = helpingThem(input, scope: scope) { return helping }
        // `turn radio to bbc` (CommandParser+Tuning.swift).
        if lexicon.tuningVerbs.contains(typed.first), let tuned = tunedTo(input, scope: scope) { return tuned }
        // `what are we doing today`, `whats the plan for today`: the plan, never the date.
        if input.count >= 3, lexicon.timeWords.contains(typed.last) {
            let spelled = withoutChatSpelling(input) ?? input
            if let first = spelled.first, Self.freeQuestionStarts.contains(first),
               spelled.contains(where: { ["doing", "plan", "plans", "happening", "happens", "mission"].contains($0) }) {
                var shorter = Array(input.dropLast())
                if shorter.last == "for" { shorter.removeLast() }
                return reading(shorter, scope: scope)
            }
            // `how are you today`: how the person is, never the date (the twenty-ninth blind run).
            if Self.isWellbeingQuestion(Array(spelled.dropLast())) { return reading(Array(input.dropLast()), scope: scope) }
        }
        // `why do i need the flag`: the story's phrase as a whole, else as if it had none (CommandParser+PhrasePatterns.swift).
        if let phrases { return phrase(input, scope: scope) ?? CommandParser(story: phrases.plainStory, plain: phrases.plain).parse(input, scope: scope) }
        guard let verb = input.first, !Self.freeTextVerbs.contains(verb) else { return parseCommand(input, scope: scope) }
        // `sad`, `thats not fair`, `no way` (CommandParser+Reactions.swift), unless the story's
        // actions read the words.
        let spelled = withoutChatSpelling(input)
        var words = spelled ?? input
        var typedWords = spelled == nil ? typed : CommandWords(words, lexicon: lexicon)
        // `tell me about the press`, `tell me the plan`: asking about it (CommandParser+OfferedTopics.swift).
        if lexicon.tell.contains(typedWords.first) {
            if let own = tellMeAsAsking(&words, scope: scope) { return own }
            typedWords = CommandWords(words, lexicon: lexicon)
        }
        // `ok tell me about the generals`, `generals` right after "Ask me about the generals"
        // (CommandParser+OfferedTopics.swift).
        // `whats going on sarge`, `hello sir` (CommandParser+FormsOfAddress.swift).
        if let asked = askingAsOffered(words, scope: scope)
            ?? (lexicon.formsOfAddress.contains(typedWords.last) ? closingFormOfAddress(words, scope: scope) : nil)
            ?? (lexicon.addressWords.contains(typedWords.last) ? withoutAddressWord(words, scope: scope) : nil) { return asked }
        // `i can't tell you anything` to the reporter: the story's `on refuse` (CommandParser+Refusals.swift).
        if lexicon.sentenceSubjects.contains(typedWords.first), let own = storyReadingOfSentence(words, scope: scope) { return own }
        // `what is the horse's name`: never the listener's own name (CommandParser+NameOfSomeoneElse.swift).
        if typedWords.present.intersects(lexicon.name), let named = nameOfSomeoneElse(words, scope: scope) { return named }
        if let reaction = (Self.mayReact(words, typed: typedWords, lexicon: lexicon) ? reacting(words, scope: scope) : nil)
            ?? (lexicon.laughs.contains(typedWords.first) ? laughingAt(words, scope: scope) : nil) { return reaction }
        // `hey u polish guy which way` (CommandParser+Hailing.swift).
        if lexicon.greetingWords.contains(typedWords.first), lexicon.hailWords.contains(typedWords.second),
           let hailed = afterHail(words, scope: scope) { return parse(hailed, scope: scope) }
        // `what does the card say`, `who is that guy` (CommandParser+WhatItSays.swift, +WhoIsThat.swift).
        if let reading = whatItSays(words, scope: scope) ?? whoIsThat(words, scope: scope) { return reading }
        // `whos here`, `hi everyone`, `titov tell them were americans` (CommandParser+Addressing.swift).
        if let reading = addressingReading(words, scope: scope) { return reading }
        // `omg a russian`, `brennan hows it going` (CommandParser+SentenceFraming.swift, +NamedFirst.swift).
        if let reading = framedSentenceReading(words, scope: scope) {
            return questionAfterExclamation(words, reading: reading, scope: scope) ?? reading
        }
        // `are you ok`, `whats belousovitch doing`, `where is silesia` (CommandParser+TopicQuestions.swift, +Wellbeing.swift).
        if let reading = topicQuestionReading(words, scope: scope) { return reading }
        // `whats in the mug`, `talk to the little girl` (CommandParser+WhatAndWhereQuestions.swift, +DescribingWords.swift).
        if let reading = whatOrWhereReading(words, typed: typedWords, scope: scope) { return reading }
        // The chat spelling of `input` is `spelled`, worked out above: not again.
        let outcome = words.first == "ask" && input.first != "ask" ? parseCommand(words, scope: scope)
            : parseCommand(input, spelled: .some(spelled), scope: scope)
        if case .commands = outcome { return outcome }
        // `why`, `is it far`: to the person in conversation, when no command reads the words;
        // `stop shooting!`, `can i have ur hat` (CommandParser+LooseRequests.swift).
        // `why not`, `what does it say about us` (CommandParser+FollowUps.swift).
        return bareQuestion(words, scope: scope) ?? looseRequest(words, failed: outcome, scope: scope)
            ?? followUpQuestion(words, failed: outcome, scope: scope)
            // `when will we go` (CommandParser+WhenQuestions.swift).
            ?? whenQuestion(words, failed: outcome, scope: scope)
            // `paint the sheet red white and blue` (CommandParser+TrailingDescriptions.swift).
            ?? withoutTrailingColours(words, failed: outcome, scope: scope) ?? outcome
    }

    /// - Parameter spelled: `withoutChatSpelling(input)` when the caller has it already.
    private func parseCommand(_ input: [String], spelled: [String]?? = nil, scope: Scope) -> ParseOutcome {
        // `say it to kotzebue`, `tell that to him` (CommandParser+Saying.swift).
        if input.count >= 4, let told = tellingItTo(input, scope: scope) { return told }
        guard let verb = input.first, !Self.freeTextVerbs.contains(verb) else { return parseAsTyped(input, scope: scope) }
        // `where r u from`, `thx`: chat spelling read as the words it stands for (CommandParser+ChatSpelling.swift).
        let input = (spelled ?? withoutChatSpelling(input)) ?? input
        // `give him food`: the edible thing meant (CommandParser+Food.swift).
        let typed = withFood(input, scope: scope) ?? input
        // `where is ortiz`, `who is max hunger`, `what happens if we go further than 5 miles`: a
        // free question (CommandParser+FreeQuestions.swift), unless it is one of the questions
        // that mean a command (`where am i`); then the words as a command; then a question put to
        // the room (CommandParser+RoomQuestions.swift).
        let question = Array(typed.drop(while: Self.questionFillers.contains))
        // `where r u from ortiz`, `can i come with you`: put to one person (CommandParser+Vocatives.swift).
        if let asked = vocativeQuestion(question, scope: scope) ?? accompanying(question, scope: scope) { return asked }
        // `can you shout to them`, `was titov a prisoner` (CommandParser+PoliteOrders.swift, +YesNoQuestionsAboutPeople.swift).
        if let asked = politeRequest(question, scope: scope) ?? questionAboutSomeone(question, scope: scope) { return asked }
        var asTyped: ParseOutcome? = nil
        if let first = question.first, Self.freeQuestionStarts.contains(first) {
            // A question the story itself answers (`on where are the wounded americans`) is the
            // author's action, not a free question.
            let outcome = parseAsTyped(typed, scope: scope)
            if case .commands(let commands) = outcome, commands.contains(where: \.isAuthorAction) { return outcome }
            asTyped = outcome
            if isFreeQuestion(question, scope: scope), let answer = freeQuestion(question, scope: scope) {
                return answer
            }
        }
        let outcome = asTyped ?? parseAsTyped(typed, scope: scope)
        guard case .failure = outcome else { return outcome }
        if case .failure(.question) = outcome, let answer = questionToTheRoom(typed, scope: scope) { return answer }
        // `hi ortiz whats ur name`, `cool` (CommandParser+Greetings.swift, +Interjections.swift).
        if let greeted = greetedThenAsked(question, scope: scope) { return greeted }
        if let free = freeQuestion(question, scope: scope) ?? interjection(typed, outcome: outcome) { return free }
        // `can i swim across`, nothing else having read it: the command asked about (the
        // twenty-eighth blind run).
        if question.count >= 3, ["can", "could", "may"].contains(question[0]), question[1] == "i",
           case .commands(let commands) = parse(Array(question.dropFirst(2)), scope: scope) {
            return .commands(commands)
        }
        return outcome
    }

    func parseAsTyped(_ input: [String], scope: Scope) -> ParseOutcome {
        guard let verb = input.first else { return .failure(.empty) }
        let freeText = Self.freeTextVerbs.contains(verb)
        var words = freeText ? input : Self.withoutDroppedArticles(input)
        // `i swear`, `we wait`, `lets go east`: the command without its subject.
        // `ok show us the way`, `so go east`: the filler word before a command goes too.
        // The story's own `on i am confused` reads the words with their subject (it had never
        // matched: the `i` went first).
        if !freeText, words.count > 1, words[0].isWord("i"),
           case .commands(let commands) = parse(words: words, freeText: false, scope: scope), commands.contains(where: \.isAuthorAction) {
            return .commands(commands)
        }
        // `i tall`, `i wide`: Inform's inventory, not `tall` with its subject.
        if words.count == 2, words[0].isWord("i"), words[1].isWord("tall", "wide") { words[0] = "inventory" }
        while !freeText, words.count > 1, Self.subjectFillers.contains(words[0]) {
            words.removeFirst()
        }
        // `send message again`, `call hq anyway`: the command once more, as typed (a lone `again` is
        // the engine's), without the filler word.
        while !freeText, words.count > 1, let last = words.last, Self.trailingFillers.contains(last) {
            words.removeLast()
        }
        // `shoot once more`, `fire one more time` (a blind student: "'once' is just part of the scene").
        if !freeText, words.count > 2, words[words.count - 1].isWord("more", "time"),
           let more = [["once", "more"], ["one", "more", "time"]].first(where: { words.count > $0.count && words.suffix($0.count).elementsEqual($0) }) {
            words.removeLast(more.count)
        }
        // `read writing` after "There is writing on it.": read it; `read the writing on the sign`: read the sign.
        if !freeText, words.first.isWord("read"), words.count >= 2, ["writing", "inscription", "text", "words"].contains(words[1]) {
            words = words.count >= 4 && ["on", "of", "in"].contains(words[2]) ? ["read"] + words[3...] : ["read", "it"]
        }
        guard !freeText, let question = Self.commandForQuestion(words) else {
            return parse(words: words, freeText: freeText, scope: scope)
        }
        // The story's own `on what is the date` reads the words as typed, before `what is X`
        // becomes `examine X`.
        let typedOutcome = parse(words: words, freeText: false, scope: scope)
        if case .commands(let commands) = typedOutcome, commands.contains(where: \.isAuthorAction) { return typedOutcome }
        // `im lost` to someone with `about lost`: their topic, not the hint (CommandParser+HintRequests.swift).
        if question == ["hint"], let asked = hintRequestAnsweredByTopic(words, scope: scope) { return asked }
        // A question read as a command ("who are you" as "examine you") that does not work is
        // answered as a question, never with the words of a command the player did not type.
        // `who are you` asks the one person here; with nobody or several here it stays a question.
        // `who are you`, `where are you from`: the one person here, else it stays a question.
        if question == ["hello"] || (question.first == "ask" && question.dropFirst().first == "about"),
           scope.peopleInSight(story).count != 1 {
            // With several people here, the one in conversation (CommandParser+Vocatives.swift).
            return askingInFocus(question, scope: scope) ?? .failure(.question)
        }
        let outcome = parse(words: question, freeText: false, scope: scope)
        // `what is the station` in the station, with someone here who has a topic for it: their
        // answer, not a look around (CommandParser+RoomQuestions.swift).
        if question.first == "examine", case .commands(let commands) = outcome, commands.count == 1,
           case .verb(.look, [], nil, _) = commands[0], let person = personAnswering(Array(question.dropFirst()), scope: scope) {
            return parse(words: ["ask", "#\(person)", "about"] + question.dropFirst(), freeText: false, scope: scope)
        }
        // Nor with a question back ("Whom do you want to ask about name?" for `who are you`).
        if case .question = outcome { return .failure(.question) }
        if case .failure(let failure) = outcome {
            if failure.isNotUnderstood { return .failure(.question) }
            if case .unknownWord = failure { return .failure(.question) }
        }
        return outcome
    }

    func parse(words input: [String], freeText: Bool, scope: Scope) -> ParseOutcome {
        var words = input
        if let first = words.first, let meaning = story.world.synonyms[first] { words[0] = meaning }
        var outcome = read(words, freeText: freeText, scope: scope)
        guard !freeText else { return outcome }
        // `go down to the town`, `go back to wurzen`: the place, not the direction (CommandParser+Destinations.swift).
        if let place = goingToPlace(words, outcome: outcome, scope: scope) { return place }
        // `bail out the boat with my helmet`: the story's `bail {boat} with {helmet}` (CommandParser+Particles.swift).
        if let particle = withoutParticle(words, outcome: outcome, scope: scope) { outcome = particle }
        // `ask ferris about the russains` (CommandParser+TopicTypos.swift).
        if let corrected = withTopicTypo(words, outcome: outcome, scope: scope) { outcome = corrected }
        switch outcome {
        case .failure:
            return takingAlong(words, outcome: outcome, scope: scope) ?? movingOn(words, failure: outcome, scope: scope)
                ?? withoutPlace(words, scope: scope) ?? pronounByVerb(words, scope: scope)
                ?? withPossessive(words, scope: scope) ?? helpingDo(words, scope: scope) ?? spokenAnyway(words, scope: scope)
                ?? saying(words, scope: scope) ?? comingAlong(words, scope: scope) ?? offering(words, scope: scope) ?? goingOn(words)
                ?? unfitTool(words, failure: outcome, scope: scope) ?? usingToDo(words, scope: scope)
                // `put on the american one` (CommandParser+OneOfAKind.swift).
                ?? oneOfKind(words, scope: scope)
                // `ask the men to use their rifles as paddles` (CommandParser+GroupOrders.swift).
                ?? orderToTheGroup(words, scope: scope)
                // `bye marcel say hi to ur wife` (CommandParser+FarewellsFirst.swift).
                ?? farewellFirst(words, scope: scope)
                // `tell whitcomb that i can't talk about it` (CommandParser+TellingThat.swift), `radio in` (CommandParser+RadioingIn.swift).
                ?? tellingThat(words, scope: scope) ?? radioingIn(words, scope: scope)
                // `titov` (CommandParser+BareNames.swift), `search pharmacy` in it (CommandParser+TheRoomItself.swift).
                ?? talkingToNamed(words, failure: outcome, scope: scope) ?? lookingAtTheRoom(words, scope: scope)
                // `send it` for `send message` (+ItAsTheThingLastMentioned), `x ball` with `ball` only a topic's word
                // (+KnownSceneryWords), `camera man` (+SplitCompounds), `chant` elsewhere (+ElsewhereOnly).
                ?? itAsTheThingLastMentioned(words, scope: scope) ?? knownSceneryWord(words, failure: outcome, scope: scope)
                ?? joiningCompound(words, scope: scope) ?? elsewhereOnly(words, failure: outcome, scope: scope) ?? outcome
        // `help with the cart` (CommandParser+HelpingWithThings.swift).
        case .commands(let commands) where words.count >= 2 && commands.allSatisfy({ if case .verb(.help, _, _, _) = $0 { true } else if case .verb(.assist, _, _, _) = $0 { words[0] == "help" } else { false } }):
            return helpingWithThing(words, scope: scope) ?? outcome
        // `take silvashko with us` (CommandParser+ComingAlong.swift).
        case .commands where words.first == "take":
            return takingAlong(words, outcome: outcome, scope: scope) ?? outcome
        case .commands(let commands) where commands.allSatisfy({ if case .verb(.climb, _, _, _) = $0 { true } else { false } }):
            // `climb the bank` with a way up: up it goes, rather than "Little is to be achieved by that."
            return movingOn(words, scope: scope) ?? outcome
        default: return outcome
        }
    }

    func read(_ words: [String], freeText: Bool, scope: Scope) -> ParseOutcome {
        guard let first = words.first else { return .failure(.empty) }
        // `help them push the cart` is pushing the cart, not the HELP list.
        if !freeText, first.isWord("help"), let helping = helpingDo(words, scope: scope) { return helping }
        if !freeText, let order = order(words, scope: scope) { return order }
        // `brennan sorry`: the apology, said to him (CommandParser+NamedFirst.swift).
        if !freeText, words.count >= 2, let last = words.last, Self.apologyEnds.contains(last),
           Self.apologies.contains(Array(words.dropFirst())), let person = addressee([first], scope: scope) {
            return apology(to: person, scope: scope)
        }
        // `ortiz dont be mean` (CommandParser+GroupOrders.swift).
        if !freeText, words.count >= 3, let said = negativeOrder(words, scope: scope) { return said }
        // `titov come with us`: a person's name first, no comma, is an order all the same.
        if !freeText, words.count >= 2, !isVerbHere(first, scope: scope), addressee([first], scope: scope) != nil,
           let order = order(["ask", first, "to"] + words.dropFirst(), scope: scope) {
            return order
        }
        // `polish guy yell something` (CommandParser+GroupOrders.swift).
        if !freeText, let order = orderToNamedByVerb(words, scope: scope) { return order }
        // `put the orders in my pocket` (Rephrasings.pocketed).
        if !freeText, Rephrasings.pocketingVerbs.contains(first), let thing = Rephrasings.pocketed(words), let pocket = words.last,
           !vocabulary.knows(pocket) {
            return read(["take"] + thing, freeText: false, scope: scope)
        }
        // A topic may be any words: "ask ferris about the weather" reaches the person's
        // "about anything else" instead of stopping at an unknown word; so may what is looked for.
        var checked = words
        if Self.conversationVerbs.contains(first) {
            checked = Array(words.prefix { !["about", "for", "if", "whether"].contains($0) && !Rephrasings.questionWords.contains($0) })
            // `tell kotzebue the coordinates are wrong`: after the person, any words.
            if first == "tell", !words.contains("about"), words.count > 2, words[2] != "to" { checked = Array(checked.prefix(2)) }
            // `ask titov his name`, `ask her what her name is`: read as asking about the name.
            if let at = checked.lastIndex(of: "name"), at >= 2 { checked = Array(checked[..<at]).filter { !["what", "whats", "what's"].contains($0) } }
        } else if let at = words.firstIndex(where: { $0.isWord("for") }), at <= 2, first.isWord("look", "search") {
            checked = Array(words[..<at])
        } else if first == "pin" || first == "fasten", let at = words.firstIndex(where: { $0 == "on" || $0 == "to" }), at >= 2 {
            // `pin the star on my tunic`: where it is pinned is any word (Grammar's `wear` lines).
            checked = Array(words[..<at])
        } else if Self.wholeCommandVerbs.contains(first)
                    || (first.isWord("drink") && words.dropFirst().first.isWord("to")) {
            checked = [first]
        }
        if !freeText, let position = checked.firstIndex(where: { !vocabulary.knows($0) }),
           !describesPersonInScope(checked, unknown: checked[position], scope: scope) {
            let unknown = checked[position]
            if Self.questionWords.contains(first) { return .failure(.question) }
            // `go eats` under "Nobody eats them" (CommandParser+KnownSceneryWords.swift).
            if let slip = directionSlip(checked, at: position) { return slip }
            // `light the big lamp`: a word of the scene's text before a thing's name (CommandParser+SceneryOfThings.swift).
            if position > 0, let without = withoutSceneryBeforeAThing(words, checked, at: position, scope: scope) { return read(without, freeText: false, scope: scope) }
            if vocabulary.sceneryWords.contains(unknown, scene: scope.scene) {
                return .failure(.scenery(sceneryPhrase(checked, from: position, scope: scope)))
            }
            // `x dresser` under "A photograph stands on the dresser." (CommandParser+SceneryOfThings.swift).
            if position > 0 || checked.count == 1, isSceneryOfThingsInScope(unknown, scope: scope) {
                return .failure(.scenery(sceneryPhrase(checked, from: position, scope: scope)))
            }
            return .failure(.unknownWord(unknown, suggestions: suggestions(for: unknown, asVerb: position == 0, scope: scope)))
        }
        var commands: [Command] = []
        var firstFailure: ParseFailure?
        func consider(_ outcome: Interpretation) -> ParseOutcome? {
            switch outcome {
            case .command(let command): if !commands.contains(command) { commands.append(command) }
            case .question(let question): if commands.isEmpty { return .question(question) }
            // A failure that names what went wrong replaces one that does not: "You can't see any star
            // here" over a story's `show {bedsheet}`'s "I understood 'show' but not the rest" (session 34).
            case .failure(let failure):
                if firstFailure == nil || (!failure.isNotUnderstood && firstFailure?.isNotUnderstood == true) { firstFailure = failure }
            case .none: break
            }
            return nil
        }
        let implied = freeText ? nil : impliedPerson(words, scope: scope)
        var rephrased = freeText ? [] : Rephrasings.readings(words)
        // `leave the radio here`, `leave the orders`: dropping them, before going out (CommandParser+Leaving.swift).
        if !freeText, let dropping = leavingBehind(words, scope: scope) { rephrased.insert(dropping, at: 0) }
        var personFirst: [[String]] = []
        if case .readings(let readings) = implied {
            rephrased += readings
            // `shake gordeyev's hand` is Gordeyev's, before "Which do you mean, Gordeyev's cap…?".
            if words.contains(where: { $0.hasSuffix("'s") }) { personFirst = readings.map { Synonyms.canonical($0) } }
        }
        // The story's actions for each reading: the person's first, the words, their dative
        // readings, the rephrased readings (read one by one, never joined into one list).
        func storyActions(_ reading: [String]) -> ParseOutcome? {
            let found = commands.count
            for index in actions(startingWith: reading[0], scope: scope) {
                for pattern in vocabulary.canonicalPatterns[index] {
                    if let early = consider(interpret(pattern, action: index, words: reading, scope: scope)) { return early }
                }
            }
            specificActionsFirst(&commands, from: found)
            return nil
        }
        let canonical = Synonyms.canonical(words)
        for reading in personFirst { if let early = storyActions(reading) { return early } }
        if let early = storyActions(canonical) { return early }
        for reading in Synonyms.dativeReadings(canonical) { if let early = storyActions(reading) { return early } }
        for reading in rephrased { if let early = storyActions(Synonyms.canonical(reading)) { return early } }
        // `go over the river` read as `cross the river` reaches the way named so (Rephrasings+SchoolEnglish.swift).
        if let exit = namedExit(words, scope: scope) ?? rephrased.lazy.compactMap({ self.namedExit($0, scope: scope) }).first {
            commands.append(.exit(exit))
        }
        if commands.isEmpty, let back = wayBack(words, scope: scope) { return .commands([back]) }
        // The rephrased readings first: `leave tulips by the stone` is no way out.
        // The lines of the reading's first word, then those that start with a noun (no copy of both).
        let linesWithoutVerb = Grammar.byFirstWord["", default: []]
        func grammarLines(_ reading: [String]) -> ParseOutcome? {
            // Most lines tried do not read the words at all (`.none`): not considered. A line
            // whose words are not all typed is passed over by their bits (WordBits.swift).
            let present = WordBits.present(reading)
            for line in Grammar.byFirstWord[reading[0], default: []] where line.requiredWords & ~present == 0 {
                let outcome = interpret(line, words: reading, scope: scope)
                if case .none = outcome { continue }
                if let early = consider(outcome) { return early }
            }
            for line in linesWithoutVerb where line.requiredWords & ~present == 0 {
                let outcome = interpret(line, words: reading, scope: scope)
                if case .none = outcome { continue }
                if let early = consider(outcome) { return early }
            }
            return nil
        }
        for reading in rephrased { if let early = grammarLines(reading) { return early } }
        if let early = grammarLines(words) { return early }
        if let exit = exitByDescription(words, scope: scope),
           commands.allSatisfy({ $0.isDefaultReply || isDirectionWithoutExit($0, scope: scope) }) {
            return .commands([.exit(exit)])
        }
        // `enter the workshop` one place before it: the way there first (CommandParser+PlacesFurtherOn.swift).
        if words.count > 1, !commands.isEmpty, commands.allSatisfy({ isDirectionWithoutExit($0, scope: scope) }),
           let further = placeFurtherOn(Array(words.dropFirst()), exit: nil, scope: scope) {
            return .failure(further)
        }
        if case .question(let question) = implied, commands.allSatisfy(\.hasNoObject) { return .question(question) }
        // `take photo` with a photograph in scope (CommandParser+DeclaredThingsFirst.swift).
        if !commands.isEmpty { return .commands(declaredThingsFirst(commands)) }
        // "talk to": a verb and its preposition without the noun is a question, not a failure.
        let endsInPreposition = ["to", "in", "into", "on", "onto", "about", "with", "at", "from", "under", "behind", "beneath"].contains(words[words.count - 1])
        if let firstFailure, !firstFailure.isNotUnderstood || !endsInPreposition { return .failure(firstFailure) }
        // `set up camera`: the rephrased `put camera`'s "Where do you want to put the camera?" before
        // the words' own "What do you want to put?" (a question that names no thing).
        // `ok lets go` where the scene has one way on: that way, never "Where do you want to go?"
        // (session 35's student, in the mill office whose only door leads out to the patrol).
        if let only = onlyWayForBareGo(words, scope: scope) { return .commands([.exit(only)]) }
        var vague: PendingQuestion?
        for reading in [words] + rephrased {
            guard let question = missingNoun(reading, scope: scope) else { continue }
            if case .missingNoun(_, nil) = question.kind, !rephrased.isEmpty {
                vague = vague ?? question
                continue
            }
            return .question(question)
        }
        if let vague { return .question(vague) }
        if let firstFailure { return .failure(firstFailure) }
        return .failure(notUnderstood(words, scope: scope))
    }
}

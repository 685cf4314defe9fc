import CommandParser
import StoryModel

/// Runs a story: turns what the player types into changes of state and structured output.
///
/// The engine is a pure step `(story, state, input) → (state, turn)`: it holds no state of its
/// own, knows nothing about terminals, and gives the same turn for the same story, state and input.
public struct Engine: Sendable {
    public let story: Story
    public private(set) var parser: CommandParser
    /// For each scene, its `on any other command` actions (`catchAll`), found once.
    let catchAllActions: [[Int]]
    /// The people whose name is plural ("the Soviet guests"), found once: a group whose member
    /// may answer for it (`sayWhoAnswers`, asked for every command to a person).
    let pluralPeople: Set<ThingIndex>
    /// For each action a player says as talking to one person by name (`on talk to larionov`),
    /// the people its words name, found once (when a story's action first runs, not at start: docs/performance.md,
    /// "Start-up, twenty-first round"): after it, that person is the one in conversation.
    let peopleTalkedToByAction: MadeOnce<[[ThingIndex]]>
    /// For each scene, whether each of its exits may warn before letting the player go
    /// (Engine+ExitWarnings.swift), found once.
    let exitsThatMayAsk: [[Bool]]
    /// For each thing, whether it can be picked up and has a `here` text, which the player's
    /// holding it ends (Engine+HandledThings.swift), found once.
    let portableWithHereText: [Bool]
    /// Which topics answer a question, kept once worked out (`topicChoice`): derived from the
    /// story alone, so play stays a pure step.
    let topicChoices = TopicChoices()

    public init(story: Story) {
        self.init(parser: CommandParser(story: story))
    }

    /// An engine for the parser's story, with the parser built already (its vocabulary read from
    /// the story's compiled form, `CompiledVocabulary`).
    public init(parser: CommandParser) {
        let story = parser.story
        self.story = story
        self.parser = parser
        catchAllActions = story.scenes.map { $0.actions.filter { story.actions[$0].patterns.contains { $0.elements.isEmpty } } }
        pluralPeople = Set(story.things.indices.filter { story.things[$0].isPerson && story.isPluralName($0) })
        peopleTalkedToByAction = MadeOnce { Self.peopleTalkedTo(in: story) }
        exitsThatMayAsk = Self.exitsThatMayAsk(in: story)
        portableWithHereText = story.things.map { $0.isPortable && !$0.isPerson && $0.hereText != nil }
    }

    /// This engine with its parser's tables that every command asks made and held ready
    /// (`Vocabulary.readied`), for a game's first command.
    var readied: Engine {
        var engine = self
        engine.parser = parser.readied
        return engine
    }

    /// A new game: the state before anything happened, and the opening turn (title, introduction,
    /// first scene).
    public func start(seed: UInt64 = 1) -> (GameState, Turn) {
        var state = GameState(story: story, seed: seed)
        var turn = Turn()
        turn.outputs.append(.title(story.metadata.title, author: story.metadata.author))
        for paragraph in TextRenderer(story: story, state: state).paragraphs(story.metadata.introduction) {
            turn.outputs.append(.paragraph(paragraph))
        }
        enter(story.start, state: &state, turn: &turn)
        followConversation(turn.outputs[...], state: &state)
        rememberAfterTurn(turn, state: &state)
        numberUnlockedFacts(in: &turn, state: state)
        state.beginTurn()
        return (state, turn)
    }

    /// One step of play, returning the new state and what it produced.
    public func step(_ state: GameState, _ input: String) -> (GameState, Turn) {
        var next = state
        let turn = perform(input, on: &next)
        return (next, turn)
    }

    /// Performs a line of input in place. Several commands separated by `then`, `.` or `,` run in
    /// order until one fails, asks a question or ends the story.
    public func perform(_ input: String, on state: inout GameState) -> Turn {
        perform(PreparedInput(input), on: &state)
    }

    /// `perform(_:on:)` on a line already read (`Game` reads it once for `again` and `undo` too).
    func perform(_ input: PreparedInput, on state: inout GameState) -> Turn {
        var memo: SearchMemo? = nil
        return perform(input, on: &state, rendersText: true, memo: &memo)
    }

    /// `perform(_:on:)` on input already split into commands, optionally without building the
    /// story's text (for searches, which read only the state and the kinds of output).
    func perform(_ input: PreparedInput, on state: inout GameState, rendersText: Bool, memo: inout SearchMemo?) -> Turn {
        var turn = Turn()
        turn.rendersText = rendersText
        if let request = input.request {
            turn.outputs.append(.request(request))
            return turn
        }
        var commands = input.commands
        // Whether the commands are still the line's own, so a search's memo may know them by number.
        var asPrepared = true
        if let pending = state.core.pending {
            state.core.pending = nil
            if let first = commands.first,
               let filled = parser.answer(first, to: pending, scope: StateScope(story: story, state: state)) {
                commands[0] = filled
                asPrepared = false
            }
        } else if input.firstEndsAtComma, commands[0].count == 2, commands[0][0] == "say", ["no", "yes", "nope", "yeah"].contains(commands[0][1]) {
            // `say no, just across the bridge`: all of it is what is said (`say no`).
            commands = [commands.flatMap { $0 }]
            asPrepared = false
        } else if input.firstEndsAtComma,
                  let person = parser.addressee(commands[0], scope: StateScope(story: story, state: state))
                    ?? parser.greetedAddressee(commands[0], scope: StateScope(story: story, state: state)) {
            // `titov, shout in russian` is an order to Titov: `ask titov to shout in russian`.
            commands[1] = ["ask", "#\(person)", "to"] + commands[1]
            commands.removeFirst()
            asPrepared = false
        } else if input.firstEndsAtComma, commands.count > 1,
                  parser.namesAbsentPerson(commands[0], scope: StateScope(story: story, state: state)) {
            // `titov, shout` with Titov gone: where he went (CommandParser+Addressing.swift).
            commands[1] = commands[0] + commands[1]
            commands.removeFirst()
            asPrepared = false
        }
        // `thanks, lieutenant`, `where are you from, sergeant`, `what is your name, little girl`: a
        // last part that only names a person here (a describing word the story does not know
        // aside) says whom the part before it is for (`thanks lieutenant`).
        if commands.count > 1, input.lastFollowsComma, let last = commands.last, last.count <= 3,
           parser.isFormOfAddress(last)
            || parser.addressee(parser.withoutUnknownDescribingWords(last), scope: StateScope(story: story, state: state)) != nil {
            // `congratulations, captain`: the interjection alone.
            let before = commands[commands.count - 2]
            if before.count != 1 || !CommandParser.interjections.contains(before[0]) {
                commands[commands.count - 2] += last
            }
            commands.removeLast()
            asPrepared = false
        }
        // `good morning, ortiz. did you sleep well`: a part inside the line that only names a
        // person here, after a comma and before a full stop, says whom the part before it is for.
        if commands.count > 2, commands.count == input.commands.count, input.endsAtComma.count == commands.count {
            joinNamesInside(&commands, endsAtComma: input.endsAtComma, state: state)
            if commands.count < input.commands.count { asPrepared = false }
        }
        // `wave flag. titov, shout. d`: an order inside a chain, as `titov, shout` alone is one.
        if commands.count > 2, commands.count == input.commands.count, input.endsAtComma.count == commands.count,
           joinOrdersInside(&commands, endsAtComma: input.endsAtComma, state: state) {
            asPrepared = false
        }
        // `i am sorry, sir, but i am not allowed to talk to reporters`, `sir, where are we going`: a
        // part that is only `sir` or a rank belongs to the part before it (or, first, to the one
        // after): it had been read alone, "I don't know the word 'sir'" (the twenty-seventh blind run).
        if commands.count > 1, joinFormsOfAddress(&commands) { asPrepared = false }
        // `excuse me, who was first?`: the polite opening adds no reply (CommandParser+PoliteOpenings.swift).
        if commands.count > 1, CommandParser.isPoliteOpening(commands[0]) {
            commands.removeFirst()
            asPrepared = false
        }
        // `grab the radio and go inside`: `and` before a verb the line does not read (Engine+AndThen.swift).
        if hasAndBeforeVerb(commands), splitAtAndBeforeVerb(&commands, state: state) { asPrepared = false }
        // `paint the sheet red, white and blue`: a part of colours only belongs to the part before
        // it (CommandParser+TrailingDescriptions.swift).
        for index in commands.indices.dropFirst().reversed() where CommandParser.isColourList(commands[index]) {
            commands[index - 1] += commands.remove(at: index)
            asPrepared = false
        }
        // `take sheet, mercurochrome and ink`, `take the sheet, the ink`: a part after the first
        // that starts with a thing's name (after an article), or a word of the story's own ways of
        // saying that verb (`tune washington and then moscow`), not a verb, takes the verb before it;
        // never a way to go (`out. titov follow me` is not `out titov`).
        for index in commands.indices.dropFirst() {
            guard let first = commands[index].first(where: { !Vocabulary.articles.contains($0) }), let verb = commands[index - 1].first,
                  !parser.vocabulary.isVerb(first), parser.vocabulary.thingsByWord[first] != nil || isWordOfActions(first, verb: verb),
                  parser.vocabulary.isVerb(verb), Direction(word: verb) == nil, !Self.tellingVerbs.contains(verb) else { continue }
            commands[index].insert(verb, at: 0)
            asPrepared = false
        }
        guard !commands.isEmpty else {
            turn.outputs.append(.error(Messages.empty))
            return turn
        }
        var previousReply: Range<Int>? = nil
        // False after a yes, no or sorry whose reply was left out (Engine+SpokenAlong.swift).
        var answered = false
        var shoutedBefore = false
        // True when the part before ran one of the story's own responses (not a built-in reply).
        var storyAnswered = false
        // What the story's flags and counters were as the player typed the line (Engine+WarnedInOneLine.swift).
        let lineStart = commands.count > 1 ? LineStart(state) : nil
        // The next part as the answer to the question the part before asked (below).
        var answerFromLine: [String]?
        // Where the line began: a part after one that moved the player is read with it.
        let lineScene = state.scene
        // Where the part before started, when it moved the player.
        var movedFrom: SceneIndex? = nil
        for (index, typed) in commands.enumerated() {
            var words = answerFromLine ?? typed
            answerFromLine = nil
            if state.ending != nil && !Self.allowedAfterEnding(words) {
                // `jurnal 2` after the ending: "(journal 2)", as the game corrects typos before it
                // (the sixty-ninth blind run had "The story has ended").
                guard let corrected = Self.afterEndingTypo(words) else {
                    turn.outputs.append(.error(Messages.storyOver))
                    break
                }
                say("(\(corrected.joined(separator: " ")))", &turn)
                words = corrected
            }
            let (turnsBefore, sceneBefore, outputsBefore) = (state.turns, state.scene, turn.outputs.count)
            let number = asPrepared && input.searchNumber >= 0 ? SearchMemo.number(input: input.searchNumber, command: index) : nil
            turn.namedPerson = false
            turn.lastFailure = nil
            // `shout don't shoot, we're americans!`: what follows a shout and reads as chat is the
            // rest of what was shouted, never a remark to the person here (CommandParser+ChatShape.swift).
            if index > 0, shoutedBefore, CommandParser.opensAsChat(words), outputsBefore > 0 { break }
            // `Hello, sergeant. Good morning!`, `no, thanks`: a greeting that names nobody or a thanks,
            // after a part that was answered, adds nothing (it had asked "Who do you want to talk
            // to?" or "Whom do you want to thank?" after the reply; the sixty-fourth blind run).
            if index > 0, outputsBefore > 0, CommandParser.isBareGreeting(words) || Self.bareThanks.contains(words) { continue }
            // `sorry, i can't talk to reporters` with the sorry answered (Engine+SpokenAlong.swift).
            if index > 0, storyAnswered, outputsBefore > 0, Self.saysMoreOfTheAnswer(words, after: commands[index - 1])
                || saysMoreOfWhatWasTold(words, after: commands[index - 1]) { continue }
            // `get in boat and go back`: the way back was the part before, which moved the player
            // where no way leads back (a blind student, session 36, read "There is no way back
            // from here." after crossing). `climb the tower and come back` still comes back down.
            if index > 0, Self.isBareGoingBack(words), state.scene != lineScene, !hasWayBack(state) { continue }
            // `ok lets go. out`: the way the part before just went, told again (Engine+AndThen.swift).
            if let movedFrom, restatesWayJustGone(words, after: commands[index - 1], from: movedFrom, state: state) { continue }
            let responsesBefore = turn.responsesRun.count
            let beforePart = index > 0 ? lineStart.map { _ in (state, turn) } : nil
            let succeeded = perform(words: words, on: &state, turn: &turn, memo: &memo, number: number,
                                    asked: input.endsWithQuestionMark && index == commands.count - 1)
            movedFrom = state.scene != sceneBefore ? sceneBefore : nil
            if let (stateBefore, turnBefore) = beforePart, let lineStart,
               endsOnAWarningOfTheSameLine(state, before: stateBefore, lineStart: lineStart) {
                (state, turn) = (stateBefore, turnBefore)
                turn.outputs.append(.error(Messages.restNotDone))
                break
            }
            if turn.lineStopped {
                if turn.outputs.count == outputsBefore { turn.outputs.append(.error(Messages.restNotDone)) }
                break
            }
            shoutedBefore = words.first.map { CommandParser.speakingVerbs.contains($0) || $0 == "say" } ?? false
            storyAnswered = turn.responsesRun.count > responsesBefore
            // `no, the americans are just across the bridge`, `yes, i'm calling them` (Engine+SpokenAlong.swift).
            if !succeeded, answered, spokenAlongWithAnswer(commands[index - 1], turn: &turn, from: outputsBefore) { break }
            answered = !(index < commands.count - 1 && dropUnaskedMarker(&turn, from: outputsBefore))
            // `shout don't shoot, we're americans!`, `i'm sorry. were you there?` (Engine+TrailingRemarks.swift).
            // Only after a part whose reply is still there: `sorry, i'm not allowed to talk to
            // reporters`, its "sorry" left out, had printed nothing at all (the twenty-fifth blind run).
            if !succeeded, index > 0, outputsBefore > 0, remarkAfterCommand(words, turn: &turn, from: outputsBefore) { break }
            if !succeeded, index < commands.count - 1, state.ending == nil, reactionBeforeMore(&turn, from: outputsBefore) { continue }
            // `tell whitcomb that i can't talk about it, sorry`: the closing `sorry` is part of it.
            if succeeded, index > 0, index == commands.count - 1, words == ["sorry"], turn.outputs.count == outputsBefore + 1,
               case .paragraph(Self.unaskedSorry) = turn.outputs[outputsBefore] {
                turn.outputs.removeLast()
            }
            // `no thank you, i don't drink`: a part after one that worked whose story action does
            // not apply now adds no "That isn't possible right now." (the twenty-seventh blind run).
            if !succeeded, index > 0, answered || outputsBefore > 0, turn.outputs.count == outputsBefore + 1,
               case .error(Messages.notNow) = turn.outputs[outputsBefore] {
                turn.outputs.removeLast()
                break
            }
            // `ask him about the bridge, and the river`: the same reply twice is printed once.
            dropRepeatedReply(&turn, from: outputsBefore, previous: &previousReply,
                              typedTwice: index > 0 && commands[index - 1] == words)
            if state.turns > turnsBefore {
                // Only the scene's description reads what this notes; a search never shows it.
                if rendersText { noteHandledThings(&state) }
                // Only `him` and `her` read what this finds; a search never types them. After
                // `talk to pole`, `him` stays the Pole whoever his reply mentions.
                if rendersText && !turn.namedPerson { followConversation(turn.outputs[outputsBefore...], state: &state) }
                if state.scene == sceneBefore { passTime(state: &state, turn: &turn) }
            }
            // `ok we go. east`: "Where do you want to go?" answered by the next few words of the
            // same line, as if typed after it (a blind student's `east` was left undone, session 34).
            if let pending = state.core.pending, state.ending == nil, index < commands.count - 1, commands[index + 1].count <= 3,
               turn.outputs.count == outputsBefore + 1, case .question = turn.outputs[outputsBefore],
               // (`take. radio` comes with the verb already carried to the next part: `take radio`.)
               let filled = commands[index + 1].first == words.first && commands[index + 1].count > words.count ? commands[index + 1]
                   : parser.answer(commands[index + 1], to: pending, scope: StateScope(story: story, state: state)) {
                state.core.pending = nil
                turn.outputs.removeLast()
                previousReply = nil
                answerFromLine = filled
                // The part's words are no longer the line's own: no memo of a search numbers them.
                asPrepared = false
                continue
            }
            guard succeeded, state.core.pending == nil, state.ending == nil else {
                if !succeeded, index < commands.count - 1, state.ending == nil {
                    turn.outputs.append(.error(Messages.restNotDone))
                }
                break
            }
        }
        rememberAfterTurn(turn, state: &state)
        if rendersText { numberUnlockedFacts(in: &turn, state: state) }
        return turn
    }

    /// Performs one command; returns false when it failed (so later commands on the line are dropped).
    /// - Parameter asked: true for the last part of a line that ends in a question mark.
    func perform(words typed: [String], on state: inout GameState, turn: inout Turn, memo: inout SearchMemo?, number: Int? = nil,
                 asked: Bool = false) -> Bool {
        // `wut was that lol`: the laugh at the end adds nothing (CommandParser+TrailingLaughs.swift).
        let words = CommandParser.withoutTrailingLaughs(typed) ?? typed
        // One scope for the reading and the rereadings below (the state does not change before
        // them): in a search, the one the memo numbered. It ends with the block: a scope still
        // holding the state when a command changes it would make the change copy the state's
        // tables (docs/performance.md, "Per command, eighth round").
        var outcome: ParseOutcome
        do {
            let scope: StateScope
            if memo == nil {
                scope = StateScope(story: story, state: state)
                outcome = parser.parse(words, scope: scope)
            } else {
                let numbered = memo!.scope(of: state, engine: self)
                scope = numbered.scope
                outcome = memo!.parse(words, number: number, in: numbered, parser: parser)
            }
            turn.commandWords = words
            turn.personBefore = state.core.recentPerson
            // `who was that` after the horseman rode off: him (Engine+WhoWasThat.swift).
            if Self.asksWhoWasThat(words), let gone = personJustGone(askedIn: state), !outcome.isStoryPhrase {
                describeGone(gone, state: state, turn: &turn)
                return true
            }
            // `yes` right after Halvorsen asked "Would you share it fair?": his answer, before the
            // scene's own `on yes` (Engine+Answers.swift).
            if state.askedBy != nil, let answer = answerToPerson(words, state: state) { outcome = answer }
            // `the war is over!`, `i dont know`: said to the person in conversation (Engine+Statements.swift).
            if case .failure(let failure) = outcome, let spoken = spokenInstead(words, failure: failure, state: state) { outcome = spoken }
            // `ok fine i wont call` to Brennan's "Your choice": the scene's `on no` (or `on yes`) when
            // the words read as nothing else, not even as said to someone (a blind student, session 34).
            // Also in place of the nod a sentence gets ("Brennan nods as you say so."), never of a
            // person's topic for the words (`I agree with you, Joe`).
            if outcome.isFailureOrNod, let yes = Self.answer(words), case .commands(let said) = parser.parse([yes ? "yes" : "no"], scope: scope),
               said.contains(where: \.isAuthorAction) {
                outcome = .commands(said)
            }
            // `so its fake?`: a question, not a sentence to nod at (CommandParser+QuestionMarks.swift).
            if asked, case .commands(let commands) = outcome, commands.count == 1, case .verb(.statement, let objects, _, _) = commands[0],
               objects.count == 1,
               let question = parser.questionInsteadOfStatement(words, to: objects[0], scope: scope) {
                outcome = question
            }
            // `oh yes` right after "Will you promise?": the answer after all (Engine+Proposals.swift).
            // `oh no` where no story answer applies now: the reaction (Engine+Proposals.swift).
            if CommandParser.interjectedAnswer(words) != nil { outcome = interjectedAnswer(words, outcome: outcome, state: state) }
            // `yes i want to call`: the yes (CommandParser+LeadingYesOrNo.swift).
            if case .failure(let failure) = outcome, failure != .notVisible,
               let answer = parser.leadingYesOrNo(words, scope: scope) { outcome = answer }
            // `radio headquarters about strehla`, `should i radio now` (CommandParser+Addressing.swift).
            if case .failure = outcome, let fallback = parser.addressingFallback(words, outcome: outcome, scope: scope) {
                outcome = fallback
            }
            // `radio the message to regiment`, `polowsky ask him where hes from`, `cheers lol`, `now try
            // moscow`, `hug the soviet sergeant` with Andreyev here (CommandParser+Rereadings.swift).
            if let reread = parser.reread(words, outcome: outcome, scope: scope) { outcome = reread }
            // `hlep the lady with the cart`: "(help the lady with the cart)", then done (Engine+Addressing.swift).
            if case .failure(let failure) = outcome, let typo = correctedTypo(words, failure: failure, state: state) {
                say("(\(typo.words.joined(separator: " ")))", &turn)
                outcome = typo.outcome
            }
            // `what did they do`, `ok so what if i dont go`: asked of the person in conversation (CommandParser+ChatShape.swift).
            if case .failure(let failure) = outcome, let asked = parser.chatQuestion(words, failure: failure, scope: scope) {
                outcome = asked
            }
            // `open map`, `x watch` with none in sight: the ways on, the time (CommandParser+OwnKit.swift).
            if case .failure(let failure) = outcome, let kit = parser.ownKit(words, failure: failure, scope: scope) { outcome = kit }
            // `tell about the russians`: the person in focus, else whom (CommandParser+TellingWithoutWhom.swift).
            if case .failure(let failure) = outcome, let told = parser.tellingWithoutWhom(words, failure: failure, scope: scope) { outcome = told }
            // `wait 10`, `wait a while` where the story's `on wait` applies: that action, as for
            // `wait` (a blind author's Vesuvius story, session 26: the news never came).
            if case .commands(let commands) = outcome, commands.count == 1, case .verb(.wait, _, _, let rest) = commands[0], !rest.isEmpty,
               case .commands(let caught) = parser.parse(["wait"], scope: scope), caught.contains(where: \.isAuthorAction) {
                outcome = .commands(caught)
            }
        }
        // `follow him` after he left: his way, or where he went (Engine+Following.swift).
        // `him` is the one who left, not whoever else `him` would fit now; but a story's own words
        // (`on follow him`, no thing named) are the author's answer.
        var followed: ThingIndex? = nil
        let failed: Bool = { if case .failure = outcome { true } else { false } }()
        let pronoun = words.count == 2 && ["him", "her", "them"].contains(words[1]) && !outcome.isStoryPhrase
        if failed || pronoun, let person = personFollowed(words, state: state) {
            if let exit = wayFollowed(person, state: state) { outcome = .commands([.exit(exit)]) } else {
                followed = person
                outcome = .failure(.notVisible)
            }
        }
        switch outcome {
        case .failure(let failure):
            // `fill lamp` where the story fills it `with {can}` (Engine+ToolActions.swift).
            if case .notHere(let verb, let thing) = failure, withTool(verb, thing, state: &state, turn: &turn) { return true }
            turn.lastFailure = failure
            if let followed, let gone = goneFromHere(followed, state: state) {
                turn.outputs.append(.error(gone))
                return false
            }
            turn.outputs.append(.error(closedHolderRefusal(words, failure: failure, state: state) ?? noLongerHeld(words, failure: failure, state: state) ?? absentReply(words, failure: failure, state: state)
                ?? unseenPatternWord(words, failure: failure, state: state) ?? examineAllReply(failure, state: state) ?? Messages.text(for: failure, story: story)))
            if case .unknownWord(let word, let suggestions) = failure {
                turn.unknownWord = word
                turn.suggestion = suggestions.count == 1 ? suggestions[0] : nil
                turn.suggestions = suggestions
            }
            return false
        case .question(let question):
            state.core.pending = question
            turn.outputs.append(.question(Messages.text(for: question, story: story, state: state)))
            return false
        case .commands(var commands):
            // `no` after two warnings: the `on no` of the one asked last (Engine+AnswerToLastWarning.swift).
            if state.proposal != nil { commands = answeringLastWarning(commands, words: words, state: state) }
            sayWhoAnswers(words, commands: commands, state: state, turn: &turn)
            if let catchAll = catchAll(for: commands, state: state) {
                return perform(.action(catchAll, slots: []), on: &state, turn: &turn) ?? true
            }
            var continuing = false
            let start = turn.outputs.count
            var actionOutputs = start..<start
            for command in commands {
                if continuing, case .action = command { continue }
                if let done = perform(command, on: &state, turn: &turn) {
                    if !continuing && turn.continueRequested {
                        continuing = true
                        actionOutputs = start..<turn.outputs.count
                        continue
                    }
                    turn.continueRequested = false
                    if continuing { turn.moveFactNoticesToTheEnd(from: actionOutputs) }
                    return done
                }
            }
            if continuing {
                turn.continueRequested = false
                turn.moveFactNoticesToTheEnd(from: actionOutputs)
                return true
            }
            // `why?` to the steward where the only `on why` is for the officer: the question to
            // the steward after all (Engine+RefusedPhraseActions.swift).
            if let question = questionBesideRefusedActions(words, commands: commands, state: state) {
                return perform(question, on: &state, turn: &turn) ?? true
            }
            // `why do u want to know` right after the reporter left, which only his own action
            // read: he has gone, rather than "That isn't possible right now." (the thirty-fifth
            // and thirty-sixth blind runs).
            if let gone = personJustGone(state) {
                turn.outputs.append(.error(lastSeen(gone, at: state.scene, state: state)))
                return false
            }
            turn.outputs.append(.error(Messages.notNow))
            return false
        }
    }

    /// Performs one interpretation; nil when it does not apply (an action whose guard failed
    /// silently), so the next interpretation is tried.
    private func perform(_ command: Command, on state: inout GameState, turn: inout Turn) -> Bool? {
        switch command {
        case .action(let index, let slots):
            return performAction(index, slots: slots, on: &state, turn: &turn)
        case .verb(let verb, let objects, let second, let words):
            turn.lastActionWords = nil
            remember(objects + [second].compactMap { $0 }, in: &state, turn: &turn)
            if !verb.isMeta && verb != .gesture && !turn.continueRequested { state.core.turns += 1 }
            return perform(verb, objects: objects, second: second, words: words, state: &state, turn: &turn)
        case .all(let verb, let except):
            turn.lastActionWords = nil
            state.core.turns += 1
            return performAll(verb, except: except, state: &state, turn: &turn)
        case .direction(let direction):
            turn.lastActionWords = nil
            state.core.turns += 1
            return go(direction, state: &state, turn: &turn)
        case .exit(let index):
            turn.lastActionWords = nil
            state.core.turns += 1
            return travel(index, state: &state, turn: &turn)
        }
    }

    /// Updates what `it`, `them` and `him`/`her` refer to.
    func remember(_ things: [ThingIndex], in state: inout GameState, turn: inout Turn) {
        if things.contains(where: { story.things[$0].isPerson }) { turn.namedPerson = true }
        if !things.isEmpty { state.rememberGroup(things) }
        // The first thing named wins: after `take flare from box`, `it` is the flare.
        for thing in things.reversed() {
            if story.things[thing].isPerson { state.core.recentPerson = thing } else { state.core.recentThing = thing }
        }
    }
}

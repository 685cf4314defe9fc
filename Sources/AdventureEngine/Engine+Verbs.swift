import CommandParser
import StoryModel

extension Engine {
    /// Performs a built-in verb. Returns false when it could not be done at all.
    func perform(_ verb: BuiltInVerb, objects: [ThingIndex], second: ThingIndex?, words: [String],
                 state: inout GameState, turn: inout Turn) -> Bool {
        let object = objects.first
        if [.examine, .read, .lookIn, .search, .lookUnder, .lookFor].contains(verb), Light(story: story, state: state).isDark {
            say(Messages.pitchDark, &turn)
            return true
        }
        // `yes` right after "Will you promise?" (Engine+Proposals.swift).
        if verb == .yes || verb == .no, answerProposal(verb == .yes, state: &state, turn: &turn) { return true }
        switch verb {
        case .look: look(state: state, turn: &turn)
        case .examine: object.map { examine($0, state: state, turn: &turn) }
        case .read: object.map { read($0, state: state, turn: &turn) }
        case .take: each(objects, turn: &turn) { take($0, label: objects.count > 1, state: &state, turn: &$1) }
        case .drop: each(objects, turn: &turn) { drop($0, label: objects.count > 1, state: &state, turn: &$1) }
        case .wear: object.map { wear($0, state: &state, turn: &turn) }
        case .takeOff: object.map { takeOff($0, state: &state, turn: &turn) }
        case .inventory: inventory(state: state, turn: &turn)
        case .wait: waitTurns(words, state: &state, turn: &turn)
        case .talk where objects.count > 1:
            // `hi everyone` (Engine+Addressing.swift).
            greetEveryone(objects, state: &state, turn: &turn)
        case .talk:
            guard let person = object ?? onlyPersonHere(state) else {
                let people = state.things(at: .scene(state.scene)).filter { story.things[$0].isPerson }
                // `hello` with Kowalski and the Polish worker here and nobody in conversation (the
                // forty-sixth blind run): all of them greeted, one with something to say answering.
                if people.count > 1, CommandParser.isBareGreeting(turn.commandWords) {
                    let first = people.first { story.things[$0].talk != nil } ?? people[0]
                    greetEveryone([first] + people.filter { $0 != first }, state: &state, turn: &turn)
                    return true
                }
                let anyone = !people.isEmpty
                turn.outputs.append(.paragraph(anyone ? "Who do you want to talk to? Type 'talk to' and a name." : "There is nobody here to talk to."))
                return true
            }
            talk(to: person, state: &state, turn: &turn)
        case .ask: return ask(object, about: words, state: &state, turn: &turn)
        case .listen where object.map { story.things[$0].isPerson && story.things[$0].talk != nil } ?? false:
            // "listen to captain": a person with something to say says it.
            object.map { talk(to: $0, state: &state, turn: &turn) }
        case .give, .show:
            guard let object, let second else { return false }
            giveOrShow(verb, object, to: second, state: &state, turn: &turn)
        case .use:
            object.map { turn.outputs.append(.paragraph("You can't see how to use \(story.name(of: $0, .definite, in: state)) on its own. Try a more specific verb, or 'use \(story.name(of: $0, .bare, in: state)) on' something.")) }
        case .useOn:
            // `use chisel on door` where the story opens the door with the chisel (Engine+ToolActions.swift).
            if let object, let second, useWithTool(object, on: second, state: &state, turn: &turn) { return true }
            turn.outputs.append(.paragraph("Nothing happens."))
        case .journal:
            let entries = journalEntries(state)
            if words.contains("all") {
                turn.outputs.append(.journal(entries, found: entries.count, total: story.facts.count))
                return true
            }
            guard let wanted = words.last.flatMap(Int.init) else {
                turn.outputs.append(.journalIndex(entries, total: story.facts.count))
                return true
            }
            if let entry = entries.first(where: { $0.number == wanted }) {
                turn.outputs.append(.journal([entry], found: entries.count, total: story.facts.count))
            } else {
                turn.outputs.append(.error("Fact \(wanted) is not in your journal yet. Type 'journal' to see the ones you have found."))
            }
        case .hint: hint(state: state, turn: &turn)
        case .help: Messages.help.forEach { turn.outputs.append(.paragraph($0)) }
        case .score: turn.outputs.append(.paragraph(scoreSummary(state)))
        case .credits: credits(state: state, turn: &turn)
        case .saves: turn.outputs.append(.request(.listSaves))
        case .restart: turn.outputs.append(.request(.restart))
        case .quit: turn.outputs.append(.request(.quit))
        case .save: turn.outputs.append(.request(.save(name: words.isEmpty ? nil : words.joined(separator: " "))))
        case .restore: turn.outputs.append(.request(.restore(name: words.isEmpty ? nil : words.joined(separator: " "))))
        case .again, .undo, .oops:
            turn.outputs.append(.error("Type '\(verb.rawValue)' on a line of its own."))
            return false
        case .back:
            return goBack(state: &state, turn: &turn)
        case .go, .goTo:
            return false
        case .order, .shake, .hug, .salute, .wave, .thank, .play, .paint, .refuse, .bail, .lookFor, .assist, .insult:
            performPersonVerb(verb, object: object, words: words, state: state, turn: &turn)
        case .whereIs, .recall, .borrow, .photograph:
            performMore(verb, object: object, words: words, state: &state, turn: &turn)
        case .compare, .swim, .follow, .accompany:
            performCompareSwimOrFollow(verb, object: object, second: second, state: state, turn: &turn)
        case .statement:
            return performStatement(to: object, words: words, state: &state, turn: &turn)
        case .gesture:
            performGesture(to: object, words: words, state: &state, turn: &turn)
        case .whoIsHere: whoIsHere(state: state, turn: &turn)
        case .date:
            // `what year is it`: the scene's date line (CommandParser+TopicQuestions.swift).
            say(story.scenes[state.scene].when.map { "It is \($0)." } ?? "You have lost track of the days.", &turn)
        default:
            return performStandard(verb, object: object, second: second, objects: objects, state: &state, turn: &turn)
        }
        return true
    }

    func performAll(_ verb: BuiltInVerb, except: [ThingIndex], state: inout GameState, turn: inout Turn) -> Bool {
        if verb == .take {
            let things = Light(story: story, state: state).isDark ? [] : state.things(at: .scene(state.scene)).filter { story.things[$0].isPortable && !except.contains($0) }
            guard !things.isEmpty else {
                turn.outputs.append(.paragraph("There is nothing here to take."))
                return true
            }
            each(things, turn: &turn) { take($0, label: true, state: &state, turn: &$1) }
        } else {
            // What is worn stays on, as in Inform (the sixty-seventh blind run: `drop all` took the
            // helmet off without a word): `drop helmet` takes it off and drops it.
            let things = state.things(at: .carried).filter { !except.contains($0) }
            guard !things.isEmpty else {
                let wearing = !state.things(at: .worn).isEmpty
                turn.outputs.append(.paragraph(wearing ? "You aren't carrying anything but what you are wearing." : "You aren't carrying anything."))
                return true
            }
            each(things, turn: &turn) { drop($0, label: true, state: &state, turn: &$1) }
        }
        return true
    }

    /// Runs a verb on several things and gathers their one-line reports into one block.
    private func each(_ things: [ThingIndex], turn: inout Turn, _ body: (ThingIndex, inout Turn) -> Void) {
        var reports = turn.emptyCopy()
        for thing in things { body(thing, &reports) }
        guard things.count > 1 else {
            turn.outputs += reports.outputs
            return
        }
        turn.outputs.append(.lines(reports.outputs.compactMap { if case .paragraph(let text) = $0 { text } else { nil } }))
    }

    private func report(_ text: @autoclosure () -> String, for thing: ThingIndex, label: Bool, turn: inout Turn) {
        say(label ? "\(story.name(of: thing, .bare)): \(text())" : text(), &turn)
    }

    func examine(_ thing: ThingIndex, state: GameState, turn: inout Turn) {
        // The thing's fields asked in place: a copy of the whole `Thing` (its eighteen fields
        // retained and released) was most of what this cost (docs/performance.md, "Start-up,
        // twentieth round").
        if story.things[thing].description.isEmpty {
            let text = story.things[thing].isPerson ? "\(story.capitalizedName(of: thing, .definite, in: state)) \(story.agree(thing, "looks")) back at you."
                : "You see nothing special about \(story.name(of: thing, .definite, in: state))."
            turn.outputs.append(.paragraph(text))
        } else {
            say(story.things[thing].description, state: state, turn: &turn)
        }
        if story.things[thing].readText != nil { turn.outputs.append(.paragraph("There is writing on it.")) }
        if let contents = contentsSentence(of: thing, state: state) {
            turn.outputs.append(.paragraph(contents))
        } else if story.things[thing].world.isOpenable {
            turn.outputs.append(.paragraph("\(story.capitalizedName(of: thing, .definite, in: state)) \(story.agree(thing, "is")) \(state.isOpen(thing, story: story) ? "open" : "closed")."))
        }
    }

    func read(_ thing: ThingIndex, state: GameState, turn: inout Turn) {
        guard let text = story.things[thing].readText else {
            // `read notebook` where the notebook is a word of the lieutenant writing in it.
            if story.things[thing].isPerson {
                say("That belongs to \(story.name(of: thing, .definite, in: state)), and it isn't yours to read.", &turn)
                return
            }
            turn.outputs.append(.paragraph("There is nothing written on \(story.name(of: thing, .definite, in: state))."))
            return
        }
        say(text, state: state, turn: &turn)
    }

    private func take(_ thing: ThingIndex, label: Bool, state: inout GameState, turn: inout Turn) {
        if state.locations[thing].isWithPlayer {
            report("You already have \(label ? "it" : story.name(of: thing, .definite)).", for: thing, label: label, turn: &turn)
        } else if story.things[thing].isPerson {
            report("\(story.capitalizedName(of: thing, .definite, in: state)) would not appreciate that.", for: thing, label: label, turn: &turn)
        } else if !story.things[thing].isPortable {
            report("You can't take \(story.name(of: thing, .definite, in: state)).", for: thing, label: label, turn: &turn)
        } else {
            state.move(thing, to: .carried)
            report("Taken.", for: thing, label: label, turn: &turn)
        }
    }

    private func drop(_ thing: ThingIndex, label: Bool, state: inout GameState, turn: inout Turn) {
        guard state.locations[thing].isWithPlayer else {
            report("You aren't carrying \(label ? "it" : story.name(of: thing, .definite)).", for: thing, label: label, turn: &turn)
            return
        }
        if state.locations[thing] == .worn, !label {
            turn.outputs.append(.paragraph("(first taking off \(story.name(of: thing, .definite)))"))
        }
        state.move(thing, to: .scene(state.scene))
        report("Dropped.", for: thing, label: label, turn: &turn)
    }

    private func wear(_ thing: ThingIndex, state: inout GameState, turn: inout Turn) {
        let name = story.name(of: thing, .definite, in: state)
        guard story.things[thing].isWearable else {
            say("You can't wear \(name).", &turn)
            return
        }
        if state.locations[thing] == .worn {
            say("You are already wearing \(name).", &turn)
            return
        }
        if !state.locations[thing].isWithPlayer {
            guard story.things[thing].isPortable else {
                say("You can't take \(name).", &turn)
                return
            }
            guard takeFirst(thing, state: &state, turn: &turn) else { return }
        }
        state.move(thing, to: .worn)
        say("You put on \(name).", &turn)
    }

    private func takeOff(_ thing: ThingIndex, state: inout GameState, turn: inout Turn) {
        guard state.locations[thing] == .worn else {
            // `take cap off` where only a soldier has a cap: never a person as clothing.
            guard story.things[thing].isWearable, !story.things[thing].isPerson else {
                let worn = state.things(at: .worn).map { story.name(of: $0, .definite, in: state) }
                say(worn.isEmpty ? "You aren't wearing anything like that." : "You aren't wearing anything like that, only \(Story.list(worn)).", &turn)
                return
            }
            say("You aren't wearing \(story.name(of: thing, .definite, in: state)).", &turn)
            return
        }
        state.move(thing, to: .carried)
        say("You take off \(story.name(of: thing, .definite, in: state)).", &turn)
    }

    /// "You are carrying …" in one sentence; `inventory tall` (`i tall`), as Inform players type
    /// it, one thing a line (session 36's Inform veteran had the sentence; `inventory wide` is it).
    private func inventory(state: GameState, turn: inout Turn) {
        let items = state.things(at: .carried).map { nameWithContents($0, state: state) }
            + state.things(at: .worn).map { nameWithContents($0, state: state) + " (worn)" }
        if !items.isEmpty, turn.commandWords.last == "tall" {
            turn.outputs.append(.lines(["You are carrying:"] + items))
            return
        }
        say(items.isEmpty ? "You are empty-handed." : "You are carrying \(Story.list(items)).", &turn)
    }

    func talk(to person: ThingIndex, state: inout GameState, turn: inout Turn) {
        let item = story.things[person]
        guard item.isPerson else {
            // `talk to soldiers` where the soldiers are part of the crowded bank.
            say(item.nouns.contains(where: Self.crowdNouns.contains) ? "Nobody there is near enough, or free enough, to talk to you just now."
                : "You can't talk to \(story.name(of: person, .definite, in: state)).", &turn)
            return
        }
        if let talk = item.talk, state.holds(talk.guardCondition) || talk.refusal != nil {
            if state.holds(talk.guardCondition) { turn.responsesRun.append(.talk(person)) }
            run(talk, state: &state, turn: &turn)
            return
        }
        let topics = item.topics.compactMap { $0.phrases.first?.joined(separator: " ") }
        let suggestion = topics.isEmpty ? "" : " You could ask about \(Story.list(Array(topics.prefix(3)), conjunction: "or"))."
        say("\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "nods")), but \(story.agree(person, "says")) nothing.\(suggestion)", &turn)
    }

    private func ask(_ person: ThingIndex?, about words: [String], state: inout GameState, turn: inout Turn) -> Bool {
        guard let person = askedPerson(person, state: state) ?? onlyPersonHere(state) else {
            let present = state.things(at: .scene(state.scene)).contains { story.things[$0].isPerson }
            guard present else {
                turn.outputs.append(.error("There is nobody here to ask."))
                return false
            }
            // Several people here: ask whom, and take the answer ("brennan").
            state.core.pending = PendingQuestion(template: ["ask", "about"] + words, slot: 1..<1, candidates: [],
                                                 kind: .missingNoun(.ask, firstNoun: nil))
            // `where r u from` right after Titov limped off: say so first (the thirty-third and
            // thirty-fourth blind runs had only "Whom do you want to ask about home?").
            if let gone = personJustGone(state) { say(lastSeen(gone, at: state.scene, state: state), &turn) }
            // `tell about the russians` with several here asks in its own verb (CommandParser+TellingWithoutWhom.swift).
            let verb = turn.commandWords.first == "tell" ? "tell" : "ask"
            // `who r u` with two people here: "Whom do you want to ask their name?", not "… about name?" (session 39).
            turn.outputs.append(.question(words == ["name"] && verb == "ask" ? "Whom do you want to ask their name?"
                : readsAsTopic(words) ? "Whom do you want to \(verb) about \(words.joined(separator: " "))?" : "Whom do you want to \(verb)?"))
            return true
        }
        state.core.recentPerson = person
        guard story.things[person].isPerson else {
            say("You can't talk to \(story.name(of: person, .definite, in: state)).", &turn)
            return true
        }
        // "(Second Officer Lightoller answers.)" when he answers what was put to the steward.
        if let note = answeringForOthers(person, previous: turn.personBefore, state: state, words: turn.commandWords) {
            turn.outputs.append(.paragraph(note))
        }
        // Which topics answer, worked out once for the person and words (Engine+TopicChoice.swift).
        let choice = topicChoice(words, of: person, aboutListener: turn.commandWords.contains { Self.listenerWords.contains($0) })
        if choice.saysName {
            // "ask him his name", "what's her name": a named person says it; someone the story
            // leaves unnamed ("the man in the striped jacket") keeps it to themselves.
            let bare = story.name(of: person, .bare)
            // A crowd (`the GIs and Soviet soldiers`) answers with many names, not none.
            say(story.things[person].isProperName ? "\"\(bare),\" comes the answer."
                : story.isPluralName(person) ? "\(story.capitalizedName(of: person, .definite, in: state)) answer with a dozen names at once."
                : "\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "doesn't")) give a name.", &turn)
            return true
        }
        let all = story.things[person].topics
        // The topic that answered, for `verify` and `test --coverage` (a refusal answers, but the topic did not run).
        if let ran = choice.topics.first(where: { state.holds(all[$0].response.guardCondition) || all[$0].response.refusal != nil }) {
            let response = all[ran].response
            if state.holds(response.guardCondition) { turn.responsesRun.append(.topic(person, ran)) }
            run(response, state: &state, turn: &turn)
        } else if CommandParser.bareQuestions.contains(words.filter { !Vocabulary.articles.contains($0) }) {
            // `why?` with no topic for it: the person lets what they said stand.
            say("\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "doesn't")) say more than that.", &turn)
        } else {
            say("\(story.capitalizedName(of: person, .definite, in: state)) \(story.agree(person, "has")) nothing to say about that.", &turn)
        }
        return true
    }

    /// Words by which a question speaks to the person asked (`are you tired`, `how old r u`). An
    /// array: seven short words compared are cheaper than every word of every question hashed
    /// (2 % of `verify` of the Elbe story).
    static let listenerWords: [String] = ["you", "your", "yourself", "u", "ur", "ya", "urself"]

    /// The person last spoken with, when they were here and have gone.
    func personJustGone(_ state: GameState) -> ThingIndex? {
        guard let recent = state.core.recentPerson, story.things[recent].isPerson, state.lastSeen(recent) == state.scene,
              !state.things(at: .scene(state.scene)).contains(recent) else { return nil }
        return recent
    }

    func onlyPersonHere(_ state: GameState) -> ThingIndex? {
        let people = state.things(at: .scene(state.scene)).filter { story.things[$0].isPerson }
        return people.count == 1 ? people[0] : nil
    }

    private func giveOrShow(_ verb: BuiltInVerb, _ thing: ThingIndex, to person: ThingIndex, state: inout GameState, turn: inout Turn) {
        let name = story.name(of: thing, .definite, in: state)
        guard story.things[person].isPerson else {
            turn.outputs.append(.paragraph("You can't \(verb.rawValue) things to \(story.name(of: person, .definite, in: state))."))
            return
        }
        guard verb == .show || state.locations[thing].isWithPlayer else {
            turn.outputs.append(.paragraph("You don't have \(name)."))
            return
        }
        let who = story.capitalizedName(of: person, .definite, in: state)
        turn.outputs.append(.paragraph(verb == .give ? "\(who) \(story.agree(person, "doesn't")) seem interested in \(name)." : "\(who) \(story.agree(person, "glances")) at \(name) and \(story.agree(person, "says")) nothing."))
    }

    private func hint(state: GameState, turn: inout Turn) {
        if let hint = story.scenes[state.scene].hints.first(where: { state.holds($0.guardCondition) }) {
            say(hint.text, state: state, turn: &turn)
        } else {
            turn.outputs.append(.paragraph("There is no hint for this scene. Try 'look', and examine what you see."))
        }
    }

    /// The unlocked facts in the order they were found, numbered as the journal shows them.
    public func journalEntries(_ state: GameState) -> [FactEntry] {
        state.journalOrder.map { entry(for: $0, state: state) }
    }

    public func progressSummary(_ state: GameState) -> String {
        let facts = state.unlockedFactCount
        let scenes = state.visited.count
        return "You have unlocked \(facts) of \(story.facts.count) facts and visited \(scenes) of \(story.scenes.count) scenes, in \(state.turns) turn\(state.turns == 1 ? "" : "s")."
    }

    private func credits(state: GameState, turn: inout Turn) {
        let metadata = story.metadata
        turn.outputs.append(.paragraph("\(metadata.title)\(metadata.author.map { ", by \($0)" } ?? ""), version \(metadata.version)."))
        say(metadata.credits, state: state, turn: &turn)
    }

    /// True when the words read as a topic in "Whom do you want to ask about …?": none of them a
    /// verb of being, having or doing (`how did you get here` had echoed "… about get here?", `why can't there be
    /// photographs` "… about be photographs?": the twenty-ninth blind run).
    private func readsAsTopic(_ words: [String]) -> Bool {
        let doing: Set<String> = ["be", "been", "being", "is", "are", "was", "were", "do", "does", "did", "get", "got", "have",
                                  "has", "had", "make", "made", "happen", "happened", "go", "going", "went", "come", "came", "can",
                                  "could", "will", "would", "should"]
        return !words.isEmpty && !words.contains(where: doing.contains)
    }
}

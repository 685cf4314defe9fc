import CommandParser
import StoryCompiler
import StoryModel

/// `unanswered-noun-in-reply`: a text shown in a scene other than the scene's own description (an
/// action's reply, an exit's refusal, a timed event, the description or reading of a thing or
/// person there) names something the player will then try to examine or talk to, but nothing in
/// the scene answers to that word.
///
/// The same heuristics as `noun-not-here` (`NounScope`): a word counts when it is a noun of some
/// thing of the story and none of the things it names can be in the scene; capitalised words
/// (names, titles) do not count. A reply that takes the player to another scene is also answered
/// by what is there. Not checked: what people say (talk and topics: they speak of people and
/// places elsewhere all the time, "the Elbe" in a briefing), a reply that ends the story, a
/// global action (shown in every scene), the description of a thing the player starts with.
/// Words of the scene's own text are left to `noun-not-here`.
struct ReplyNounRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let nouns = context.nouns
        let story = context.story
        var found: [Diagnostic] = []
        // The words of the texts being checked, reused from text to text.
        var words: [String] = []
        let naming = nouns.namingSieve
        // By index: `for scene in` copies every scene whole (docs/performance.md, "Compile, sixth round").
        for index in story.scenes.indices {
            let sceneRange = story.scenes[index].range, sceneID = story.scenes[index].id
            // The scene's own words are left to `noun-not-here`; looked up only for the few words
            // that would be reported, rather than made into a set for every scene.
            let own = nouns.sceneNamingWords[index]
            var reported = Set<String>()
            let file = sceneRange.start.file
            // Each text is checked as it is met (actions, exits, timed events, things, in that
            // order), without first gathering them into a list.
            func consider(_ texts: [Text?], also: [SceneIndex], owner: @autoclosure () -> Owner, lines block: Lines, file: String,
                          describing: ThingIndex? = nil) {
                words.removeAll(keepingCapacity: true)
                for case let text? in texts { Self.appendCommonWords(in: text, to: &words, naming: naming) }
                guard !words.isEmpty else { return }
                for (word, person) in nouns.unanswered(words: words, scenes: also.isEmpty ? [index] : [index] + also)
                where !reported.contains(word) && !own.contains(word) {
                    reported.insert(word)
                    let lines = switch block {
                    case .scene: context.lines(of: story.scenes[index])
                    case .block(let range): context.block(at: range)
                    }
                    let place = context.find([word], in: file, lines: lines, skippingDeclarations: true) ?? sceneRange
                    found.append(nouns.warning(word: word, person: person, shownIn: owner().text, at: place,
                                               notHere: .unansweredNounInReply, personNotHere: .unansweredNounInReply,
                                               describing: describing))
                }
            }
            for actionIndex in context.actionsOfScene[index] {
                let action = story.actions[actionIndex]
                guard !Self.ends(action.response) else { continue }
                consider(Self.texts(of: action.response), also: Self.destinations(of: action.response),
                         owner: .reply(scene: sceneID), lines: .block(action.range), file: action.range.start.file)
            }
            for exit in story.scenes[index].exits {
                consider([exit.refusal], also: [], owner: .refusal(scene: sceneID), lines: .scene, file: file)
            }
            for event in story.scenes[index].world.timedEvents where !Self.ends(event.response) {
                consider(Self.texts(of: event.response), also: Self.destinations(of: event.response),
                         owner: .timedEvent(scene: sceneID), lines: .scene, file: file)
            }
            for thing in nouns.things(of: index) {
                let range = story.things[thing].range
                consider([story.things[thing].description, story.things[thing].readText], also: [],
                         owner: .description(thing: story.things[thing].id, scene: sceneID), lines: .block(range), file: range.start.file,
                         describing: thing)
            }
        }
        return found
    }

    /// Whose text it is, put into words only for a warning (most texts get none).
    enum Owner {
        case reply(scene: String)
        case refusal(scene: String)
        case timedEvent(scene: String)
        case description(thing: String, scene: String)

        var text: String {
            switch self {
            case .reply(let scene): "a reply in '\(scene)'"
            case .refusal(let scene): "an exit's refusal in '\(scene)'"
            case .timedEvent(let scene): "a timed event in '\(scene)'"
            case .description(let thing, let scene): "the description of '\(thing)' in '\(scene)'"
            }
        }
    }

    /// The lines a shown text is written in: the scene's block, or the indented block of a
    /// declaration (an action, a thing).
    enum Lines {
        case scene
        case block(SourceRange)
    }

    /// The words of a text that may be common nouns, lowercased: those written in lowercase, except
    /// the modal verbs that are also nouns ("can"). A capitalised word is a name or a title ("the
    /// Elbe", "General Hodges", "a Soviet corporal"): replies name people and places that are
    /// elsewhere all the time, and a player does not expect to examine them there.
    ///
    /// In ASCII text, a word that the `naming` sieve refuses is left out before it is made into
    /// a `String` (`NounScope.unanswered` would pass over it).
    static func appendCommonWords(in text: Text, to words: inout [String], naming: WordSieve? = nil) {
        for literal in text.literals {
            if StoryWalk.appendASCIIWords(of: literal, lowercased: false, to: &words, where: { word in
                word[0] >= 0x61 && word[0] <= 0x7A && naming?.mayContain(bytes: word) != false }, except: modalVerbs) { continue }
            for word in literal.split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" })
            where word.first?.isLowercase == true && !modalVerbs.contains(String(word)) {
                words.append(String(word))
            }
        }
    }

    static let modalVerbs: Set<String> = ["can", "will", "may", "must", "might"]

    /// The texts a response may show: its refusal and every `say`, in every branch.
    static func texts(of response: Response) -> [Text] {
        var out = response.refusal.map { [$0] } ?? []
        for case .say(let text) in response.effects.flatMap(\.flattened) { out.append(text) }
        return out
    }

    /// The scenes a response may take the player to.
    static func destinations(of response: Response) -> [SceneIndex] {
        var out: [SceneIndex] = []
        for case .goTo(let scene) in response.effects.flatMap(\.flattened) { out.append(scene) }
        return out
    }

    /// True when a response may end the story, so nothing can be typed after its text.
    static func ends(_ response: Response) -> Bool {
        for case .end in response.effects.flatMap(\.flattened) { return true }
        return false
    }
}

extension LintContext {
    /// The lines of the indented block that starts at a declaration: its own line and the lines
    /// after it, up to the next non-blank line indented no deeper than it.
    func block(at range: SourceRange) -> ClosedRange<Int> {
        let file = range.start.file
        let first = range.start.line
        let indent = sources.line(first, of: file).map { $0.prefix { $0 == " " }.count } ?? (range.start.column - 1)
        var last = first
        var number = first + 1
        while let line = sources.line(number, of: file) {
            let trimmed = line.drop { $0 == " " }
            if !trimmed.isEmpty {
                guard line.count - trimmed.count > indent else { break }
                last = number
            }
            number += 1
        }
        return first...last
    }
}

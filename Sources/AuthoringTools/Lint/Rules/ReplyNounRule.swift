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
        // The numbers of the words of the texts being checked (in `nouns.naming`), reused from text to text.
        var words: [Int32] = []
        let naming = nouns.naming
        // The modal verbs that are also nouns of the story ("can"): such a word does not count.
        let modal = Self.modalVerbs.compactMap(naming.number(of:))
        // The story's arrays read once: read through `story` for every text, each scene, thing
        // and action was copied whole to read a field (docs/performance.md, "Compile, fourteenth round").
        let scenes = story.scenes, things = story.things, actions = story.actions
        // By index: `for scene in` copies every scene whole (docs/performance.md, "Compile, sixth round").
        for index in scenes.indices {
            let sceneRange = scenes[index].range
            // The scene's own words are left to `noun-not-here`; looked up only for the few words
            // that would be reported, rather than made into a set for every scene.
            let own = nouns.sceneNamingWords[index]
            var reported = Set<Int32>()
            // Each text is checked as it is met (actions, exits, timed events, things, in that
            // order), without first gathering them into a list: `fill` appends the numbers of its
            // words to `words`; the file, the owner and the lines are worked out only for a warning.
            func consider(also: [SceneIndex], owner: @autoclosure () -> Owner, lines block: Lines,
                          describing: ThingIndex? = nil, _ fill: (inout [Int32]) -> Void) {
                words.removeAll(keepingCapacity: true)
                fill(&words)
                if !modal.isEmpty { words.removeAll(where: modal.contains) }
                guard !words.isEmpty else { return }
                for (number, person) in nouns.unanswered(numbers: words, scene: index, also: also)
                where !reported.contains(number) && !own.contains(number) {
                    reported.insert(number)
                    let word = naming.words[Int(number)]
                    let lines: ClosedRange<Int>, file: String
                    switch block {
                    case .scene:
                        lines = context.lines(of: scenes[index])
                        file = sceneRange.start.file
                    case .block(let range):
                        lines = context.block(at: range)
                        file = range.start.file
                    }
                    let place = context.find([word], in: file, lines: lines, skippingDeclarations: true) ?? sceneRange
                    found.append(nouns.warning(word: word, person: person, shownIn: owner().text, at: place,
                                               notHere: .unansweredNounInReply, personNotHere: .unansweredNounInReply,
                                               describing: describing))
                }
            }
            func append(_ text: Text?, to words: inout [Int32]) {
                if let text { naming.appendNumbers(in: text, folding: false, lowercaseOnly: true, to: &words) }
            }
            for actionIndex in context.actionsOfScene[index] {
                let response = actions[actionIndex].response
                // The branches flattened once for the three questions (`ends`, `texts`, `destinations`).
                let effects = response.effects.flatMap(\.flattened)
                guard !Self.ends(effects) else { continue }
                consider(also: Self.destinations(of: effects), owner: .reply(scene: scenes[index].id),
                         lines: .block(actions[actionIndex].range)) { words in
                    for text in Self.texts(of: response, effects: effects) { append(text, to: &words) }
                }
            }
            // By index, reading only the refusal: `for exit in` copied every exit whole, its fields
            // retained and released (docs/performance.md, "Compile, eighteenth round").
            let exits = scenes[index].exits
            for exit in exits.indices where exits[exit].refusal != nil {
                consider(also: [], owner: .refusal(scene: scenes[index].id), lines: .scene) { append(exits[exit].refusal, to: &$0) }
            }
            for event in scenes[index].world.timedEvents {
                let effects = event.response.effects.flatMap(\.flattened)
                guard !Self.ends(effects) else { continue }
                consider(also: Self.destinations(of: effects), owner: .timedEvent(scene: scenes[index].id), lines: .scene) { words in
                    for text in Self.texts(of: event.response, effects: effects) { append(text, to: &words) }
                }
            }
            for thing in nouns.things(of: index) {
                consider(also: [], owner: .description(thing: things[thing].id, scene: scenes[index].id), lines: .block(things[thing].range),
                         describing: thing) { words in
                    append(things[thing].description, to: &words)
                    append(things[thing].readText, to: &words)
                }
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

    /// The words of a text that may be common nouns are those written in lowercase, except the
    /// modal verbs that are also nouns ("can"). A capitalised word is a name or a title ("the
    /// Elbe", "General Hodges", "a Soviet corporal"): replies name people and places that are
    /// elsewhere all the time, and a player does not expect to examine them there. Only the
    /// words that name a thing are taken from a text (`WordNumbers.appendNumbers`, `lowercaseOnly`).
    static let modalVerbs: Set<String> = ["can", "will", "may", "must", "might"]

    /// The texts a response may show: its refusal and every `say`, in every branch.
    static func texts(of response: Response) -> [Text] {
        texts(of: response, effects: response.effects.flatMap(\.flattened))
    }

    /// The same, with the response's effects already flattened.
    static func texts(of response: Response, effects: [Effect]) -> [Text] {
        var out = response.refusal.map { [$0] } ?? []
        for case .say(let text) in effects { out.append(text) }
        return out
    }

    /// The scenes a response may take the player to (its effects flattened).
    static func destinations(of effects: [Effect]) -> [SceneIndex] {
        var out: [SceneIndex] = []
        for case .goTo(let scene) in effects { out.append(scene) }
        return out
    }

    /// True when a response may end the story, so nothing can be typed after its text (its effects flattened).
    static func ends(_ effects: [Effect]) -> Bool {
        for case .end in effects { return true }
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

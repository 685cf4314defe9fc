import CommandParser
import StoryCompiler
import StoryModel

/// `noun-not-here` and `person-not-here`: a scene's text names something the player will try to
/// examine or talk to, but what answers to that word is in another scene, so the player is told
/// "You can't see any such thing."
///
/// Words of the scene's text (description, first visit, revisit, and the `here` lines of what
/// starts there) are checked against the nouns of every thing; a word is answered when one of the
/// things it names starts in the scene, can be moved there, or can be carried in.
struct TextNounRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let nouns = context.nouns
        var found: [Diagnostic] = []
        var storyNouns: Set<String>?
        // By index: `for scene in` copies every scene whole (docs/performance.md, "Compile, sixth round").
        for index in context.story.scenes.indices {
            for (number, person) in nouns.unanswered(numbers: nouns.sceneNamingWords[index], scene: index, also: []) {
                let word = nouns.naming.words[Int(number)]
                let scene = context.story.scenes[index]
                // "on the German parapet": a person's word only as an adjective names nobody (PersonWordAsAdjective.swift).
                if let person {
                    let all = storyNouns ?? Set(context.story.things.flatMap(\.nouns))
                    storyNouns = all
                    if PersonWordAsAdjective.onlyAsAdjective(word, in: nouns.sceneTexts(index), personWords: context.thingWords.words(of: person),
                                                             storyNouns: all) { continue }
                }
                let place = context.find([word], in: scene.range.start.file, lines: context.lines(of: scene), skippingDeclarations: true) ?? scene.range
                found.append(nouns.warning(word: word, person: person, shownIn: String.joining("the text of '", scene.id, "'"), at: place, notHere: .nounNotHere,
                                           personNotHere: .personNotHere, scene: index,
                                           textWords: person == nil ? [] : nouns.sceneTexts(index).flatMap(StoryWalk.words)))
            }
        }
        return found
    }
}

/// The noun heuristics shared by the rules that look for words a player reads and then types
/// (`TextNounRule`, `ReplyNounRule`): which things can be in a scene, and which words of a text
/// name a thing of the story that none of them is.
///
/// Made once per `check` (`LintContext.nouns`): what each scene holds and where each word is
/// answered are indexed up front, so asking about a scene does not walk every thing of the story.
struct NounScope {
    let story: Story
    let words: ThingWords
    /// The things that start in each scene, in story order.
    private let starting: [[ThingIndex]]
    /// The things each scene's block declares or an effect moves there, in story order.
    private let present: [[ThingIndex]]
    /// The numbers (in `naming`) of the words of each scene's own text (`sceneTexts`), lowercased,
    /// in order, that name a thing: read once for both noun rules, which look only at such
    /// words. All the words of a scene's text are made only for a warning that needs them (`sceneTexts`).
    let sceneNamingWords: [[Int32]]
    /// The words that name a thing (not only as an adjective), each with what a text that uses it
    /// needs (`answers`, by the word's number): looked up on a text's bytes, so the words of a
    /// text that name nothing are never made into `String`s (docs/performance.md, "Compile,
    /// fourteenth round").
    let naming: WordNumbers
    /// For each word of `naming`, by number, what a text that uses it needs.
    private let answers: [Answer]

    /// Where a word is answered.
    private struct Answer {
        /// The things it names (not only as an adjective), in story order.
        let named: [ThingIndex]
        /// The first of them that is a person: found once here, not for every warning (the gates of
        /// the catalogue world made that quadratic, docs/performance.md, "Compile, seventh round").
        let person: ThingIndex?
        /// True when one of the things answering to it can be in any scene (portable, carried,
        /// given or moved here by an effect).
        let everywhere: Bool
        /// The scenes one of the things answering to it starts in or is moved to.
        let scenes: Set<SceneIndex>
    }

    init(story: Story, effects: [Effect], words: ThingWords) {
        self.story = story
        self.words = words
        var movedTo: [SceneIndex: Set<ThingIndex>] = [:]
        var movable = Set<ThingIndex>()
        for effect in effects {
            switch effect {
            case .move(let thing, let scene): movedTo[scene, default: []].insert(thing)
            case .moveHere(let thing), .give(let thing): movable.insert(thing)
            default: break
            }
        }
        var starting = [[ThingIndex]](repeating: [], count: story.scenes.count)
        // The scene each thing starts in, and the scenes the few things an effect moves are moved
        // to, a scene perhaps more than once: made into a set only for the words (`Answer.scenes`),
        // not a set, nor an array, for every thing (docs/performance.md, "Compile, eighteenth round").
        var startScene = [SceneIndex?](repeating: nil, count: story.things.count)
        var movedScenes: [ThingIndex: [SceneIndex]] = [:]
        for index in story.things.indices {
            if case .scene(let scene) = story.things[index].initialPlace {
                if starting.indices.contains(scene) { starting[scene].append(index) }
                startScene[index] = scene
            }
        }
        var present = starting
        for (scene, things) in movedTo {
            for thing in things where startScene.indices.contains(thing) { movedScenes[thing, default: []].append(scene) }
            guard present.indices.contains(scene) else { continue }
            let moved = things.filter { story.things.indices.contains($0) && story.things[$0].initialPlace != .scene(scene) }
            if !moved.isEmpty { present[scene] = (present[scene] + moved).sorted() }
        }
        self.starting = starting
        self.present = present
        // The story's arrays read once (docs/performance.md, "Compile, fourteenth round").
        let scenes = story.scenes, things = story.things
        var namingWords: [String] = []
        var answers: [Answer] = []
        namingWords.reserveCapacity(words.spellings.count)
        answers.reserveCapacity(words.spellings.count)
        for (number, answering) in words.thingsOfWord.enumerated() {
            let word = words.spellings[number]
            let named = answering.filter { !things[$0].adjectives.contains(word) }
            // A word that names nothing (only an adjective) is never reported.
            guard !named.isEmpty else { continue }
            let everywhere = answering.contains { thing in
                return movable.contains(thing) || (things[thing].isPortable && !things[thing].isPerson)
                    || things[thing].initialPlace == .carried
            }
            namingWords.append(word)
            answers.append(Answer(named: named, person: named.first { things[$0].isPerson }, everywhere: everywhere,
                                  scenes: everywhere ? [] : answering.reduce(into: Set<SceneIndex>()) { scenes, thing in
                                      if let scene = startScene[thing] { scenes.insert(scene) }
                                      for scene in movedScenes[thing] ?? [] { scenes.insert(scene) }
                                  }))
        }
        self.answers = answers
        let naming = WordNumbers(namingWords)
        self.naming = naming
        // Each scene's words gathered in one array reused from scene to scene, and copied out only
        // for a scene whose text names a thing: most name none, and an array reserved for every
        // scene was an allocation each (docs/performance.md, "Compile, twentieth round"; grown
        // from empty, the arrays were reallocated two or three times a scene, "Compile, sixteenth round").
        var numbers: [Int32] = []
        numbers.reserveCapacity(16)
        sceneNamingWords = story.scenes.indices.map { index in
            numbers.removeAll(keepingCapacity: true)
            naming.appendNumbers(in: scenes[index].description, folding: true, lowercaseOnly: false, to: &numbers)
            naming.appendNumbers(in: scenes[index].firstVisit, folding: true, lowercaseOnly: false, to: &numbers)
            naming.appendNumbers(in: scenes[index].revisit, folding: true, lowercaseOnly: false, to: &numbers)
            for thing in starting[index] {
                if let here = things[thing].hereText { naming.appendNumbers(in: here, folding: true, lowercaseOnly: false, to: &numbers) }
            }
            return numbers.isEmpty ? [] : Array(numbers[0..<numbers.count])
        }
    }

    /// The things that start in a scene, in story order.
    func starting(in scene: SceneIndex) -> [ThingIndex] {
        starting[scene]
    }

    /// The things a scene's block declares or an effect moves there.
    func things(of scene: SceneIndex) -> [ThingIndex] {
        present[scene]
    }

    /// A scene's own text: description, first visit, revisit, and the `here` lines of what starts there.
    func sceneTexts(_ index: SceneIndex) -> [Text] {
        [story.scenes[index].description, story.scenes[index].firstVisit, story.scenes[index].revisit] + starting[index].compactMap { story.things[$0].hereText }
    }

    /// The words of the texts, each once and in order, that name a thing of the story (not only as an
    /// adjective) while nothing they name can be in any of the scenes; with the first person each names, if any.
    func unanswered(in texts: [Text], scenes: [SceneIndex]) -> [(word: String, person: ThingIndex?)] {
        unanswered(words: texts.flatMap(StoryWalk.words), scenes: scenes)
    }

    /// The same for words already taken from a text (lowercased).
    func unanswered(words: [String], scenes: [SceneIndex]) -> [(word: String, person: ThingIndex?)] {
        unanswered(numbers: words.compactMap(naming.number(of:)), scenes: scenes).map { (naming.words[Int($0.number)], $0.person) }
    }

    /// The same for the numbers of words in `naming`: each word once, by number.
    func unanswered(numbers: [Int32], scenes: [SceneIndex]) -> [(number: Int32, person: ThingIndex?)] {
        var reported = Set<Int32>()
        var out: [(number: Int32, person: ThingIndex?)] = []
        for number in numbers where !reported.contains(number) {
            let answer = answers[Int(number)]
            let answered = !scenes.isEmpty && (answer.everywhere || scenes.contains(where: answer.scenes.contains))
            guard !answered else { continue }
            reported.insert(number)
            out.append((number, answer.person))
        }
        return out
    }

    /// The same for a scene and the scenes a reply may lead to (`[scene] + also`), without an
    /// array made for them (docs/performance.md, "Compile, eighteenth round").
    func unanswered(numbers: [Int32], scene: SceneIndex, also: [SceneIndex]) -> [(number: Int32, person: ThingIndex?)] {
        var reported = Set<Int32>()
        var out: [(number: Int32, person: ThingIndex?)] = []
        for number in numbers where !reported.contains(number) {
            let answer = answers[Int(number)]
            let answered = answer.everywhere || answer.scenes.contains(scene) || also.contains(where: answer.scenes.contains)
            guard !answered else { continue }
            reported.insert(number)
            out.append((number, answer.person))
        }
        return out
    }

    /// The person in a scene a text most likely means: one whose nouns or adjectives the text
    /// uses ("a man with a dark beret" and the noun `beret`), else the only person there.
    func personMeant(in scene: SceneIndex, textWords: [String], word: String? = nil) -> ThingIndex? {
        guard present.indices.contains(scene) else { return nil }
        // Never a woman for `man` (session 35's author was told to add `man` to "woman in a fur
        // coat" for "a man in a dressing gown"), nor a man for `woman`.
        let people = present[scene].filter { story.things[$0].isPerson && !Self.genderContradicts(word, story.things[$0]) }
        guard !people.isEmpty else { return nil }
        let fitting = people.filter { person in
            let thing = story.things[person]
            return textWords.contains { thing.nouns.contains($0) || thing.adjectives.contains($0) }
        }
        if fitting.count == 1 { return fitting[0] }
        return people.count == 1 ? people[0] : nil
    }

    /// True when the word says a gender the person's own words say the other of.
    static func genderContradicts(_ word: String?, _ person: Thing) -> Bool {
        guard let word else { return false }
        let words = Set(person.nouns).union(person.adjectives)
        if maleWords.contains(word) { return !words.isDisjoint(with: femaleWords) }
        if femaleWords.contains(word) { return !words.isDisjoint(with: maleWords) }
        return false
    }

    static let maleWords: Set<String> = ["man", "men", "boy", "boys", "guy", "gentleman", "father", "husband", "brother",
                                         "son", "uncle", "grandfather", "king", "sir", "mr"]
    static let femaleWords: Set<String> = ["woman", "women", "girl", "girls", "lady", "mother", "wife", "sister", "daughter",
                                           "aunt", "grandmother", "queen", "madam", "mrs", "miss", "ms"]

    /// The warning for a word: a person who cannot be talked to, or a thing that cannot be examined.
    ///
    /// A person named elsewhere may not be the one the text means: "A man with a dark beret" in
    /// the scene of Ernst Reuter (nouns `mayor`, `beret`), while `man` is a noun of a pilot
    /// elsewhere (the twelfth blind author). With `scene` given, the help names the person here
    /// the text most likely means (one whose nouns the text also uses, else the only person
    /// here) and offers adding the word to their nouns first; for the description of a person
    /// (`describing`), that person (the seventeenth blind author: "A tired man in his forties" in
    /// the description of an officer without the noun `man`).
    func warning(word: String, person: ThingIndex?, shownIn source: String, at place: SourceRange,
                 notHere: DiagnosticCode, personNotHere: DiagnosticCode, scene: SceneIndex? = nil, textWords: [String] = [],
                 describing: ThingIndex? = nil) -> Diagnostic {
        if let person {
            let who = story.things[person]
            var help = "put '\(who.id)' in this scene, move them here with 'move \(who.id) here', or reword the text"
            // A person's own description ("A tired man in his forties") most likely means them.
            let described = describing.flatMap { story.things[$0].isPerson ? $0 : nil }
            if let describing, !story.things[describing].isPerson {
                // "On the screen, a tired grey man": the television's own description, so most
                // likely part of it (session 35's author was offered only the person elsewhere).
                let thing = story.things[describing]
                help = "if the text means something of \(thing.name) ('\(thing.id)'), add '\(word)' to its `nouns`; "
                    + "if it means \(who.name), " + help
            } else if let meant = described ?? scene.flatMap({ personMeant(in: $0, textWords: textWords, word: word) }) {
                let here = story.things[meant]
                help = "if the text means \(here.name) ('\(here.id)'), who is here, add '\(word)' to their `nouns`; "
                    + "if it means \(who.name), " + help
            }
            return Diagnostic(.warning, personNotHere,
                              "\(source) names '\(word)', but \(who.name) ('\(who.id)') is not in this scene: 'talk to \(word)' will fail here",
                              at: place, help: help)
        }
        // The usual warning's texts made at once (`String.joining`), the same as interpolated.
        return Diagnostic(.warning, notHere,
                          String.joining(source, " mentions '", word, "', but nothing here answers to it: 'x ", word,
                                   "' will say \"You can't see any such thing.\""),
                          at: place, help: String.joining("add a thing to this scene that answers to '", word, "' (it can be 'fixed'), or reword the text"))
    }
}

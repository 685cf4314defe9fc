import StoryModel

extension Resolver {
    /// Checks everything and builds the story. Returns nil only when there is nothing to build
    /// (no header or no scene); otherwise the caller decides by the errors.
    mutating func resolveStory() -> Story? {
        declareAll()
        guard let header = checkHeader() else { return nil }
        guard !tree.scenes.isEmpty else {
            if tree.mentionsScenes { return nil }
            error(.noScenes, "the story has no scenes", at: header.range,
                  help: "add a scene: scene start \"The Beginning\"")
            return nil
        }
        let start = header.start.flatMap { resolve($0, as: .scene) } ?? 0
        let things = makeEach(\.things) { resolver, syntax, _ in resolver.thing(syntax) }
        var sceneActions = [[Int]](repeating: [], count: tree.scenes.count)
        var globalActions: [Int] = []
        let actions = makeEach(\.actions) { resolver, syntax, index in
            if let scene = syntax.scene { sceneActions[scene].append(index) } else { globalActions.append(index) }
            return resolver.action(syntax)
        }
        let scenes = makeEach(\.scenes) { resolver, syntax, index in resolver.scene(syntax, actions: sceneActions[index]) }
        let facts = makeEach(\.facts) { resolver, syntax, _ in
            Fact(id: syntax.id.text, title: syntax.title, text: resolver.text(syntax.text), date: syntax.date,
                 place: syntax.place, source: syntax.source, summary: syntax.summary, confidence: syntax.confidence,
                 confidenceNote: syntax.confidenceNote, range: syntax.id.range)
        }
        let endings = makeEach(\.endings) { resolver, syntax, _ in
            Ending(id: syntax.id.text, title: syntax.title, text: resolver.text(syntax.text), isSuccess: syntax.isSuccess,
                   range: syntax.id.range)
        }
        let metadata = Story.Metadata(title: header.title, author: header.author, id: header.id?.text ?? "",
                                      version: header.version ?? "1", introduction: text(header.introduction),
                                      credits: text(header.credits))
        var story = Story(metadata: metadata, start: start, scenes: scenes, things: things, facts: facts,
                          endings: endings, actions: actions, globalActions: globalActions,
                          flags: symbols.all(.flag), counters: counters())
        story.world = storyWorld()
        warnAboutUnusedFacts(story)
        return story
    }

    /// The story's part made from each of the tree's parts at `path`, in the order written, with
    /// its index. With `freesTree`, the tree's parts are taken out of the tree and each is freed
    /// once its story part is made, so the story is never built beside the whole tree
    /// (docs/performance.md, "Compile, twelfth round").
    private mutating func makeEach<Part, Made>(_ path: WritableKeyPath<SyntaxTree, [Part]>,
                                               _ make: (inout Resolver, Part, Int) -> Made) -> [Made] {
        var made: [Made] = []
        made.reserveCapacity(tree[keyPath: path].count)
        guard freesTree else {
            // Each part lent in place: `for part in` copied every part whole, every field retained
            // and released (docs/performance.md, "Compile, nineteenth round").
            // Each part moved out of the array and back once its story part is made: lent from
            // the array (`buffer[index]`, even `baseAddress[index]`), it was still copied whole,
            // every field retained and released, as `make` could change the resolver the array
            // might belong to (about 6 M instructions at 5,000 scenes; compile round of session 29).
            // The array is taken out of the tree meanwhile, so it is the only reference and is
            // not copied; no `make` reads the tree's parts (as with `freesTree`).
            var parts = tree[keyPath: path]
            tree[keyPath: path] = []
            parts.withUnsafeMutableBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                for index in buffer.indices {
                    let part = (base + index).move()
                    made.append(make(&self, part, made.count))
                    (base + index).initialize(to: consume part)
                }
            }
            tree[keyPath: path] = parts
            return made
        }
        var parts = tree[keyPath: path]
        tree[keyPath: path] = []
        // Taken from the end, each part moved out of the array and freed after its story part is made.
        parts.reverse()
        while let part = parts.popLast() { made.append(make(&self, part, made.count)) }
        return made
    }

    private mutating func checkHeader() -> HeaderSyntax? {
        guard let header = tree.headers.first else {
            let place = SourceRange(start: SourceLocation(file: mainFile, line: 1, column: 1), length: 1)
            error(.missingHeader, "the story has no header", at: place,
                  help: "start the file with a header such as: story \"Patrol to the Elbe\" id elbe-patrol")
            return nil
        }
        for extra in tree.headers.dropFirst() {
            error(.duplicateHeader, "a story has only one header, but here is a second", at: extra.range,
                  notes: [Diagnostic.Note("the first header is here", at: header.range)])
        }
        if header.id == nil {
            error(.missingStoryID, "the story header has no id", at: header.range,
                  help: "add a line 'id your-story-name' under the header; saves use it to recognise the story")
        }
        return header
    }

    private mutating func scene(_ syntax: SceneSyntax, actions: [Int]) -> Scene {
        var exits: [Exit] = []
        exits.reserveCapacity(syntax.exits.count)
        // The directions already taken without a condition, one bit each: a list grown from
        // empty was an allocation a scene (docs/performance.md, "Compile, eighteenth round").
        var seen: UInt16 = 0
        // By index, each field read in place: `for exit in` copied every exit whole, its fields
        // retained and released (docs/performance.md, "Compile, eighteenth round").
        let exitSyntax = syntax.exits
        for index in exitSyntax.indices {
            guard let target = resolve(exitSyntax[index].target, as: .scene) else { continue }
            let way: Exit.Way
            let label: String
            let guardClause = exitSyntax[index].guardClause
            switch exitSyntax[index].way {
            case .direction(let direction):
                way = .direction(direction)
                label = direction.rawValue
                if guardClause == nil, seen & Self.bit(direction) != 0 {
                    warning(.duplicateExit, "'\(syntax.id.text)' already has an exit \(direction.rawValue) without a condition, so this one is never used",
                            at: exitSyntax[index].range, help: "give one of them an 'only if', or another direction")
                }
                if guardClause == nil { seen |= Self.bit(direction) }
            case .named(let phrases, let text):
                way = .named(phrases)
                label = text
            }
            // The travel effects as `response(_:)` makes them for a response with no guard.
            let travel = exitSyntax[index].travel
            exits.append(Exit(way: way, label: label, target: target, summary: exitSyntax[index].summary,
                              guardCondition: guardClause.map { condition($0.condition) } ?? .always,
                              refusal: guardClause?.refusal.map { text($0) },
                              travel: travel.isEmpty ? [] : travel.compactMap { effect($0) }, range: exitSyntax[index].range))
        }
        // Made whole, its world last as before: a scene made and then given its world was copied
        // and destroyed on return (docs/performance.md, "Compile, nineteenth round").
        return Scene(id: syntax.id.text, title: syntax.title, when: syntax.when, place: syntax.place,
                     description: text(syntax.description), firstVisit: text(syntax.firstVisit),
                     revisit: text(syntax.revisit), facts: syntax.facts.compactMap { resolve($0, as: .fact) },
                     exits: exits, hints: syntax.hints.map { Hint(guardCondition: $0.guardClause.map { condition($0) } ?? .always, text: text($0.text)) },
                     actions: actions, range: syntax.id.range, world: sceneWorld(syntax.world))
    }

    /// A direction's bit in a set of directions.
    private static func bit(_ direction: Direction) -> UInt16 {
        switch direction {
        case .north: 1 << 0
        case .northeast: 1 << 1
        case .east: 1 << 2
        case .southeast: 1 << 3
        case .south: 1 << 4
        case .southwest: 1 << 5
        case .west: 1 << 6
        case .northwest: 1 << 7
        case .up: 1 << 8
        case .down: 1 << 9
        case .in: 1 << 10
        case .out: 1 << 11
        }
    }

    private mutating func thing(_ syntax: ThingSyntax) -> Thing {
        let (nameNouns, nameAdjectives) = Self.wordsOfName(syntax.name)
        // The name's words first, then the `nouns` and `adjectives` lines' that are new: the
        // name's own array when they add nothing (`binela key` with `nouns key`), rather than
        // both joined, made unique and filtered into copies (docs/performance.md, "Compile,
        // eighteenth round").
        let nouns = Self.uniqueJoined(nameNouns, syntax.nouns)
        let adjectives = Self.uniqueJoined(nameAdjectives, syntax.adjectives, excluding: nouns)
        let initial: Thing.InitialPlace
        switch syntax.start {
        case .unspecified: initial = syntax.scene.map { .scene($0) } ?? .nowhere
        case .carried: initial = .carried
        case .nowhere: initial = .nowhere
        case .worn: initial = .worn
        case .scene(let name): initial = startingPlace(name)
        }
        // Made whole, its world last as before, and handed back as made when nothing changes it:
        // a thing made, given its world and returned was copied and destroyed on return
        // (docs/performance.md, "Compile, nineteenth round").
        let made = Thing(id: syntax.id.text, name: syntax.name,
                     isProperName: Self.isProperName(syntax.name),
                     nouns: nouns, adjectives: adjectives,
                     description: text(syntax.description), hereText: syntax.hereText.map { text($0) },
                     readText: syntax.readText.map { text($0) }, isPortable: !syntax.isFixed && !syntax.isPerson,
                     isWearable: syntax.isWearable, isPerson: syntax.isPerson, initialPlace: initial,
                     talk: syntax.talk.map { response($0) },
                     topics: syntax.topics.map { Topic(phrases: $0.phrases, response: response($0.response)) },
                     range: syntax.id.range, world: thingWorld(syntax.world))
        if !made.world.isScenery && syntax.stranger == nil { return made }
        var thing = made
        if thing.world.isScenery { thing.isPortable = false }
        if let stranger = syntax.stranger {
            thing.stranger = Stranger(name: stranger.name, until: condition(stranger.until))
            // `called "the woman in the dark hat"`: the words the game calls her by name her too
            // (`talk to woman in dark hat`), as her display name's words do.
            let (calledNouns, calledAdjectives) = Self.wordsOfName(stranger.name)
            thing.nouns += calledNouns.filter { !thing.nouns.contains($0) }
            thing.adjectives += calledAdjectives.filter { !thing.nouns.contains($0) && !thing.adjectives.contains($0) }
        }
        return thing
    }

    private mutating func action(_ syntax: ActionSyntax) -> Action {
        let patterns = syntax.patterns.map { elements in
            Pattern(elements: elements.compactMap { element -> Pattern.Element? in
                switch element {
                case .word(let word): return .word(word)
                case .slot(let name):
                    switch name.text {
                    case "thing", "something": return .slot(.anyThing)
                    case "person", "someone", "somebody": return .slot(.anyPerson)
                    case "anything", "anyone": return .slot(.anything)
                    default: return resolve(name, as: .thing).map { .slot(.thing($0)) }
                    }
                }
            })
        }
        return Action(patterns: patterns, scene: syntax.scene, response: response(syntax.response), range: syntax.range)
    }

    private mutating func warnAboutUnusedFacts(_ story: Story) {
        // No facts, nothing to warn about: gathering every response of a world without facts
        // cost 11.8 M at N = 5,000 (docs/performance.md, "Compile, seventeenth round").
        guard !story.facts.isEmpty else { return }
        // Scenes and things by index: `for scene in` copies every scene or thing whole
        // (docs/performance.md, "Compile, sixth round").
        var unlocked = Set(story.scenes.indices.flatMap { story.scenes[$0].facts })
        var responses = story.actions.map(\.response)
        for index in story.scenes.indices {
            responses += story.scenes[index].exits.map { Response(guardCondition: .always, refusal: nil, effects: $0.travel) }
            // `after 2 turns` … `unlock fact death` (a blind author's Vesuvius story had a false warning).
            responses += story.scenes[index].world.timedEvents.map(\.response)
        }
        for index in story.things.indices {
            responses += story.things[index].topics.map(\.response)
            if let talk = story.things[index].talk { responses.append(talk) }
        }
        for response in responses {
            for case .unlockFact(let fact) in response.effects.flatMap(\.flattened) { unlocked.insert(fact) }
        }
        for (index, fact) in story.facts.enumerated() where !unlocked.contains(index) {
            let swallowed = tree.textLikeEffects.note(forLineStartingWith: ["unlock", "fact", fact.id])
            diagnostics.append(Diagnostic(.warning, .factNeverUnlocked, "the fact '\(fact.id)' is never unlocked: no scene names it and nothing unlocks it",
                                          at: fact.range, notes: swallowed.map { [$0] } ?? [],
                                          help: swallowed == nil ? "add 'fact \(fact.id)' to the scene where the player learns it" : nil))
        }
    }

    /// The nouns and adjectives a display name gives: "green flare" → flare; green.
    /// "coil of rope" → coil, rope. "sergeant with a mug" → sergeant; the words after "with",
    /// "in", "on", "from", "at" or "by" describe it and are not its name.
    static func wordsOfName(_ name: String) -> (nouns: [String], adjectives: [String]) {
        var words = Parser.phraseWords(name)
        // The head's end and its "of" found by index: no array for the head, no set hashed
        // for every word (docs/performance.md, "Compile, fifteenth round").
        var headEnd = 0
        var ofIndex: Int?
        while headEnd < words.count, !isDescribingWord(words[headEnd]) {
            if ofIndex == nil, words[headEnd] == "of" { ofIndex = headEnd }
            headEnd += 1
        }
        if ofIndex == nil, headEnd == words.count, headEnd > 1 {
            // The usual name of several words ("budumu cup"): its words but the last are its
            // adjectives, in the words' own array (docs/performance.md, "Compile, nineteenth round").
            let noun = words.removeLast()
            return ([noun], words)
        }
        var adjectives: [String] = []
        // A one-word name has no adjective: no array for it.
        if words.count > 1 { adjectives.reserveCapacity(words.count - 1) }
        var nouns: [String] = []
        if ofIndex == nil, headEnd > 0 {
            // The usual name: its last word before a describing word is its noun, made at its size.
            nouns = [words[headEnd - 1]]
            for index in 0..<(headEnd - 1) { adjectives.append(words[index]) }
        } else if let ofIndex {
            // "coil of rope": the last word before "of" and the last after it are nouns.
            if ofIndex > 0 { nouns.append(words[ofIndex - 1]) }
            if headEnd - 1 > ofIndex { nouns.append(words[headEnd - 1]) }
            for index in 0..<headEnd where index != ofIndex && index != ofIndex - 1 && index != headEnd - 1 {
                adjectives.append(words[index])
            }
        }
        // "crowd behind you": a pronoun after a describing word describes nothing a player names
        // (`x you` had found the crowd).
        for index in headEnd..<words.count where !isDescribingWord(words[index]) && words[index] != "of" && !isPronoun(words[index]) {
            adjectives.append(words[index])
        }
        return (nouns, adjectives)
    }

    /// The words that start a describing phrase after the head of a name ("box with a lid", "crowd
    /// behind you": a blind author's Berlin crowd had "you" for its noun, session 27).
    static let describingWords: Set<String> = ["with", "in", "on", "from", "at", "by", "near", "under", "for", "over", "into",
                                               "onto", "upon", "above", "below", "along", "among", "behind", "beside", "beyond",
                                               "inside", "across", "around", "toward", "within", "beneath", "outside", "against",
                                               "between", "towards", "without"]

    /// "you", "me", "us", "him", "her", "them", "it".
    static func isPronoun(_ word: String) -> Bool {
        switch word.utf8.count {
        case 2: return word == "me" || word == "us" || word == "it"
        case 3: return word == "you" || word == "him" || word == "her"
        case 4: return word == "them"
        default: return false
        }
    }

    /// Whether a word is one of `describingWords`, compared as a few short spellings.
    @inline(__always)
    static func isDescribingWord(_ word: String) -> Bool {
        switch word.utf8.count {
        case 2: return word == "in" || word == "on" || word == "at" || word == "by"
        case 3: return word == "for"
        case 4: return word == "with" || word == "from" || word == "near" || word == "over" || word == "into" || word == "onto" || word == "upon"
        case 5: return word == "under" || word == "above" || word == "below" || word == "along" || word == "among"
        case 6: return word == "behind" || word == "beside" || word == "beyond" || word == "inside" || word == "across"
            || word == "around" || word == "toward" || word == "within"
        case 7: return word == "beneath" || word == "outside" || word == "against" || word == "between" || word == "towards"
            || word == "without"
        default: return false
        }
    }

    /// A name is used without "the" when every word starts with a capital: "Lieutenant
    /// Gordeyev", "Frau Pietsch", but not "Soviet sergeant"; an `and` between names does not
    /// count ("McDonnell, Huff and Staub").
    static func isProperName(_ name: String) -> Bool {
        if name.utf8.withContiguousStorageIfAvailable({ !$0.contains(where: { $0 >= 0x80 || $0 == 0x0D }) })
            ?? !name.utf8.contains(where: { $0 >= 0x80 || $0 == 0x0D }) {
            // ASCII: a word's first Character is its first byte. One pass over the words
            // between spaces: a lowercase first letter decides, at least one capital is needed.
            var name = name
            return name.withUTF8 { bytes in
                var sawCapital = false
                var index = 0
                while index < bytes.count {
                    if bytes[index] == 0x20 { index += 1; continue }
                    let start = index
                    while index < bytes.count, bytes[index] != 0x20 { index += 1 }
                    if index - start == 3, bytes[start] == 0x61, bytes[start + 1] == 0x6E, bytes[start + 2] == 0x64 { continue }
                    let first = bytes[start]
                    if first >= 0x61 && first <= 0x7A { return false }
                    if first >= 0x41 && first <= 0x5A { sawCapital = true }
                }
                return sawCapital
            }
        }
        let words = name.split(separator: " ").filter { $0.first?.isLetter == true && $0 != "and" }
        return !words.isEmpty && words.allSatisfy { $0.first?.isUppercase == true }
    }

    /// `unique(first + second)` without the words of `excluded`, in that order; `first` itself
    /// (not a copy) when `second` adds nothing to it and it has no word twice or excluded.
    static func uniqueJoined(_ first: [String], _ second: [String], excluding excluded: [String] = []) -> [String] {
        // Many words (never in a story seen so far): hashed, as before, not compared pairwise.
        guard first.count + second.count <= 16 else { return unique(first + second).filter { !excluded.contains($0) } }
        var keepsFirst = true
        for index in first.indices where keepsFirst {
            let word = first[index]
            if excluded.contains(word) { keepsFirst = false }
            for earlier in 0..<index where first[earlier] == word { keepsFirst = false; break }
        }
        var out: [String]
        if keepsFirst {
            out = first
        } else {
            out = []
            out.reserveCapacity(first.count + second.count)
            for word in first where !excluded.contains(word) && !out.contains(word) { out.append(word) }
        }
        for word in second where !excluded.contains(word) && !out.contains(word) { out.append(word) }
        return out
    }

    private static func unique(_ words: [String]) -> [String] {
        // A name's few words: comparing each with those kept costs less than hashing them.
        if words.count < 2 { return words }
        if words.count <= 8 {
            // Usually no word is there twice: then the array itself, not a copy.
            var repeated = false
            for index in 1..<words.count where !repeated {
                for earlier in 0..<index where words[earlier] == words[index] { repeated = true; break }
            }
            if !repeated { return words }
            var kept: [String] = []
            kept.reserveCapacity(words.count)
            for word in words where !kept.contains(word) { kept.append(word) }
            return kept
        }
        var seen = Set<String>()
        return words.filter { seen.insert($0).inserted }
    }
}

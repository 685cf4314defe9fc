import StoryModel

// The layout of the story's records in the compact compiled form: each field in the order it is
// declared in StoryModel, written and read by hand (see `CompactWriter`). A field added to the
// model must be added here too: `EmbedStoriesTool` refuses to embed a form that does not read
// back to the very story it was written from, and CompiledStoryTests checks the same for every
// story and fixture of the repository.

extension CompactWriter {
    mutating func write(_ story: Story) {
        let metadata = story.metadata
        string(metadata.title)
        optional(metadata.author) { $0.string($1) }
        string(metadata.id)
        string(metadata.version)
        write(metadata.introduction)
        write(metadata.credits)
        int(story.start)
        list(story.scenes) { $0.write($1) }
        list(story.things) { $0.write($1) }
        list(story.facts) { $0.write($1) }
        list(story.endings) { $0.write($1) }
        list(story.actions) { $0.write($1) }
        ints(story.globalActions)
        strings(story.flags)
        list(story.counters) { $0.string($1.name); $0.int($1.initialValue) }
        optional(story.world.maximumScore) { $0.int($1) }
        list(story.world.synonyms.sorted { $0.key < $1.key }) { $0.string($1.key); $0.string($1.value) }
        optional(story.world.playerDescription) { $0.write($1) }
    }

    mutating func write(_ scene: Scene) {
        string(scene.id)
        string(scene.title)
        optional(scene.when) { $0.string($1) }
        optional(scene.place) { $0.string($1) }
        write(scene.description)
        write(scene.firstVisit)
        write(scene.revisit)
        ints(scene.facts)
        list(scene.exits) { $0.write($1) }
        list(scene.hints) { $0.write($1.guardCondition); $0.write($1.text) }
        ints(scene.actions)
        write(scene.range)
        optional(scene.world.litWhen) { $0.write($1) }
        list(scene.world.timedEvents) { $0.int($1.turns); $0.write($1.response) }
    }

    mutating func write(_ exit: Exit) {
        switch exit.way {
        case .direction(let direction): number(0); choice(direction)
        case .named(let phrases): number(1); self.phrases(phrases)
        }
        string(exit.label)
        int(exit.target)
        optional(exit.summary) { $0.string($1) }
        write(exit.guardCondition)
        optional(exit.refusal) { $0.write($1) }
        list(exit.travel) { $0.write($1) }
        write(exit.range)
    }

    mutating func write(_ thing: Thing) {
        string(thing.id)
        string(thing.name)
        bool(thing.isProperName)
        strings(thing.nouns)
        strings(thing.adjectives)
        write(thing.description)
        optional(thing.hereText) { $0.write($1) }
        optional(thing.readText) { $0.write($1) }
        bool(thing.isPortable)
        bool(thing.isWearable)
        bool(thing.isPerson)
        switch thing.initialPlace {
        case .nowhere: number(0)
        case .carried: number(1)
        case .scene(let scene): number(2); int(scene)
        case .worn: number(3)
        case .within(let holder): number(4); int(holder)
        }
        optional(thing.talk) { $0.write($1) }
        // A person's topics in a section of their own (strings and shared values of its own), so
        // that the game reads them when first asked for (`CompactReader.readTopics`); none, nil.
        optional(thing.topics.isEmpty ? nil : thing.topics) { writer, topics in
            writer.section { $0.list(topics) { $0.phrases($1.phrases); $0.write($1.response) } }
        }
        write(thing.range)
        let world = thing.world
        optional(world.holder) {
            switch $1 {
            case .container: $0.number(0)
            case .supporter: $0.number(1)
            }
        }
        bool(world.isOpenable)
        bool(world.startsOpen)
        optional(world.key) { $0.int($1) }
        bool(world.startsLocked)
        bool(world.isScenery)
        bool(world.givesLight)
        optional(thing.stranger) { $0.string($1.name); $0.write($1.until) }
    }

    mutating func write(_ fact: Fact) {
        string(fact.id)
        string(fact.title)
        write(fact.text)
        optional(fact.date) { $0.string($1) }
        optional(fact.place) { $0.string($1) }
        optional(fact.source) { $0.string($1) }
        optional(fact.summary) { $0.string($1) }
        optional(fact.confidence) { $0.choice($1) }
        optional(fact.confidenceNote) { $0.string($1) }
        write(fact.range)
    }

    mutating func write(_ ending: Ending) {
        string(ending.id)
        string(ending.title)
        write(ending.text)
        bool(ending.isSuccess)
        write(ending.range)
    }

    mutating func write(_ action: Action) {
        list(action.patterns) { $0.write($1) }
        optional(action.scene) { $0.int($1) }
        write(action.response)
        write(action.range)
    }

    mutating func write(_ response: Response) {
        write(response.guardCondition)
        optional(response.refusal) { $0.write($1) }
        list(response.effects) { $0.write($1) }
    }

    mutating func write(_ range: SourceRange) {
        string(range.start.file)
        int(range.start.line)
        int(range.start.column)
        int(range.length)
    }
}

extension CompactReader {
    mutating func readStory() throws -> Story {
        let metadata = Story.Metadata(title: try string(), author: try optional { try $0.string() }, id: try string(),
                                      version: try string(), introduction: try readText(), credits: try readText())
        var story = Story(metadata: metadata, start: try int(), scenes: try list { try $0.readScene() },
                          things: try list { try $0.readThing() }, facts: try list { try $0.readFact() },
                          endings: try list { try $0.readEnding() }, actions: try list { try $0.readAction() },
                          globalActions: try ints(), flags: try strings(),
                          counters: try list { Story.Counter(name: try $0.string(), initialValue: try $0.int()) })
        story.world.maximumScore = try optional { try $0.int() }
        let synonyms = try list { (try $0.string(), try $0.string()) }
        story.world.synonyms = Dictionary(synonyms, uniquingKeysWith: { first, _ in first })
        story.world.playerDescription = try optional { try $0.readText() }
        guard story.start >= 0, story.start < story.scenes.count else { throw failure("the start is not a scene") }
        return story
    }

    mutating func readScene() throws -> Scene {
        var scene = Scene(id: try string(), title: try string(), when: try optional { try $0.string() },
                          place: try optional { try $0.string() }, description: try readText(), firstVisit: try readText(),
                          revisit: try readText(), facts: try ints(), exits: try list { try $0.readExit() },
                          hints: try list { Hint(guardCondition: try $0.readCondition(), text: try $0.readText()) },
                          actions: try ints(), range: try readRange())
        scene.world.litWhen = try optional { try $0.readCondition() }
        scene.world.timedEvents = try list { TimedEvent(turns: try $0.int(), response: try $0.readResponse()) }
        return scene
    }

    mutating func readExit() throws -> Exit {
        let way: Exit.Way = try tag(below: 2) == 0 ? .direction(try choice(Direction.self)) : .named(try phrases())
        return Exit(way: way, label: try string(), target: try int(), summary: try optional { try $0.string() },
                    guardCondition: try readCondition(), refusal: try optional { try $0.readText() },
                    travel: try list { try $0.readEffect() }, range: try readRange())
    }

    mutating func readThing() throws -> Thing {
        let id = try string(), name = try string(), isProperName = try bool()
        let nouns = try strings(), adjectives = try strings()
        let description = try readText()
        let hereText = try optional { try $0.readText() }, readText = try optional { try $0.readText() }
        let isPortable = try bool(), isWearable = try bool(), isPerson = try bool()
        let place: Thing.InitialPlace
        switch try tag(below: 5) {
        case 0: place = .nowhere
        case 1: place = .carried
        case 2: place = .scene(try int())
        case 3: place = .worn
        default: place = .within(try int())
        }
        let talk = try optional { try $0.readResponse() }
        let topics = try readTopics()
        var thing = Thing(id: id, name: name, isProperName: isProperName, nouns: nouns, adjectives: adjectives,
                          description: description, hereText: hereText, readText: readText, isPortable: isPortable,
                          isWearable: isWearable, isPerson: isPerson, initialPlace: place, talk: talk, topics: [],
                          range: try readRange())
        thing.topicList = topics
        thing.world.holder = try optional { try $0.tag(below: 2) == 0 ? .container : .supporter }
        thing.world.isOpenable = try bool()
        thing.world.startsOpen = try bool()
        thing.world.key = try optional { try $0.int() }
        thing.world.startsLocked = try bool()
        thing.world.isScenery = try bool()
        thing.world.givesLight = try bool()
        thing.stranger = try optional { Stranger(name: try $0.string(), until: try $0.readCondition()) }
        return thing
    }

    /// A thing's topics, written by `write(_ thing:)` in a section of their own: skipped, and read
    /// when first asked for when the reader knows the form that holds them (`laterForm`), else
    /// read now. The form was checked (its checksum, or the build step that read it back), so a
    /// section that still does not read gives no topics rather than a trap.
    mutating func readTopics() throws -> TopicList {
        guard let range = try optional({ try $0.section() }) else { return TopicList(wrappedValue: []) }
        guard let form = laterForm else { return TopicList(wrappedValue: try Self.topics(in: range, of: bytes)) }
        return TopicList(later: {
            var form = form
            return form.withUTF8 { bytes in
                guard range.upperBound <= bytes.count else { return [] }
                return (try? Self.topics(in: range, of: bytes)) ?? []
            }
        })
    }

    /// The topics in the section at `range` of `bytes`.
    static func topics(in range: Range<Int>, of bytes: UnsafeBufferPointer<UInt8>) throws -> [Topic] {
        var reader = CompactReader(section: range, in: bytes)
        let topics = try reader.list { Topic(phrases: try $0.phrases(), response: try $0.readResponse()) }
        guard reader.isAtEnd else { throw reader.failure("unexpected bytes after a thing's topics") }
        return topics
    }

    mutating func readFact() throws -> Fact {
        Fact(id: try string(), title: try string(), text: try readText(), date: try optional { try $0.string() },
             place: try optional { try $0.string() }, source: try optional { try $0.string() },
             summary: try optional { try $0.string() }, confidence: try optional { try $0.choice(FactConfidence.self) },
             confidenceNote: try optional { try $0.string() }, range: try readRange())
    }

    mutating func readEnding() throws -> Ending {
        Ending(id: try string(), title: try string(), text: try readText(), isSuccess: try bool(), range: try readRange())
    }

    mutating func readAction() throws -> Action {
        Action(patterns: try list { try $0.readPattern() }, scene: try optional { try $0.int() },
               response: try readResponse(), range: try readRange())
    }

    mutating func readResponse() throws -> Response {
        Response(guardCondition: try readCondition(), refusal: try optional { try $0.readText() },
                 effects: try list { try $0.readEffect() })
    }

    mutating func readRange() throws -> SourceRange {
        let name = try string()
        let file: SourceFileName
        if let last = lastFileName, last.name == name {
            file = last.number
        } else {
            file = SourceFileName(name)
            lastFileName = (name, file)
        }
        return SourceRange(start: SourceLocation(fileName: file, line: try int(), column: try int()), length: try int())
    }
}

import StoryCompiler
import StoryModel

/// `thing-not-mentioned`: a fixed thing that starts in a scene with no `here` line, that holds
/// things, opens, locks or can be read, and whose words the scene's text never uses. The engine lists only portable things ("You can also see …"),
/// so nothing tells the player it is there (a blind author's locker, never found).
struct ThingNotMentionedRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        let words = context.thingWords
        var found: [Diagnostic] = []
        // By index: `for scene in` copies every scene whole (docs/performance.md, "Compile, sixth round").
        for index in story.scenes.indices {
            let starting = context.nouns.starting(in: index)
            var sceneWords: [String]?
            for thing in starting {
                let item = story.things[thing]
                guard !item.isPortable, !item.isPerson, item.hereText == nil, !item.world.isScenery, Self.matters(item) else { continue }
                // Named by the scene's text, or by the text of another thing here ("a desk with a drawer").
                let own = sceneWords ?? [story.scenes[index].description, story.scenes[index].firstVisit, story.scenes[index].revisit].flatMap(StoryWalk.words)
                sceneWords = own
                let others = starting.filter { $0 != thing }.flatMap { [story.things[$0].hereText, story.things[$0].description].compactMap { $0 } }
                guard !own.contains(where: { words.thing(thing, answersTo: $0) }),
                      !others.flatMap(StoryWalk.words).contains(where: { words.thing(thing, answersTo: $0) }) else { continue }
                found.append(Diagnostic(.warning, .thingNotMentioned,
                                        "'\(item.id)' is fixed and has no 'here' line, and the text of '\(story.scenes[index].id)' never names it, so nothing tells the player it is there",
                                        at: item.range,
                                        help: "name it in the scene's text, or give it a line such as: here \(Self.article(item.name)) \(item.name) stands in the corner."))
            }
        }
        return found
    }

    /// A thing the player must find to get on: it holds things, opens, locks or can be read.
    /// Fixed scenery that only answers `examine` (a dung heap in a farmyard) may stay unnamed.
    static func matters(_ thing: Thing) -> Bool {
        thing.world.holder != nil || thing.world.isOpenable || thing.world.key != nil || thing.readText != nil
    }

    static func article(_ name: String) -> String {
        name.first.map { "aeiouAEIOU".contains($0) } == true ? "An" : "A"
    }
}

import StoryCompiler
import StoryModel

/// `way-on-not-listed`: a scene's action that takes the player on (`go to` another scene, or
/// `end`) with words that read as a way to go (`walk through the gate`, `cross the bridge`),
/// while the "Ways on:" line lists only exits and neither the scene's text nor its hints name the
/// way. A blind author wrote `on walk through the gate` as an action (to warn "Are you sure?"),
/// and her players read only "Ways on: south." (the Wall, session 13).
///
/// Only where it can tell reliably: one of the action's ways of saying it has no slot and starts
/// with a verb of going (`walk`, `cross`, `climb`, `row`, …), and no exit of the scene has the
/// words of any of them, nor does the scene's text or hint.
struct WayOnNotListedRule: LintRule {
    func check(_ context: LintContext) -> [Diagnostic] {
        let story = context.story
        var found: [Diagnostic] = []
        for index in story.scenes.indices {
            // The exits' phrases and the words the scene tells are made only for a scene with an
            // action that starts with a verb of going: made for every scene they were 8.6 % of
            // `check` of catalogue N = 5,000 (docs/performance.md, "Compile, eighth round").
            var exitsAndTold: (exits: Set<[String]>, told: [[String]])?
            for actionIndex in context.actionsOfScene[index] {
                let action = story.actions[actionIndex]
                // Any of its ways of saying it: `on look around, walk on, celebrate` ended a blind
                // author's Berlin story with no word of it anywhere (session 27).
                guard action.patterns.contains(where: { $0.verb.map(Self.goingVerbs.contains) == true }) else { continue }
                let sayings = action.patterns.compactMap { pattern -> [String]? in
                    let words = pattern.elements.compactMap { element -> String? in
                        if case .word(let word) = element { return word }
                        return nil
                    }
                    return words.count == pattern.elements.count && !words.isEmpty ? words : nil
                }
                guard let words = sayings.first(where: { Self.goingVerbs.contains($0[0]) }) else { continue }
                let (exits, told) = exitsAndTold ?? Self.exitsAndTold(of: story.scenes[index])
                exitsAndTold = (exits, told)
                guard !sayings.contains(where: exits.contains),
                      let leads = Self.destination(of: action.response.effects, in: story, from: index),
                      !told.contains(where: { text in sayings.contains { Self.contains(text, $0) } }) else { continue }
                let typed = words.joined(separator: " ")
                found.append(Diagnostic(.warning, .wayOnNotListed,
                    "the action '\(typed)' in '\(story.scenes[index].id)' \(leads), but \"Ways on:\" lists only exits and the scene never says it: the player is not told this is a way on",
                    at: action.range,
                    // An ending is no scene an exit can lead to (session 35's author, whose `on go to
                    // bed` ends the story, was told to make it an exit "to SCENE").
                    help: leads == "ends the story"
                        ? "say it in the scene's text or a hint (\"… or you could \(typed).\"): an exit leads to a scene, not to an ending"
                        : "make it an exit (exit \"\(typed)\" to SCENE: its body takes 'only if', 'if … else …' and an 'Are you sure?' warning like an action's), or say the way in the scene's text or hint"))
            }
        }
        return found
    }

    /// The word lists of a scene's named exits, and the words (without articles) of its
    /// description, first-visit text and each hint.
    static func exitsAndTold(of scene: Scene) -> (exits: Set<[String]>, told: [[String]]) {
        let exits = Set(scene.exits.flatMap { exit -> [[String]] in
            if case .named(let phrases) = exit.way { return phrases }
            return []
        })
        let told = ([scene.description, scene.firstVisit] + scene.hints.map(\.text))
            .map { StoryWalk.words(in: $0).filter { !Self.articles.contains($0) } }
        return (exits, told)
    }

    /// Verbs of going somewhere (not `leave`, which stories use for "leave the game here").
    static let goingVerbs: Set<String> = [
        "go", "walk", "cross", "climb", "run", "enter", "row", "swim", "drive", "ride", "step", "jump", "pass",
        "head", "return", "paddle", "wade", "march", "board", "sail", "flee", "escape", "descend", "crawl", "sneak",
    ]

    static let articles: Set<String> = ["the", "a", "an"]

    /// Where the effects lead, in any branch: "leads to 'bridge'", "ends the story", or nil.
    static func destination(of effects: [Effect], in story: Story, from scene: SceneIndex) -> String? {
        for effect in effects.flatMap(\.flattened) {
            if case .goTo(let target) = effect, target != scene { return "leads to '\(story.scenes[target].id)'" }
        }
        for effect in effects.flatMap(\.flattened) {
            if case .end = effect { return "ends the story" }
        }
        return nil
    }

    /// True when the words appear one after another in the text's words.
    static func contains(_ text: [String], _ words: [String]) -> Bool {
        guard !words.isEmpty, text.count >= words.count else { return false }
        return (0...(text.count - words.count)).contains { start in Array(text[start..<(start + words.count)]) == words }
    }
}

import CommandParser
import StoryModel

/// A story's action about looking at something, in the dark: "It is pitch dark, and you can't see
/// a thing.", as the built-in `examine` says. A blind author's `on look through hole` ended the
/// story with "the glint of gold" in a passage whose candle she had left upstairs.
///
/// The rule is narrow, so that a story's own darkness text (`on south` "Blundering around in the
/// dark …", `on listen`, `on feel wall`) still runs: the pattern the player's words fit starts with
/// a verb of seeing (`examine`, `look`, `read`, `search`, `watch` …) and names a thing, in a slot
/// or by one of its nouns (`look through hole` where `hole` is a thing's noun), and none of the
/// things it names is carried or worn (a letter in the player's hand may still be read by its
/// action). The action's own refusal is not shown: in the dark the player cannot tell.
extension Engine {
    static let seeingVerbs: Set<String> = ["examine", "look", "read", "search", "watch", "see", "peer", "peek", "observe",
                                           "view", "glance", "stare", "gaze", "squint", "scan", "spot", "admire", "survey"]

    /// True when this action, read from the player's words with these things in its slots, needs
    /// light that the scene does not have now.
    func needsLight(_ index: Int, slots: [ThingIndex], state: GameState, words: [String]) -> Bool {
        // A scene that is never dark needs no reading of the words: most scenes of most stories
        // (7 % of `verify` of the Elbe story went into the sets below, every move of a lit scene).
        guard story.scenes[state.scene].world.litWhen != nil else { return false }
        let patterns = parser.vocabulary.canonicalPatterns[index].filter { pattern in
            guard let verb = pattern.verb else { return false }
            return Self.seeingVerbs.contains(verb)
        }
        guard !patterns.isEmpty else { return false }
        // The pattern the words fit: its own words all typed, as many slots as filled.
        let typed = Set(Synonyms.canonical(words))
        let fitting = patterns.filter { pattern in
            var slotCount = 0
            for element in pattern.elements {
                switch element {
                case .word(let word): if !typed.contains(word) { return false }
                case .slot: slotCount += 1
                }
            }
            return slotCount == slots.count
        }
        // An action with other patterns too, none of its seeing ones fitting: not about seeing.
        guard let pattern = fitting.first ?? (parser.vocabulary.canonicalPatterns[index].count == patterns.count ? patterns.first : nil)
        else { return false }
        var named = slots
        for case .word(let word) in pattern.elements.dropFirst() {
            named += parser.vocabulary.thingsByWord[word] ?? []
        }
        guard !named.isEmpty, !named.contains(where: { state.locations[$0].isWithPlayer }) else { return false }
        return Light.isDark(story: story, state: state)
    }
}

extension Rephrasings {
    /// The first words `moreReadings(_:)` rephrases: with any other it has none, and most commands
    /// are not compared with each case.
    static let moreRephrasedVerbs: WordSet = ["meet", "talk", "say", "sleep", "nap", "rest", "walk", "go", "run", "get",
                                                  "move", "put", "carry", "sling", "strap", "hang", "wear", "throw", "lift",
                                                  "take", "signal", "check", "repeat", "snap", "make", "shoot", "set"]

    /// More readings, from the sixth blind play-test (issue #11):
    ///
    /// - `meet X`, `say hi|hello to X`, `go and meet X` → `talk to X` (so a story's `on talk to {x}` catches them);
    /// - `talk to X about Y` → `ask X about Y` (the forty-third blind run);
    /// - `sleep|nap|rest in|on X` → `sleep`; `walk|go|run|get away`, `walk off` → `back`;
    /// - `put|carry|sling|strap|hang X on my back` → `wear X`;
    /// - `take|snap|make a picture|photo of X` → `photograph X`;
    /// - `say again X`, `repeat X` → `say X`;
    /// - `check on X` → `examine X` (the twenty-third blind run);
    /// - `signal with X` → `fire X`, `use X`.
    static func moreReadings(_ words: [String]) -> [[String]] {
        guard let verb = words.first, moreRephrasedVerbs.contains(verb) else { return [] }
        // `take X`, `take X Y` (most commands of a walkthrough): only a picture taken can be
        // rephrased, not compared with each case below.
        if words.count < 4, verb == "take" { return photographed(words) }
        let rest = Array(words.dropFirst())
        switch verb {
        case "meet" where !rest.isEmpty:
            return [["talk", "to"] + rest]
        case "talk" where rest.count >= 4 && ["to", "with"].contains(rest[0]):
            // `talk to olena about strehla`: asking her about it, so "Olena isn't here." when she is not.
            if let about = rest.firstIndex(of: "about"), about >= 2, about < rest.count - 1 {
                return [["ask"] + rest[1..<about] + rest[about...]]
            }
        case "say" where rest.count >= 3 && ["hi", "hello", "hey"].contains(rest[0]) && rest[1] == "to":
            return [["talk", "to"] + rest.dropFirst(2)]
        case "sleep", "nap", "rest":
            if let place = rest.first, ["in", "on", "into", "inside", "under", "at", "by"].contains(place) { return [["sleep"]] }
        case "walk", "go", "run", "get", "move":
            if rest == ["away"] || rest == ["off"] || (rest == ["on"] && verb == "move") { return [["back"]] }
        case "set" where rest.count >= 2 && (rest[0] == "up" || rest.last == "up"),
             "put" where rest.count >= 2 && (rest[0] == "up" || rest.last == "up"):
            // `set up the camera`, `put the camera up`: put it somewhere ("Where do you want to put
            // the camera?"; a blind author's Kitty Hawk had "What do you want to put?").
            return [["put"] + rest.filter { $0 != "up" }]
        case "put", "carry", "sling", "strap", "hang", "wear", "throw", "lift", "take":
            // Three words or fewer carry nothing on a back: the phrases below not made for them.
            guard words.count >= 4 else { break }
            let backs: [[String]] = [["on", "my", "back"], ["on", "back"], ["onto", "my", "back"], ["over", "my", "shoulder"],
                                     ["on", "my", "shoulders"], ["onto", "back"]]
            if words.count >= 4, let back = backs.first(where: { words.suffix($0.count).elementsEqual($0) && words.count > $0.count + 1 }) {
                return [["wear"] + words[1..<(words.count - back.count)]]
            }
        case "signal" where rest.count >= 2 && ["with", "using"].contains(rest[0]):
            // `signal with the green flare`: fire it, else use it (the twenty-seventh blind run).
            return [["fire"] + rest.dropFirst(), ["use"] + rest.dropFirst()]
        case "check" where rest.count >= 2 && rest[0] == "on":
            // `check on the refugees`: look at them, the way one looks in on somebody.
            return [["examine"] + rest.dropFirst()]
        case "repeat" where !rest.isEmpty:
            return [["say"] + rest]
        case "say" where rest.count >= 2 && rest[0] == "again":
            return [["say"] + rest.dropFirst()]
        default:
            break
        }
        return photographed(words)
    }

    /// The verbs of `take a picture of X`.
    private static let photographingVerbs: WordSet = ["take", "snap", "make", "shoot"]
    /// The words of a picture taken.
    private static let pictureWords: WordSet = ["picture", "pictures", "photo", "photos", "photograph", "photographs",
                                                "snapshot", "snapshots"]

    /// `take|snap|make a picture|photo of X` → `photograph X`; none for other words.
    private static func photographed(_ words: [String]) -> [[String]] {
        guard words.count >= 2, photographingVerbs.contains(words[0]), pictureWords.contains(words[1]) else { return [] }
        let verb = words[0], what = words[1]
        let subject = words.dropFirst(2).drop { $0 == "of" }
        // `take photo` reaches a story's `on take photograph` and `on take picture` too (a blind
        // author's Kitty Hawk: "You have no camera." with the camera in hand).
        let others = ["photograph", "picture", "photo"].filter { $0 != what }.map { [verb, $0] + words.dropFirst(2) }
        return [["photograph"] + subject] + others
    }
}

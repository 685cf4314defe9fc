/// Other ways of reading what students type, tried by the story's actions and the built-in verbs
/// alike, so `on give {cigarettes} to {sergeant}` also catches `trade cigarettes with sergeant`:
///
/// - `ask X for Y`, `ask X if Y`, `ask X whether Y` → `ask X about Y`;
///   `ask X his name`, `ask X what her name is` → `ask X about name`;
/// - `swap|trade|exchange X with|for Y` → `give X to Y` (`swap X` → `give X`, which asks to whom);
/// - `hang X from|on|over Y` → `put X on Y`;
/// - `leave X by|at|near|beside|next to|on Y`, `put X by Y` → `put X on Y` (`leave X in Y` → `put X in Y`);
/// - `paint X with Y` → `use Y on X`; `paint X red` → `paint X`;
/// - `toast X`, `drink to X` → `toast`; `drink with X` → `drink`; `report X` → `report`.
public enum Rephrasings {
    /// Verbs that only rephrasings give a meaning; the parser knows them in every story.
    static let verbs: WordSet = ["swap", "trade", "exchange", "barter", "hang", "leave", "lay", "paint", "colour",
                                     "color", "using", "meet", "repeat", "sling", "strap", "carry", "snap", "signal", "make",
                                     "change"]

    /// Words that start a question put to a person: `ask kotzebue what now`.
    static let questionWords: WordSet = ["what", "whats", "what's", "where", "wheres", "how", "why", "when", "who",
                                             "are", "is", "do", "did", "can", "will", "have", "which"]
    /// Words of such a question that name no topic: `what now`, `what to do next`, `what should we do`.
    static let vagueWords: WordSet = ["now", "next", "to", "do", "i", "we", "should", "shall", "must", "can", "is", "are",
                                          "the", "plan", "happens", "happening", "going", "on", "then", "it", "this", "that",
                                          "ok", "okay", "alright", "all", "right", "fine", "well", "doing", "feeling"]

    /// The topic of a question put to a person: its words without the vague ones; `where she is
    /// from`, `where do you live` are about home; `where does your sister live` is about the
    /// sister, not the listener's home (a blind author's Berlin Wall, session 15).
    static func topic(_ words: [String]) -> [String] {
        if words.contains(where: { ["from", "live", "lives", "living"].contains($0) }) {
            if let your = words.dropLast().firstIndex(where: { $0 == "your" || $0 == "ur" }),
               case let owner = words[your + 1], !vagueWords.contains(owner), !personWords.contains(owner),
               !["from", "live", "lives", "living", "home", "house", "own"].contains(owner) {
                return [owner]
            }
            return ["home"]
        }
        // `what are we doing today`, `whats the plan for today`: the plan, not the date.
        let aboutPlans = words.contains { ["doing", "plan", "plans", "happening", "happens", "going", "mission"].contains($0) }
        return words.filter { !vagueWords.contains($0) && !personWords.contains($0) && !(aboutPlans && timeWords.contains($0)) }
    }

    /// Words of a time, which a question about plans does not ask about.
    static let timeWords: WordSet = ["today", "tonight", "tomorrow"]

    /// Pronouns and verbs of a question about a person: `where is she from`, `what do you do`.
    static let personWords: WordSet = ["you", "your", "he", "she", "they", "his", "her", "their", "him", "them",
                                           "does", "did", "was", "were", "have", "has", "been", "come", "came"]

    /// Colours a thing can be painted: `paint the sheet red`.
    static let colours: WordSet = ["red", "white", "blue", "green", "black", "yellow", "striped", "stripes", "stars"]

    /// The first words `readings(_:)` rephrases; with any other, only `moreReadings(_:)` can
    /// (`wayReadings(_:)` starts with `ask`), so most commands are not compared with each case.
    static let rephrasedVerbs: WordSet = ["ask", "tell", "swap", "trade", "exchange", "barter", "hang", "leave", "put",
                                              "place", "lay", "set", "drop", "paint", "colour", "color", "report", "toast",
                                              "drink"]
    /// Verbs of `jump in the boat`.
    static let jumpingVerbs: WordSet = ["jump", "hop", "dive", "leap"]
    /// The words after which `leave X … Y` and `put X … Y` name the holder `Y`.
    static let leavingHolders: WordSet = ["by", "near", "beside", "next", "at", "on", "onto", "in", "into", "under", "against"]
    static let puttingHolders: WordSet = ["by", "near", "beside", "next", "against", "to"]

    /// Verbs of `put X in my pocket`.
    static let pocketingVerbs: WordSet = ["put", "place", "stick", "tuck", "slip", "stuff", "shove"]

    /// The words of what `put X in my pocket` puts away, or nil when the line puts nothing in a
    /// pocket: the player's own pockets are no thing of the story, and putting something there
    /// is keeping it (the sixtieth blind run: "I don't know the word 'pocket'.").
    static func pocketed(_ words: [String]) -> ArraySlice<String>? {
        guard words.count >= 4, let last = words.last, last == "pocket" || last == "pockets",
              let at = words.indices.dropFirst(2).last(where: { ["in", "into", "inside"].contains(words[$0]) }),
              words[(at + 1)..<(words.count - 1)].allSatisfy({ ["my", "your", "a", "the", "one", "of", "coat", "jacket", "shirt", "breast", "trouser", "trousers", "pants"].contains($0) })
        else { return nil }
        return words[1..<at]
    }

    static func readings(_ words: [String]) -> [[String]] {
        // `jump in the boat`, `jump into the river` (the sixty-sixth blind run: "I understood
        // 'jump' but not 'in boat'"): getting in, or for water the story's swimming.
        if words.count >= 3, jumpingVerbs.contains(words[0]), ["in", "into", "inside", "onto"].contains(words[1]) {
            let rest = words[2...]
            return withSchoolEnglish([["get", "in"] + rest, ["enter"] + rest, ["swim", "in"] + rest] + moreReadings(words), of: words)
        }
        guard let verb = words.first, words.count >= 2, rephrasedVerbs.contains(verb) else {
            return withSchoolEnglish(moreReadings(words), of: words)
        }
        /// The first of these words after the verb and at least one more word.
        func split(_ small: Set<String>) -> Int? {
            words.indices.dropFirst(2).first { small.contains(words[$0]) && $0 < words.count - 1 }
        }
        var result: [[String]] = []
        switch verb {
        case "ask":
            if let at = split(["for", "if", "whether"]) {
                result.append(["ask"] + words[1..<at] + ["about"] + words[(at + 1)...])
            }
            // `ask kotzebue what now`, `ask him what to do` → talk to him; `ask her where the bridge is` →
            // ask her about the bridge.
            if words.last != "name", !words.contains("name"),
               let at = words.indices.dropFirst(2).first(where: { questionWords.contains(words[$0]) }),
               !words[..<at].contains("about") {
                let rest = topic(Array(words[(at + 1)...]))
                result.append(rest.isEmpty ? ["talk", "to"] + words[1..<at] : ["ask"] + words[1..<at] + ["about"] + rest)
            }
            // `ask the polish guy the way`: ask about the words after the person, wherever the
            // person's words end (the longest person first).
            if words.count >= 3, !words.contains(where: { ["about", "for", "if", "whether", "to", "name"].contains($0) || questionWords.contains($0) }) {
                for end in stride(from: words.count - 1, through: 2, by: -1) {
                    result.append(["ask"] + words[1..<end] + ["about"] + words[end...])
                }
            }
            if words.last == "name" || words.suffix(2) == ["name", "is"],
               let at = words.indices.dropFirst(2).first(where: { ["his", "her", "their", "your", "what", "whats", "what's", "for", "name"].contains(words[$0]) }),
               !words[1..<at].contains("about") {
                result.insert(["ask"] + words[1..<at] + ["about", "name"], at: 0)
            }
        case "tell" where words.count >= 3 && !words.contains("about") && words[2] != "to":
            // `tell kotzebue the coordinates are wrong`: ask him about the coordinates.
            let topic = topic(Array(words.dropFirst(2))).filter { !["wrong", "right", "bad", "good", "that", "is", "are"].contains($0) }
            if !topic.isEmpty { result.append(["ask", words[1], "about"] + topic) }
        case "swap", "trade", "exchange", "barter":
            if let at = split(["with", "for", "to"]) {
                result.append(["give"] + words[1..<at] + ["to"] + words[(at + 1)...])
            } else {
                result.append(["give"] + words.dropFirst())
            }
        case "hang":
            if let at = split(["from", "on", "onto", "over", "at", "to", "in", "off"]) {
                result.append(["put"] + words[1..<at] + ["on"] + words[(at + 1)...])
            }
        case "leave", "put", "place", "lay", "set", "drop":
            let small = verb == "leave" ? leavingHolders : puttingHolders
            if let at = split(small.words) {
                let holder = words[(at + 1)...].drop { $0 == "to" }
                guard !holder.isEmpty else { break }
                result.append(["put"] + words[1..<at] + [["in", "into"].contains(words[at]) ? "in" : "on"] + holder)
            }
        case "paint", "colour", "color":
            if let at = split(["with", "using"]) {
                result.append(["use"] + words[(at + 1)...] + ["on"] + words[1..<at])
            } else if words.count >= 3, let last = words.last, colours.contains(last) {
                // `paint the sheet red`: paint the sheet.
                result.append([verb] + words[1..<(words.count - 1)])
            }
        case "report" where words[1] != "to":
            // `report contact with the russians`: the story's `on report`.
            result.append(["report"])
        case "toast":
            // `toast the meeting`: the story's `on toast`.
            result.append(["toast"])
        case "drink" where words[1] == "to" || words[1] == "with":
            // `drink to the meeting` is a toast; `drink with the workers` is a drink.
            result.append(words[1] == "to" ? ["toast"] : ["drink"])
        default:
            break
        }
        return withSchoolEnglish(result + moreReadings(words) + wayReadings(words), of: words)
    }
}

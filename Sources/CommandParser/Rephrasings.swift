/// Other ways of reading what students type, tried by the story's actions and the built-in verbs
/// alike, so `on give {cigarettes} to {sergeant}` also catches `trade cigarettes with sergeant`:
///
/// - `ask X for Y`, `ask X if Y`, `ask X whether Y` → `ask X about Y`;
///   `ask X his name`, `ask X what her name is` → `ask X about name`;
/// - `swap|trade|exchange X with|for Y` → `give X to Y` (`swap X` → `give X`, which asks to whom);
/// - `hang X from|on|over Y` → `put X on Y`;
/// - `leave X by|at|near|beside|next to|on Y`, `put X by Y` → `put X on Y` (`leave X in Y` → `put X in Y`);
/// - `paint X with Y` → `use Y on X`.
public enum Rephrasings {
    /// Verbs that only rephrasings give a meaning; the parser knows them in every story.
    static let verbs: Set<String> = ["swap", "trade", "exchange", "barter", "hang", "leave", "lay", "paint", "colour",
                                     "color", "using"]

    static func readings(_ words: [String]) -> [[String]] {
        guard let verb = words.first, words.count >= 2 else { return [] }
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
            if words.last == "name" || words.suffix(2) == ["name", "is"],
               let at = words.indices.dropFirst(2).first(where: { ["his", "her", "their", "your", "what", "whats", "what's", "for", "name"].contains(words[$0]) }) {
                result.insert(["ask"] + words[1..<at] + ["about", "name"], at: 0)
            }
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
            let small: Set<String> = verb == "leave" ? ["by", "near", "beside", "next", "at", "on", "onto", "in", "into", "under", "against"]
                : ["by", "near", "beside", "next", "against"]
            if let at = split(small) {
                let holder = words[(at + 1)...].drop { $0 == "to" }
                guard !holder.isEmpty else { break }
                result.append(["put"] + words[1..<at] + [["in", "into"].contains(words[at]) ? "in" : "on"] + holder)
            }
        case "paint", "colour", "color":
            if let at = split(["with", "using"]) {
                result.append(["use"] + words[(at + 1)...] + ["on"] + words[1..<at])
            }
        default:
            break
        }
        return result
    }
}

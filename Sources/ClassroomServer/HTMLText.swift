/// Text made safe to put in HTML: every story text, player name and command goes through here
/// before it reaches a page.
enum HTMLText {
    /// Escapes the five characters that can change the meaning of HTML text or an attribute.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// The items of a `nouns` list with several words in one item (`nouns tv, press conference`): the
/// last word of each item is the noun, the words before it describe it. The blind Berlin author
/// (session 27) wrote `nouns press conference` and `nouns woman, west berliner` and meant one noun
/// each; read word by word they made `press` and `west` nouns, so the verb "presses" in another
/// text was a noun the player could not use and "West Berlin" named the woman. The words before
/// the noun are what `adjectives` would make of them: `talk to the west berliner` still works,
/// and the last word alone names the thing.
enum NounItems {
    /// The commas on the line: one fewer than the items of a list.
    static func commas(in line: Line) -> Int {
        var text = line.text
        return text.withUTF8 { bytes in bytes.reduce(0) { $0 + ($1 == 0x2C ? 1 : 0) } }
    }

    /// The nouns (the last word of each item) and the describing words (the words before it).
    static func split(_ list: String) -> (nouns: [String], describing: [String]) {
        var nouns: [String] = [], describing: [String] = []
        for item in list.split(separator: ",") {
            let words = Parser.phraseWords(String(item))
            guard let noun = words.last else { continue }
            nouns.append(noun)
            describing += words.dropLast()
        }
        return (nouns, describing)
    }
}

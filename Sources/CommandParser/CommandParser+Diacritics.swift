/// Letters with diacritics typed where the story spells the word without them: `cześć` for the
/// story's `czesc`, `dzięki`, `danke schön` (the forty-fourth blind run: "I don't know the word
/// 'cześć'. Did you mean 'czesc'?"). A word the story knows as typed (`kühren`) is kept.
extension CommandParser {
    /// Plain letters for the accented letters of Polish, German, French and Russian transliteration.
    static let plainLetters: [Character: String] = [
        "ą": "a", "ć": "c", "ę": "e", "ł": "l", "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z",
        "ä": "a", "ö": "o", "ü": "u", "ß": "ss", "é": "e", "è": "e", "ê": "e", "ë": "e", "à": "a",
        "â": "a", "á": "a", "ç": "c", "î": "i", "ï": "i", "í": "i", "ô": "o", "ò": "o", "ù": "u",
        "û": "u", "ú": "u", "ñ": "n", "č": "c", "š": "s", "ž": "z", "ř": "r", "ý": "y", "ě": "e",
    ]

    /// The word with its accented letters made plain, when it has any and the story knows that
    /// spelling but not the one typed; nil otherwise.
    /// - Complexity: O(1) for a word of ASCII letters only (most words).
    func plainSpelling(of word: String) -> String? {
        guard !Self.isASCII(word), !vocabulary.knows(word) else { return nil }
        let plain = String(word.flatMap { Self.plainLetters[$0] ?? String($0) })
        return plain != word && vocabulary.knows(plain) ? plain : nil
    }
}

import StoryModel

/// Words students type in every sentence, read as the words the parser knows (eleventh blind
/// play-test): contractions with or without the apostrophe (`thats`, `i'm`, `cant`, `isnt`,
/// `youre`), typos of small words (`teh`, `adn`, `waht`, `yuo`) and abbreviated ranks (`lt
/// kotzebue`, `sgt brennan`). Applied with the chat spellings (`withoutChatSpelling`), before
/// anything else reads the words, and never to a word the story uses as a noun or a verb of its
/// own (`on dont drink` keeps `dont`).
///
/// `its` is the possessive (an article) except first in a sentence or after `yes`, `no`, `ok`
/// (`its not far`, `yes its far`), where it is `it is`; `lets` and `let's` are left to the
/// parser, which drops them before a command (`lets go east`).
extension CommandParser {
    static let normalForms: WordTable<[String]> = [
        // Contractions, typed with or without the apostrophe.
        "thats": ["that", "is"], "that's": ["that", "is"], "im": ["i", "am"], "i'm": ["i", "am"],
        "cant": ["can", "not"], "can't": ["can", "not"], "dont": ["do", "not"], "don't": ["do", "not"],
        "it's": ["it", "is"], "wont": ["will", "not"], "won't": ["will", "not"], "isnt": ["is", "not"],
        "isn't": ["is", "not"], "didnt": ["did", "not"], "didn't": ["did", "not"], "youre": ["you", "are"],
        "you're": ["you", "are"], "arent": ["are", "not"], "aren't": ["are", "not"], "wasnt": ["was", "not"],
        "wasn't": ["was", "not"], "doesnt": ["does", "not"], "doesn't": ["does", "not"], "havent": ["have", "not"],
        "haven't": ["have", "not"], "hasnt": ["has", "not"], "hasn't": ["has", "not"], "couldnt": ["could", "not"],
        "couldn't": ["could", "not"], "wouldnt": ["would", "not"], "wouldn't": ["would", "not"],
        "shouldnt": ["should", "not"], "shouldn't": ["should", "not"], "theyre": ["they", "are"],
        "they're": ["they", "are"], "ive": ["i", "have"], "i've": ["i", "have"], "theres": ["there", "is"],
        "there's": ["there", "is"], "weve": ["we", "have"], "we've": ["we", "have"], "cannot": ["can", "not"],
        "dunno": ["do", "not", "know"], "idk": ["i", "do", "not", "know"],
        // Fourteenth blind play-test: `we're going to torgau`, `he's hurt`, `who's that`.
        "we're": ["we", "are"], "he's": ["he", "is"], "she's": ["she", "is"], "who's": ["who", "is"], "whos": ["who", "is"],
        "i'll": ["i", "will"], "we'll": ["we", "will"], "you'll": ["you", "will"], "they'll": ["they", "will"],
        "i'd": ["i", "would"], "we'd": ["we", "would"], "you've": ["you", "have"], "youve": ["you", "have"],
        "they've": ["they", "have"], "theyve": ["they", "have"], "weren't": ["were", "not"], "werent": ["were", "not"],
        "hadn't": ["had", "not"], "hadnt": ["had", "not"], "ain't": ["is", "not"], "aint": ["is", "not"],
        // Typos of small words.
        "teh": ["the"], "hte": ["the"], "th": ["the"], "adn": ["and"], "nad": ["and"], "waht": ["what"],
        "whta": ["what"], "hwat": ["what"], "yuo": ["you"], "yoy": ["you"], "taht": ["that"], "wiht": ["with"],
        "wtih": ["with"], "htis": ["this"], "thsi": ["this"], "whre": ["where"], "wehre": ["where"],
        "hwo": ["how"], "jsut": ["just"], "fo": ["of"], "ot": ["to"],
        // Words that add nothing a command needs: `mr jackson is this staged`, `r u ok mister`,
        // `lets just go back` (the twenty-fourth blind run: "I don't know the word 'mr'").
        "mr": [], "mister": [], "just": [],
        // German words a student at a German school types when the English escapes them (the
        // sixty-second blind run: "I don't know the word 'ja'. Did you mean 'ca' or 'na'?").
        "ja": ["yes"], "nein": ["no"], "hilfe": ["help"], "danke": ["thanks"], "bitte": ["please"], "hallo": ["hello"],
        // `kein kommentar` (the sixty-fourth: it had told the reporter everything).
        "kein": ["no"], "keine": ["no"], "kommentar": ["comment"], "tschuss": ["bye"], "tschüss": ["bye"], "nimm": ["take"],
        // German verbs of the sixty-fourth run's brief (`stell das radio auf`, `funk`, `rudern`): their English.
        "stell": ["put"], "stelle": ["put"], "malen": ["paint"], "male": ["paint"], "funk": ["radio"],
        "funken": ["radio"], "rudern": ["row"], "rudere": ["row"], "schlafen": ["sleep"], "schlaf": ["sleep"],
        "geh": ["go"], "gehe": ["go"], "gehen": ["go"], "schau": ["look"], "nehmen": ["take"], "nehme": ["take"],
        "warte": ["wait"], "warten": ["wait"], "trink": ["drink"], "trinken": ["drink"], "gib": ["give"], "geben": ["give"],
        "hinweis": ["hint"], "tipp": ["hint"],
        // `geh nach osten` (session 36's German student: "I don't know the word 'nach'").
        "nach": [], "osten": ["east"], "westen": ["west"], "norden": ["north"], "süden": ["south"], "sueden": ["south"],
        "suden": ["south"],
        // Spanish words a student learning English types when the English does not come (the
        // sixty-eighth blind run: `mirar mapa`, `ayuda`, `si, show us` "Did you mean 'se' or 'sip'?").
        "si": ["yes"], "sí": ["yes"], "ayuda": ["help"], "ayudame": ["help"], "ayúdame": ["help"], "mirar": ["look"],
        "mira": ["look"], "coger": ["take"], "coge": ["take"], "tomar": ["take"], "toma": ["take"], "agarrar": ["take"],
        "gracias": ["thanks"], "hola": ["hello"], "adios": ["bye"], "adiós": ["bye"], "dormir": ["sleep"], "duerme": ["sleep"],
        "esperar": ["wait"], "espera": ["wait"], "leer": ["read"], "lee": ["read"], "pista": ["hint"],
        "sur": ["south"], "oeste": ["west"], "hablar": ["talk"], "habla": ["talk"], "dar": ["give"], "dale": ["give"],
        "usar": ["use"], "abrir": ["open"], "abre": ["open"], "examinar": ["examine"], "beber": ["drink"], "bebe": ["drink"],
        "comer": ["eat"], "nadar": ["swim"], "escuchar": ["listen"], "gritar": ["shout"], "mapa": ["map"],
        "bandera": ["flag"], "puente": ["bridge"], "rio": ["river"], "río": ["river"], "barco": ["boat"], "bote": ["boat"],
        "inventario": ["inventory"], "diario": ["journal"], "ahora": ["now"], "donde": ["where"],
        // `ask belousovitch to take a foto` (session 36's student; German spells it so too).
        "foto": ["photo"], "fotos": ["photos"], "fotografia": ["photo"], "fotografía": ["photo"], "fotografie": ["photo"],
        "dónde": ["where"], "quien": ["who"], "quién": ["who"], "que": ["what"], "qué": ["what"],
        // Ranks, abbreviated.
        "lt": ["lieutenant"], "lieut": ["lieutenant"], "sgt": ["sergeant"], "sarge": ["sergeant"], "capt": ["captain"],
        "cpt": ["captain"], "col": ["colonel"], "maj": ["major"], "cpl": ["corporal"], "pvt": ["private"],
    ]

    /// The words this word stands for at this place in the command, or nil to keep it.
    func normalForm(of word: String, at index: Int, in words: [String]) -> [String]? {
        if word == "its" || word == "it's" {
            // `its not far`, `yes its far`: it is; `take its strap`: the possessive.
            let opensSentence = index == 0 || ["yes", "yeah", "yep", "no", "nope", "ok", "okay", "well", "but", "and", "so", "oh"].contains(words[index - 1])
            return opensSentence || word == "it's" ? ["it", "is"] : nil
        }
        // A word the story knows keeps its meaning: `sarge` names Brennan, `dont` starts `on dont drink`.
        guard let meaning = Self.normalForms[word], !vocabulary.knows(word) else { return nil }
        // `can't` after the first word where the story's patterns say `cant` or `cannot`: the
        // story's spelling, which it knows, since the story's patterns and the words are matched
        // with every contraction after the first word in full (`Synonyms.canonical`).
        if index > 0, meaning.count > 1, let spellings = Self.contractionSpellings[meaning.joined(separator: " ")],
           let known = spellings.first(where: vocabulary.knows) {
            return [known]
        }
        return meaning
    }

    /// The ways to type each contraction of `normalForms`, by its meaning: `can not` is typed
    /// `cant`, `can't` or `cannot` (in alphabetical order, so the same one is chosen every time).
    static let contractionSpellings: [String: [String]] = {
        var spellings: [String: [String]] = [:]
        for word in normalForms.keys {
            guard let meaning = normalForms[word], meaning.count > 1 else { continue }
            spellings[meaning.joined(separator: " "), default: []].append(word)
        }
        return spellings.mapValues { $0.sorted() }
    }()
}

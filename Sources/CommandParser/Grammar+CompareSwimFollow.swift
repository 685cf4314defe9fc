import StoryModel

extension Grammar {
    /// `compare X with Y`, `swim (across the river)`, `follow X`, and greetings in the languages
    /// of the people a player meets (`bonjour marcel`, `privet`, `dobry den`), which are `hello`.
    /// `can i come with you` is `accompany` (CommandParser+Vocatives.swift). Default replies in
    /// Engine+CompareSwimFollow.swift.
    static let compareSwimFollowLines: [(String, BuiltInVerb)] = [
        ("compare {any} with {any}|compare {any} to {any}|compare {any} and {any}|compare {any} against {any}|check {any} against {any}|compare {any}|compare", .compare),
        ("swim|swim {text}|go swimming|go for swim|bathe|bathe {text}", .swim),
        ("follow {any}|follow", .follow),
        ("bonjour {person}|bonjour|hallo {person}|hallo|hola {person}|hola|privet {person}|privet|tovarish {person}|tovarishch {person}|tovarisch {person}|comrade {person}|ciao {person}|ciao|salut {person}|salut|servus {person}|servus|dobry den {person}|dobry den|dobryden {person}|dobryden|dzien dobry {person}|dzien dobry|guten tag {person}|guten tag|zdravstvuyte {person}|zdravstvuyte|hey|howdy|greetings {person}|greetings|good morning {person}|good morning|good evening {person}|good evening|good afternoon {person}|good afternoon|morning {person}|mornin {person}|evening {person}|afternoon {person}", .talk),
    ]
}

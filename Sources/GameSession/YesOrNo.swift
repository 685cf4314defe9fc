/// An answer to a yes/no question the game asks ("Are you sure you want to stop playing?"), read
/// as a player types it: `yep`, `yeah`, `sure`, `ok` are yes; `nope`, `nah`, `cancel` are no; a
/// line that is neither is no answer, and the question is asked again (Inform's "Please answer
/// yes or no."). A blind student's `yep` at the restart question had been taken as no.
public enum YesOrNo: Sendable, Equatable {
    case yes, no

    static let yesWords: Set<String> = ["y", "yes", "yep", "yeah", "yea", "ya", "yah", "yup", "yessir", "sure", "ok", "okay", "k",
                                        "aye", "affirmative", "certainly", "definitely", "absolutely", "please", "pls", "go",
                                        // The words of a class whose first language is another (a blind German student's
                                        // `ja` was "Please answer yes or no.", session 34).
                                        "ja", "jawohl", "jo", "oui", "si", "sí", "da"]
    static let noWords: Set<String> = ["n", "no", "nope", "nah", "nay", "negative", "cancel", "never", "dont", "don't", "stop",
                                       "wait", "keep", "continue", "back", "nein", "non", "nee", "net"]

    /// The answer a typed line gives, from its first word; nil when it is neither yes nor no.
    ///
    ///     YesOrNo(answer: "Yep!")          // .yes
    ///     YesOrNo(answer: "nah keep going") // .no
    ///     YesOrNo(answer: "look")           // nil
    /// The same where a no loses something (`Continue where you left off?`): only a plain `no`
    /// is no; `wait what`, `keep`, `back` are asked again (a blind student's `wait what` there
    /// began a new game, session 34), and `continue` is yes.
    public init?(carefulAnswer answer: String) {
        let word = answer.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map(String.init) ?? ""
        if word == "continue" { self = .yes; return }
        guard let said = YesOrNo(answer: answer) else { return nil }
        if said == .no, !Self.plainNoWords.contains(word) { return nil }
        self = said
    }

    static let plainNoWords: Set<String> = ["n", "no", "nope", "nah", "nay", "negative", "never", "nein", "non", "nee", "net"]

    public init?(answer: String) {
        let word = answer.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).first.map(String.init) ?? ""
        if Self.yesWords.contains(word) {
            self = .yes
        } else if Self.noWords.contains(word) {
            self = .no
        } else {
            return nil
        }
    }
}

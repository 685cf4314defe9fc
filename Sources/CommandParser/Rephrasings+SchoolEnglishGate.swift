extension Rephrasings {
    /// The subjects `schoolEnglishReadings(_:)` reads after a verb or last (`go we east`, `the
    /// radio take i`).
    static let schoolEnglishSubjects: WordSet = ["i", "we"]

    /// The verbs `askedInSchoolEnglish(_:)` reads first (`ask X after Y`, `tell X from Y`).
    static let schoolEnglishAskingVerbs: WordSet = ["ask", "tell"]

    /// False when `schoolEnglishReadings(_:)` has no reading of the words: none of its verbs
    /// first, and no `i` or `we` second or last. Most commands are ruled out by three word
    /// numbers, without the readings' comparisons and lists (docs/performance.md, "Per command,
    /// fifteenth round").
    static func mayBeSchoolEnglish(_ words: [String]) -> Bool {
        guard words.count >= 2, let last = words.last else { return false }
        return schoolEnglishVerbs.contains(words[0]) || schoolEnglishSubjects.contains(words[1])
            || schoolEnglishSubjects.contains(last)
    }

    /// False when `askedInSchoolEnglish(_:)` reads nothing in the words: fewer than three
    /// (`ask after berlin`), or neither `ask` nor `tell` first.
    static func mayBeAskedInSchoolEnglish(_ words: [String]) -> Bool {
        words.count >= 3 && schoolEnglishAskingVerbs.contains(words[0])
    }
}

extension Rephrasings {
    /// The readings with `schoolEnglishReadings(_:)` of the words after them: the list as it is
    /// when there are none, rather than a copy joined with an empty one.
    static func withSchoolEnglish(_ readings: [[String]], of words: [String]) -> [[String]] {
        guard mayBeSchoolEnglish(words) else { return readings }
        let school = schoolEnglishReadings(words)
        return school.isEmpty ? readings : readings + school
    }
}

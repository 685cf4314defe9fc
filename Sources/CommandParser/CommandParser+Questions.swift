extension CommandParser {
    /// Words that start a question rather than a command.
    static let questionWords: WordSet = ["what", "where", "who", "why", "how", "whats", "what's", "wheres", "where's",
                                             "is", "are", "can", "could", "do", "does", "did", "should", "would", "will", "am"]

    /// What students type as questions, read as the command they mean: `where am i` is `look`,
    /// `what do i have` is `inventory`, `what do i do` is `hint`, `who is brennan` is
    /// `examine brennan`. Nil when the words are not such a question.
    static func commandForQuestion(_ words: [String]) -> [String]? {
        let words = words.contains(where: { questionFillerWords.contains($0) }) ? words.filter { !questionFillerWords.contains($0) } : words
        // The first word alone rules out most commands: every question below starts with one of
        // `questionStarts`, and a whole question of the table with one of `questionFirstWords`.
        guard let first = words.first else { return questionCommands[words] }
        guard questionStarts.contains(first) else { return nil }
        if questionFirstWords.contains(first), let command = questionCommands[words] { return command }
        // `do i have chocolate`, `have i the orders` (German word order): what the player carries
        // answers (the sixty-third blind run asked Ferris instead). `do we have any flares` stays a
        // question to the people here.
        if let opening = possessionQuestions.first(openingOf: words, where: { words.count > $0.count }),
           words[opening.count] != "to" { return ["inventory"] }
        // `where are you from`, `what do you think`, `how are you`: a question to the person here.
        if Rephrasings.questionWords.contains(first), words.contains(where: { $0 == "you" || $0 == "your" }) {
            let topic = Rephrasings.topic(Array(words.dropFirst()))
            return topic.isEmpty ? ["hello"] : ["ask", "about"] + topic
        }
        if words.dropFirst().allSatisfy(Self.vagueWords.contains) || words.dropFirst(2).allSatisfy(Self.vagueWords.contains) { return nil }
        // `whats the bridge like`, `what is the bridge like`: examine the bridge.
        let described = words.last == "like" && words.count >= 3 ? Array(words.dropLast()) : words
        if described.count >= 2, ["whos", "who's", "whats", "what's"].contains(described[0]) {
            return ["examine"] + described.dropFirst()
        }
        if described.count >= 3, ["who", "what"].contains(described[0]), ["is", "are", "was", "were"].contains(described[1]) {
            return ["examine"] + described.dropFirst(2)
        }
        return nil
    }

    /// The first words of `questionCommands`' questions (`QuestionCommandsTests` checks them
    /// against the table). Written out, so that a command that starts with none of them (`quit`,
    /// `north`) no longer makes the whole table at its first use, half a million instructions of
    /// start-up (docs/performance.md, "Start-up, twenty-third round").
    static let questionFirstWords: WordSet = [
        "am", "bored", "boring", "confused", "do", "don't", "dont", "dunno", "how", "i", "im", "it's", "its", "lost", "so",
        "this", "what", "what's", "whats", "where", "wheres", "which", "who", "who's", "whos",
    ]

    /// The words any question `commandForQuestion` reads starts with: the table's first words,
    /// the question words, and `whos`, `whats`, `who`, `what` (`whats the bridge like`).
    static let questionStarts = WordSet(questionFirstWords.union(Rephrasings.questionWords)
        .union(["whos", "who's", "whats", "what's", "who", "what"]))

    /// Whole questions and the command each means, looked up at once (a `switch` over array
    /// literals built and compared all of them for every command typed).
    static let questionCommands: [[String]: [String]] = {
        let table: [([String], [[String]])] = [
            (["look"], [["where", "am", "i"], ["where", "are", "we"], ["where", "is", "this"], ["what", "is", "this", "place"],
                ["what", "place", "is", "this"], ["where", "i", "am"], ["wheres", "this"], ["what", "is", "here"],
                ["what", "can", "i", "see"], ["what", "is", "around"]]),
            (["inventory"], [["what", "do", "i", "have"], ["what", "am", "i", "carrying"], ["what", "have", "i", "got"],
                ["what", "am", "i", "holding"], ["what", "do", "i", "carry"], ["what", "is", "in", "my", "pockets"],
                ["what", "have", "i"], ["what", "i", "have"], ["what", "i", "carry"], ["what", "i", "got"]]),
            (["hint"], [["what", "do", "i", "do"], ["what"], ["what", "should", "i", "do"], ["what", "next"],
                ["what", "can", "i", "do"], ["what", "do", "i", "need", "to", "do"], ["what", "now"], ["what", "do", "we", "do"],
                ["how", "do", "i", "win"], ["what", "is", "my", "goal"], ["what", "am", "i", "supposed", "to", "do"],
                ["i", "am", "stuck"], ["im", "stuck"], ["am", "stuck"], ["what", "are", "we", "supposed", "to", "do"],
                ["what", "should", "we", "do"], ["what", "is", "plan"], ["whats", "plan"],
                // `idk what to do`, `im lost` (the thirty-second blind run: "You shrug. He lets it
                // go."), as the parser reads them: without the leading `i`.
                ["do", "not", "know", "what", "to", "do"], ["dont", "know", "what", "to", "do"], ["don't", "know", "what", "to", "do"],
                ["do", "not", "know", "what", "do"], ["dont", "know", "what", "do"], ["dunno", "what", "to", "do"],
                ["do", "not", "know", "where", "to", "go"], ["dont", "know", "where", "to", "go"], ["am", "lost"], ["lost"],
                ["what", "to", "do"], ["what", "do", "i", "do", "next"], ["what", "do", "we", "do", "next"],
                // `im confused` (a blind author's Christmas truce, session 13: "Jack nods as you say so.").
                ["am", "confused"], ["confused"], ["am", "so", "confused"], ["am", "very", "confused"], ["am", "so", "lost"],
                ["am", "totally", "lost"], ["am", "completely", "lost"],
                // Without the `do` (the sixty-eighth blind run, learning English: `what i do now?` was
                // not understood at the start and talked to Karpovich at Lorenzkirch).
                ["what", "i", "do"], ["what", "i", "should", "do"], ["what", "i", "can", "do"], ["what", "i", "must", "do"],
                ["what", "i", "have", "to", "do"], ["what", "i", "need", "to", "do"], ["what", "we", "do"],
                ["what", "i", "do", "next"], ["what", "i", "doing"], ["what", "must", "i", "do"], ["what", "i", "supposed", "to", "do"],
                // `this is boring`, `im bored`: the way on, not "Ortiz nods as you say so." (a blind
                // student, session 39); `that sucks`, said of what someone told, is still said to them.
                ["boring"], ["so", "boring"], ["bored"], ["so", "bored"], ["am", "bored"], ["am", "so", "bored"], ["im", "bored"],
                ["im", "so", "bored"], ["this", "is", "boring"], ["this", "is", "so", "boring"], ["this", "game", "is", "boring"],
                ["its", "boring"], ["it's", "boring"], ["its", "so", "boring"], ["this", "is", "stupid"], ["this", "game", "is", "stupid"],
                ["this", "game", "sucks"], ["this", "is", "dumb"], ["this", "is", "hard"], ["this", "is", "too", "hard"],
                ["this", "is", "confusing"], ["this", "is", "so", "confusing"], ["this", "game", "is", "hard"]]),
            // `whats my name` (a blind student, session 37: "Whom do you want to ask about my name?").
            (["examine", "me"], [["who", "am", "i"], ["who", "i", "am"], ["who", "i", "be"], ["who", "is", "me"], ["who", "are", "me"],
                ["whats", "my", "name"], ["what's", "my", "name"], ["what", "is", "my", "name"], ["what", "am", "i", "called"]]),
            (["ask", "him", "about", "name"], [["whats", "his", "name"], ["what's", "his", "name"],
                ["what", "is", "his", "name"], ["whats", "he", "called"], ["who", "is", "he"], ["whos", "he"], ["who's", "he"]]),
            (["ask", "her", "about", "name"], [["whats", "her", "name"], ["what's", "her", "name"],
                ["what", "is", "her", "name"], ["whats", "she", "called"], ["who", "is", "she"], ["whos", "she"],
                ["who's", "she"]]),
            (["ask", "about", "name"], [["who", "are", "you"], ["whats", "your", "name"], ["what's", "your", "name"],
                ["what", "is", "your", "name"], ["who", "are", "they"], ["whats", "their", "name"], ["what's", "their", "name"]]),
            (["exits"], [["where", "can", "i", "go"], ["which", "way"], ["where", "to"], ["where", "do", "i", "go"]]),
        ]
        var commands: [[String]: [String]] = [:]
        for (command, questions) in table {
            for question in questions where commands[question] == nil { commands[question] = command }
        }
        return commands
    }()

    /// Openings of a question whether the player carries a thing: `do i have X`.
    static let possessionQuestions = Openings([
        ["do", "i", "have"], ["do", "i", "still", "have"], ["have", "i", "got"], ["have", "i"], ["am", "i", "carrying"],
        ["am", "i", "holding"], ["do", "i", "carry"], ["do", "i", "hold"], ["did", "i", "take"], ["did", "i", "bring"],
    ])

    /// Words that leave a question too vague to read as a command ("what is this", "what is going on").
    static let vagueWords: WordSet = ["this", "that", "it", "here", "there", "happening", "going", "on", "up", "the", "a", "an"]
}

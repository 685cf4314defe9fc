import CommandParser
import StoryModel

/// `yes` and `no` right after a person proposed something: "Well?" Polowsky says. "Will you
/// promise?" — `yes` then does what was proposed (`promise`), `no` declines it (the story's
/// `refuse` action, or a polite refusal). With no proposal, `yes` and `no` keep their usual replies.
extension Engine {
    /// The command a person proposed in the turn's last spoken words: the words after "will you",
    /// "do you want to", "shall we", "we ought to", "let's", … in the last quoted sentence that has
    /// one. Nil when there is none.
    func proposal(in turn: Turn) -> [String]? {
        // The last paragraph with a quotation mark, found from the end (no list of the paragraphs).
        // Each output read in place (Output+Peek.swift).
        var quoting: String?
        for index in turn.outputs.indices.reversed() {
            if let text = turn.outputs[index].paragraphText, Self.hasQuotationMark(text) {
                quoting = text
                break
            }
        }
        guard let text = quoting else { return nil }
        // The quoted parts, in order.
        var spoken: [String] = []
        var current: String?
        for character in text {
            // Any ASCII character but `"` is neither mark: appended without comparing it with each.
            if let ascii = character.asciiValue, ascii != 0x22 {
                current?.append(character)
                continue
            }
            if character == "“" || (character == "\"" && current == nil) {
                current = ""
            } else if character == "”" || character == "\"" {
                if let quoted = current { spoken.append(quoted) }
                current = nil
            } else {
                current?.append(character)
            }
        }
        let sentences = spoken.flatMap { quoted in quoted.split { $0 == "." || $0 == "!" || $0 == "?" }.map(String.init) }
        let openings: [[String]] = [["do", "you", "want", "to"], ["would", "you", "like", "to"], ["are", "you", "going", "to"],
                                    ["we", "ought", "to"], ["why", "don't", "we"], ["how", "about", "we"], ["will", "you"],
                                    ["would", "you"], ["won't", "you"], ["shall", "we"], ["will", "we"], ["we", "should"],
                                    ["let's"], ["lets"], ["let", "us"]]
        for sentence in sentences.reversed() {
            let lowered = sentence.lowercased()
            // ASCII words split on their bytes (a letter is `a`…`z`, `A`…`Z` there), without
            // asking each Character whether it is a letter; any other sentence by Characters.
            let words: [String]
            if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
                words = lowered.utf8.split(whereSeparator: Self.separatesASCIIWords).map { String(decoding: $0, as: UTF8.self) }
            } else {
                words = lowered.split { !$0.isLetter && $0 != "'" && $0 != "’" }.map { $0.replacingApostrophes() }
            }
            for opening in openings where words.count > opening.count {
                guard let at = (0...(words.count - opening.count)).first(where: { words[$0..<($0 + opening.count)].elementsEqual(opening) })
                else { continue }
                let rest = Array(words[(at + opening.count)...].prefix(6))
                if !rest.isEmpty { return rest }
            }
        }
        return nil
    }

    /// True for an ASCII byte that is neither a letter nor `'`: what ends a word of a proposal.
    private static func separatesASCIIWords(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return !(lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) && byte != UInt8(ascii: "'")
    }

    /// True when the text has `"` or `“`. Its UTF-8 bytes are looked through first: a text without
    /// the byte of `"` or the three of `“` has neither, and most of a turn's paragraphs have none
    /// (asked after every turn, for every paragraph back to the last quotation).
    static func hasQuotationMark(_ text: String) -> Bool {
        // A native string's bytes in place, one comparison a byte for most of them.
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            var index = 0
            while index < bytes.count {
                // Eight bytes at a time while none is `"` or 0x9C, the last byte of `“`.
                if index + 8 <= bytes.count, case let word = EightBytes.load(bytes, at: index),
                   !EightBytes.has(0x22, in: word), !EightBytes.has(0x9C, in: word) {
                    index += 8
                    continue
                }
                if bytes[index] == 0x22 || (bytes[index] == 0x9C && index >= 2 && bytes[index - 1] == 0x80 && bytes[index - 2] == 0xE2) {
                    return true
                }
                index += 1
            }
            return false
        }) {
            return found && (text.contains("\"") || text.contains("“"))
        }
        var (beforeLast, last): (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x22 || (byte == 0x9C && last == 0x80 && beforeLast == 0xE2) {
                return text.contains("\"") || text.contains("“")
            }
            (beforeLast, last) = (last, byte)
        }
        return false
    }

    /// Answers `yes` or `no` to the last proposal; false when nothing was proposed.
    func answerProposal(_ yes: Bool, state: inout GameState, turn: inout Turn) -> Bool {
        guard let proposal = state.proposal else { return false }
        state.setProposal(nil)
        var memo: SearchMemo? = nil
        if yes {
            guard let command = proposedCommand(proposal, state: state)?.words else {
                say(askedHere(state).map { "You nod to \(story.name(of: $0, .definite, in: state))." } ?? "You nod.", &turn)
                return true
            }
            _ = perform(words: command, on: &state, turn: &turn, memo: &memo)
        } else {
            _ = perform(words: ["refuse"], on: &state, turn: &turn, memo: &memo)
        }
        return true
    }

    /// The command `yes` carries out for a proposal: the longest start of it that is a command
    /// ("promise something" → `promise`), leaving out one that only comes back to the same
    /// question. Jack's `"Shall we go and meet them?" Jack asks.` proposes `go and meet them`,
    /// which reads as talking to Jack again and would only repeat his talk (a blind author's
    /// Christmas truce, session 13): no command, so `yes` nods to him.
    /// A command the game would refuse is none either: Lightoller's "Will you get in?" proposed
    /// `get in`, the direction `in`, which the boat deck has no exit for ("You can't go in from
    /// here.", the Titanic author, session 14); `yes` then answers as if nothing was proposed.
    /// Nil when no start of the proposal is a command that leads anywhere new.
    func proposedCommand(_ proposal: [String], state: GameState) -> (words: [String], outcome: ParseOutcome)? {
        guard !proposal.isEmpty else { return nil }
        let scope = StateScope(story: story, state: state)
        for words in (1...proposal.count).reversed().map({ Array(proposal.prefix($0)) }) {
            let outcome = parser.parse(words, scope: scope)
            guard case .commands = outcome else { continue }
            if !leadsSomewhereNew(words, proposal: proposal, state: state) { return nil }
            return (words, outcome)
        }
        return nil
    }

    /// False when carrying out the words (on a copy of the game) fails with only the game's own
    /// message ("You can't go in from here.", "That isn't possible right now.") or ends with the same proposal again: the same
    /// person's same reply, as when `meet them` talks to the one who asked.
    private func leadsSomewhereNew(_ words: [String], proposal: [String], state: GameState) -> Bool {
        var copy = state
        var turn = Turn()
        turn.rendersText = true
        var memo: SearchMemo? = nil
        let done = perform(words: words, on: &copy, turn: &turn, memo: &memo)
        // A refusal the story wrote (an exit's `else` text) is still its answer.
        if !done, !turn.outputs.contains(where: { if case .paragraph = $0 { true } else { false } }) { return false }
        return self.proposal(in: turn) != proposal
    }

    /// `oh no`, `oh yes`, `ok` (CommandParser+InterjectedAnswers.swift): the answer when a person
    /// has just proposed something or a story answer applies now, else the reaction.
    func interjectedAnswer(_ words: [String], outcome: ParseOutcome, state: GameState) -> ParseOutcome {
        guard let answer = CommandParser.interjectedAnswer(words) else { return outcome }
        if case .failure(.interjection) = outcome, state.proposal != nil {
            return parser.parse([answer], scope: StateScope(story: story, state: state))
        }
        if case .commands(let commands) = outcome, state.proposal == nil, !commands.contains(where: { command in
            guard case .action(let index, _) = command else { return false }
            return state.holds(story.actions[index].response.guardCondition)
        }) {
            return CommandParser.reactionToAnswer(words)
        }
        return outcome
    }
}

private extension Substring {
    /// The word with a typographic apostrophe made plain ("let’s" → "let's").
    func replacingApostrophes() -> String {
        // Most words have none: taken as they are, not rebuilt Character by Character.
        contains(where: { $0 == "’" }) ? String(map { $0 == "’" ? "'" : $0 }) : String(self)
    }
}

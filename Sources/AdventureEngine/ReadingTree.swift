import CommandParser
import StoryModel

/// The parser's readings of the commands a search plays, kept by what each reading asked of the
/// scope: a cache of the parser in the engine (`SearchMemo`), not a change to how commands read.
///
/// The parser is a pure function of the story, the words and what it asks the `Scope` (the
/// scene, the things in sight, the people in sight, which of a few things are in sight, whether
/// the player carries a thing, what `it`, `him` and `them` refer to). A reading is therefore the
/// same in every state that answers those questions the same way, whatever else differs: `north`
/// that asked only for the scene and the people in sight holds in every state in that scene with
/// those people; `take the lamp` that asked which lamps are in sight and whether the lamp is
/// carried holds wherever both answers are the same, whatever else lies about or is carried.
///
/// Each command's readings form a tree. A node holds the first question the parser asked that
/// its path has not answered yet; each answer leads on; a leaf holds the reading. Because the
/// parser asks its questions in an order fixed by the answers it has had so far, a state walks
/// down the tree asking only those questions, and where no branch fits its answer the parser
/// runs once and the rest of its questions become a new branch.
///
/// - Complexity: a look-up asks each question on its path once (a dictionary look-up each);
///   typically one to a dozen.
struct ReadingTree {
    /// A question to the scope, as a number: the scene, the things in sight, the three referents,
    /// the people in sight, whether thing `t` is carried (`carriedBase + t`), or which of the
    /// things of list `n` are in sight (`amongBase + n`, the lists numbered in `candidateLists`).
    enum Question {
        static let scene = 0
        static let sight = 1
        static let recentThing = 2
        static let recentPerson = 3
        static let recentGroup = 4
        static let people = 5
        static let carriedBase = 8
        static let amongBase = 1 << 30
    }

    /// For each node, its question, or -1 for a leaf.
    private var questions: [Int] = []
    /// For each node, its reading when it is a leaf.
    private var outcomes: [ParseOutcome?] = []
    /// The branches: node and answer packed in one integer (`edge(_:_:)`) → the node it leads to.
    private var edges: [Int: Int] = [:]
    /// Each command's first node, by its number (`SearchMemo.number(input:command:)`) or its words.
    private var rootsByNumber: [Int: Int] = [:]
    private var rootsByWords: [[String]: Int] = [:]
    /// Each list of referents `them` may stand for, numbered, so that an answer is one integer
    /// (empty at first: a search step makes a memo it does not use, which must cost nothing).
    private var groupNumbers: [[ThingIndex]: Int] = [:]
    /// The lists of things the parser asked which of are in sight (`Scope.visibleThings(among:)`),
    /// numbered for their question, and the answers (lists of things in sight), numbered.
    private var candidateLists: [[ThingIndex]] = []
    private var candidateNumbers: [[ThingIndex]: Int] = [:]
    private var inSightNumbers: [[ThingIndex]: Int] = [:]

    /// How many readings are kept.
    var count: Int { outcomes.count { $0 != nil } }

    /// The reading of a command in a scope, from the tree when a branch fits, else from the parser.
    /// - Parameters:
    ///   - number: stands for these words and no others (a prepared command), or nil.
    mutating func reading(of words: [String], number: Int?, in scope: SearchScope, parser: CommandParser) -> ParseOutcome {
        let root = number.map { rootsByNumber[$0] } ?? rootsByWords[words]
        guard let root else {
            let (outcome, asked) = parse(words, in: scope, parser: parser)
            let first = graft(asked[...], outcome: outcome)
            if let number { rootsByNumber[number] = first } else { rootsByWords[words] = first }
            return outcome
        }
        var node = root
        var depth = 0
        while questions[node] >= 0 {
            let question = questions[node]
            let answer = self.answer(question, in: scope)
            if let next = edges[Self.edge(node, answer)] {
                node = next
                depth += 1
                continue
            }
            // No branch for this answer: the parser asked the same questions as far as here.
            let (outcome, asked) = parse(words, in: scope, parser: parser)
            guard depth < asked.count, asked[depth].question == question, asked[depth].answer == answer else {
                assertionFailure("the parser asked other questions in the same order of answers")
                return outcome
            }
            edges[Self.edge(node, answer)] = graft(asked[(depth + 1)...], outcome: outcome)
            return outcome
        }
        return outcomes[node]!
    }

    /// Nodes for the questions after a branch, ending in a leaf with the reading; returns the first.
    private mutating func graft(_ asked: ArraySlice<(question: Int, answer: Int)>, outcome: ParseOutcome) -> Int {
        let first = questions.count
        for (question, answer) in asked {
            let node = questions.count
            questions.append(question)
            outcomes.append(nil)
            edges[Self.edge(node, answer)] = node + 1
        }
        questions.append(-1)
        outcomes.append(outcome)
        return first
    }

    /// The parser's reading, with the questions it asked in order (each once) and their answers.
    private mutating func parse(_ words: [String], in scope: SearchScope, parser: CommandParser)
        -> (ParseOutcome, [(question: Int, answer: Int)]) {
        let watched = QuestionedScope(scope, group: groupNumber(scope.scope.recentGroup))
        let outcome = parser.parse(words, scope: watched)
        // The lists asked about, numbered only now (the scope cannot reach the tree).
        var asked = watched.asked
        for (index, (question, _)) in asked.enumerated() where question < 0 {
            let (candidates, inSight) = watched.amongAsked[-question - 1]
            asked[index] = (Question.amongBase + candidateNumber(candidates), Self.number(inSight, in: &inSightNumbers))
        }
        return (outcome, asked)
    }

    /// A scope's answer to a question, as one integer.
    private mutating func answer(_ question: Int, in scope: SearchScope) -> Int {
        switch question {
        case Question.recentGroup: groupNumber(scope.scope.recentGroup)
        case Question.amongBase...:
            Self.number(scope.scope.visibleThings(among: candidateLists[question - Question.amongBase]), in: &inSightNumbers)
        default: QuestionedScope.answer(question, in: scope)
        }
    }

    private mutating func groupNumber(_ group: [ThingIndex]) -> Int {
        Self.number(group, in: &groupNumbers)
    }

    private mutating func candidateNumber(_ candidates: [ThingIndex]) -> Int {
        if let known = candidateNumbers[candidates] { return known }
        candidateLists.append(candidates)
        return Self.number(candidates, in: &candidateNumbers)
    }

    /// A list's number in a numbering, given when first met.
    private static func number(_ list: [ThingIndex], in numbers: inout [[ThingIndex]: Int]) -> Int {
        if let known = numbers[list] { return known }
        let number = numbers.count
        numbers[list] = number
        return number
    }

    /// A node and an answer in one integer (answers are small: -1 for none, else below 2³¹).
    private static func edge(_ node: Int, _ answer: Int) -> Int { node << 32 | (answer + 1) }
}

/// A scope that notes each question the parser asks of it, in order, with the answer.
private final class QuestionedScope: Scope {
    let base: SearchScope
    let group: Int
    /// The questions asked, in order, with their answers; a question below zero is
    /// `visibleThings(among:)` of the list `amongAsked[-question - 1]`, answered there.
    private(set) var asked: [(question: Int, answer: Int)] = []
    private(set) var amongAsked: [(candidates: [ThingIndex], inSight: [ThingIndex])] = []

    init(_ base: SearchScope, group: Int) {
        self.base = base
        self.group = group
    }

    static func answer(_ question: Int, in scope: SearchScope) -> Int {
        let state = scope.scope
        switch question {
        case ReadingTree.Question.scene: return state.scene
        case ReadingTree.Question.sight: return scope.sightNumber
        case ReadingTree.Question.recentThing: return state.recentThing ?? -1
        case ReadingTree.Question.recentPerson: return state.recentPerson ?? -1
        case ReadingTree.Question.people: return scope.peopleNumber
        default: return state.locations[question - ReadingTree.Question.carriedBase].isWithPlayer ? 1 : 0
        }
    }

    private func note(_ question: Int) {
        guard !asked.contains(where: { $0.question == question }) else { return }
        asked.append((question, question == ReadingTree.Question.recentGroup ? group : Self.answer(question, in: base)))
    }

    var scene: SceneIndex { note(ReadingTree.Question.scene); return base.scope.scene }
    var visibleThings: [ThingIndex] { note(ReadingTree.Question.sight); return base.scope.visibleThings }
    func isCarried(_ thing: ThingIndex) -> Bool {
        note(ReadingTree.Question.carriedBase + thing)
        return base.scope.isCarried(thing)
    }
    var recentThing: ThingIndex? { note(ReadingTree.Question.recentThing); return base.scope.recentThing }
    var recentPerson: ThingIndex? { note(ReadingTree.Question.recentPerson); return base.scope.recentPerson }
    var recentGroup: [ThingIndex] { note(ReadingTree.Question.recentGroup); return base.scope.recentGroup }
    func peopleInSight(_ story: Story) -> [ThingIndex] { note(ReadingTree.Question.people); return base.peopleInSight }
    func visibleThings(among candidates: [ThingIndex]) -> [ThingIndex] {
        if let known = amongAsked.firstIndex(where: { $0.candidates == candidates }) { return amongAsked[known].inSight }
        let inSight = base.scope.visibleThings(among: candidates)
        amongAsked.append((candidates, inSight))
        asked.append((-amongAsked.count, 0))
        return inSight
    }
    /// Fixed by the story: not a question about the state.
    func isPerson(_ thing: ThingIndex) -> Bool { base.scope.isPerson(thing) }
}


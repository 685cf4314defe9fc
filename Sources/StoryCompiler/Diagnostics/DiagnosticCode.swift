/// The stable name of each problem the compiler can report.
///
/// Codes never change meaning once published: documentation and fixtures refer to them, and
/// every code has a fixture in `Tests/StoryCompilerTests/Diagnostics/<code>.story`.
public enum DiagnosticCode: String, CaseIterable, Sendable, Codable {
    // Files
    case emptyFile = "empty-file"
    case invalidEncoding = "invalid-encoding"
    case binaryFile = "binary-file"
    case includeNotFound = "include-not-found"
    case includeCycle = "include-cycle"
    // Layout and words
    case mixedIndentation = "mixed-indentation"
    case unknownKeyword = "unknown-keyword"
    case misplacedKeyword = "misplaced-keyword"
    case unterminatedString = "unterminated-string"
    case unterminatedCondition = "unterminated-condition"
    case strayTextTag = "stray-text-tag"
    case expectedName = "expected-name"
    case expectedTitle = "expected-title"
    case expectedNumber = "expected-number"
    case expectedCondition = "expected-condition"
    case expectedWord = "expected-word"
    case unknownDirection = "unknown-direction"
    case unexpectedWords = "unexpected-words"
    case emptyBlock = "empty-block"
    case factWithoutSource = "fact-without-source"
    case nestingTooDeep = "nesting-too-deep"
    // The story as a whole
    case missingHeader = "missing-header"
    case duplicateHeader = "duplicate-header"
    case missingStoryID = "missing-story-id"
    case noScenes = "no-scenes"
    case duplicateID = "duplicate-id"
    case unknownScene = "unknown-scene"
    case unknownThing = "unknown-thing"
    case unknownFact = "unknown-fact"
    case unknownEnding = "unknown-ending"
    case unknownFlag = "unknown-flag"
    case unknownCounter = "unknown-counter"
    case wrongKind = "wrong-kind"
    // Warnings
    case factNeverUnlocked = "fact-never-unlocked"
    case duplicateExit = "duplicate-exit"
    case keywordInSentence = "keyword-in-sentence"
    case keywordInCapitals = "keyword-in-capitals"
    case unreachableHint = "unreachable-hint"
    case misindentedDescription = "misindented-description"
    case repeatedDetail = "repeated-detail"
    case detailContinued = "detail-continued"
    case unclosedQuote = "unclosed-quote"
    // Warnings found by the linter (`AuthoringTools.Linter`, run by `check`)
    case unreachableScene = "unreachable-scene"
    case deadEndScene = "dead-end-scene"
    case thingNeverInPlay = "thing-never-in-play"
    case flagNeverRead = "flag-never-read"
    case flagNeverSet = "flag-never-set"
    case counterNeverRead = "counter-never-read"
    case counterNeverChanged = "counter-never-changed"
    case endingNeverReached = "ending-never-reached"
    case noSuccessEnding = "no-success-ending"
    case indistinguishableThings = "indistinguishable-things"
    case nounNotHere = "noun-not-here"
    case personNotHere = "person-not-here"
    case pointsOverMaximum = "points-over-maximum"
    case pointsUnderMaximum = "points-under-maximum"
    case pointsAgain = "points-again"
    case thingNotMentioned = "thing-not-mentioned"
    case unansweredNounInReply = "unanswered-noun-in-reply"
    case anythingAmongTopics = "anything-among-topics"
    case hintNamesNothingHere = "hint-names-nothing-here"
    case questionSharesAnswer = "question-shares-answer"
    case wayOnNotListed = "way-on-not-listed"
    case topicWordTooCommon = "topic-word-too-common"
    case topicNeverAnswers = "topic-never-answers"
    case exitBranchGoesAnyway = "exit-branch-goes-anyway"
    case hereLineMoves = "here-line-moves"

    /// The codes the linter reports, after the compiler has built the story.
    public static let linterCodes: [DiagnosticCode] = [
        .unreachableScene, .deadEndScene, .thingNeverInPlay, .flagNeverRead, .flagNeverSet, .counterNeverRead,
        .counterNeverChanged, .endingNeverReached, .noSuccessEnding, .indistinguishableThings, .nounNotHere, .personNotHere,
        .pointsOverMaximum,
        .pointsUnderMaximum,
        .pointsAgain,
        .thingNotMentioned,
        .unansweredNounInReply,
        .anythingAmongTopics,
        .hintNamesNothingHere,
        .questionSharesAnswer,
        .wayOnNotListed,
        .topicWordTooCommon,
        .topicNeverAnswers,
        .exitBranchGoesAnyway,
        .hereLineMoves,
    ]

    /// True for a code the linter reports rather than the compiler.
    public var isFoundByLinter: Bool { Self.linterCodes.contains(self) }
}

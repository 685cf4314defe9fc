import StoryModel

/// What `verify` proved about a story: what can be reached, by which shortest command sequence,
/// and where a player can get stuck.
public struct VerificationReport: Sendable, Hashable {
    /// Something the search looked for, and the shortest way to it if it was found.
    public struct Finding: Sendable, Hashable {
        /// The id of the ending, fact or scene.
        public var id: String
        public var title: String
        /// The commands that reach it, shortest first found; nil when it cannot be reached.
        public var path: [String]?
    }

    /// A reachable state from which no success ending can be reached.
    public struct SoftLock: Sendable, Hashable {
        /// The title of the scene the player is stranded in.
        public var scene: String
        /// The shortest commands into the state.
        public var path: [String]
        /// The ways out of the scene whose guards do not hold there, with their guards: `west
        /// (only if wearing coat)`. What strands the player, most often.
        public var closedWays: [String] = []
    }

    public var storyTitle: String
    public var endings: [Finding]
    /// For each ending, true when the story counts it as a success (same order as `endings`).
    public var endingIsSuccess: [Bool]
    public var facts: [Finding]
    public var scenes: [Finding]
    /// The ways into soft-locked states (states whose shortest path passes through no other
    /// soft-locked state), shortest first.
    public var softLocks: [SoftLock]
    /// How many soft-locked states there are in all.
    public var softLockedStates: Int
    /// Actions that never ran with their guard holding, as "line N: pattern".
    public var actionsNeverRun: [String]
    /// Topics never asked with their guard holding, as "person: phrase".
    public var topicsNeverRun: [String]
    public var statesExplored: Int
    /// True when `--max-states` stopped the search: what is reported found was found, but what
    /// is reported missing or stuck was not proved.
    public var isIncomplete: Bool
    public var maxStates: Int
    /// The shortest command sequence to a success ending.
    public var shortestWin: [String]?
    /// A winning command sequence that also unlocks every fact (only when asked for; each leg
    /// from fact to fact is shortest).
    public var completeWin: [String]?
    /// Without `--drops`, the ways on whose guards need something carried that the player could
    /// leave behind (`go to the vestry (only if holding notebook)`): leaving it behind was not
    /// tried, so a soft-lock made that way is not looked for (a blind author's plain `verify`
    /// passed where `--drops` found 512 soft-locked states).
    public var dropsNotTried: [String] = []

    /// True when a success ending is reachable, every fact can be unlocked, nothing soft-locks,
    /// and the search was complete.
    public var passed: Bool {
        !isIncomplete && shortestWin != nil && facts.allSatisfy { $0.path != nil } && softLocks.isEmpty
    }
}

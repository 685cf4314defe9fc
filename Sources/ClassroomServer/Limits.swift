/// How much the server accepts, and how long it keeps an unattended game open.
public struct Limits: Sendable {
    /// The largest request body, in bytes.
    public var bodyBytes = 4096
    /// The longest command, in characters.
    public var commandCharacters = 300
    /// A game whose page has not been heard from for this long is closed (autosaved, lock
    /// released); the page pings every 20 seconds while it is open.
    public var idleSeconds: Double = 90
    /// A game whose tab said it was closing is closed after this long (a reload comes back sooner).
    public var closedTabSeconds: Double = 10
    /// How long a second tab must wait before it may take over a tab that went quiet.
    public var tabGraceSeconds: Double = 45

    public init() {}
}

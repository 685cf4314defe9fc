import Testing
@testable import SaveGames

/// `prune` keeps the newest kept games; two kept in the same second are told apart by the number
/// the second one's name ends with (a blind teacher's prune kept the older of two, session 34).
struct PruningOrderTests {
    @Test func theLaterOfTwoGamesKeptInOneSecondIsTheNewer() {
        #expect(SavePruning.sameSecondOrder("earlier game 2026-12-04-05-17-11 2") > SavePruning.sameSecondOrder("earlier game 2026-12-04-05-17-11"))
        #expect(SavePruning.sameSecondOrder("earlier game 2026-12-04-05-17-11 10") > SavePruning.sameSecondOrder("earlier game 2026-12-04-05-17-11 9"))
    }
}

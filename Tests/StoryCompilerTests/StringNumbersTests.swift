import StoryModel
import Testing

/// The table of ids and words hashed on their bytes (`StringNumbers`) numbers strings as a
/// `[String: Int32]` would: in the order first met, strings equal as `String`s as one
/// (docs/performance.md, "Compile, eighteenth round").
@Suite struct StringNumbersTests {
    private static func expectAdded(_ table: inout StringNumbers, _ string: String, _ number: Int, new: Bool,
                                    sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let added = table.add(string)
        #expect(added.number == Int32(number), sourceLocation: sourceLocation)
        #expect(added.isNew == new, sourceLocation: sourceLocation)
    }

    @Test func stringNumbersNumberInTheOrderFirstMet() {
        var table = StringNumbers()
        Self.expectAdded(&table, "room_1", 0, new: true)
        Self.expectAdded(&table, "room_2", 1, new: true)
        Self.expectAdded(&table, "room_1", 0, new: false)
        for index in 3...100 { Self.expectAdded(&table, "room_\(index)", index - 1, new: true) }
        #expect(table.number(of: "room_2") == 1)
        #expect(table.number(of: "room_101") == nil)
        #expect(table.number(of: "Room_1") == nil)
        #expect(table.strings.count == 100)
        #expect(table.strings[99] == "room_100")
    }

    @Test func stringNumbersTreatEqualStringsAsOne() {
        var table = StringNumbers()
        _ = table.add("key")
        _ = table.add("Key")
        // U+212A KELVIN SIGN is canonically "K": the same `String`, so the same number.
        #expect(table.number(of: "\u{212A}ey") == 1)
        #expect(table.number(of: "k\u{301}ey") == nil)
        // Beyond ASCII: from then on by `String` equality, precomposed or not.
        Self.expectAdded(&table, "caf\u{E9}", 2, new: true)
        Self.expectAdded(&table, "cafe\u{301}", 2, new: false)
        #expect(table.number(of: "cafe\u{301}") == 2)
        #expect(table.number(of: "key") == 0)
        Self.expectAdded(&table, "\u{212A}ey", 1, new: false)
        Self.expectAdded(&table, "door", 3, new: true)
        #expect(table.strings == ["key", "Key", "caf\u{E9}", "door"])
    }
}

import CommandParser
import Testing

/// `Vocabulary.otherNumber` lets a player type "flare" or "flares", "box" or "boxes"; an ASCII
/// word is read on its bytes, any other by characters, and both follow the same rule.
@Suite struct OtherNumberTests {
    @Test(arguments: [
        ("flower", "flowers"), ("flowers", "flower"), ("box", "boxes"), ("boxes", "box"),
        ("glass", "glasses"), ("glasses", "glass"), ("church", "churches"), ("churches", "church"),
        ("bush", "bushes"), ("bushes", "bush"), ("fez", "fezes"), ("shoes", "shoe"), ("es", "e"),
        ("s", ""), ("", "s"), ("horses", "horse"), ("vases", "vase"), ("prizes", "prize"), ("buzzes", "buzz"),
        ("houses", "house"),
        ("café", "cafés"), ("señoras", "señora"), ("crêpes", "crêpe"), ("маузер", "маузерs"),
    ])
    func aWordAndItsOtherNumber(word: String, other: String) {
        #expect(Vocabulary.otherNumber(word) == other)
    }
}

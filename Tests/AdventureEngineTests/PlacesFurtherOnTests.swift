import AdventureEngine
import Testing

/// Places one step beyond a way, and ways named after `back` (session 22): a blind author's
/// `go to the hangar` from the workshop went to the camp without a word and `enter the workshop`
/// from the flats said "You can't go in from here."; a blind student's `go back over the river`
/// on the meadow went back up to the village instead of to the boat.
@Suite struct PlacesFurtherOnTests {
    static let source = """
    story "Kitty Hawk" id kitty-hawk-further

    scene flats "The Sand Flats"
      Sand.
      exit west to camp "to the Wright camp"

    scene camp "The Wright Camp"
      Two sheds: a hangar and a workshop.
      exit east to flats "back toward the station"
      exit in to hangar "into the hangar"
      exit "enter the workshop" or "go into the workshop" to shed "into the workshop"
      exit "cross the river" or "row back" to bank "over the water"
      thing sheds "sheds"
        nouns sheds, hangar, workshop
        fixed
        Two wooden sheds.

    scene hangar "The Hangar"
      A plane.
      exit out to camp

    scene shed "The Workshop"
      Tools.
      exit out to camp

    scene bank "The Far Bank"
      Reeds.
      exit "cross the river" to camp
    """

    static func said(_ commands: String...) throws -> [String] {
        try StoryCompilerShim.texts(Self.source, commands) { output in
            switch output {
            case .heading(let title, _, _): "@" + title
            case .paragraph(let text), .error(let text): text
            default: nil
            }
        }
    }

    @Test func aPlaceOneStepBeyondNamesTheWayFirst() throws {
        let said = try Self.said("w", "enter the workshop", "go to the hangar", "out", "go to the hangar")
        #expect(said[2] == "The Hangar is not next to here: type 'out' first.")
        #expect(said[4].hasPrefix("@The Hangar"))
        let fromFlats = try Self.said("enter the workshop", "go to the workshop")
        #expect(fromFlats == ["The Workshop is not next to here: type 'west' (to the Wright camp) first.",
                              "The Workshop is not next to here: type 'west' (to the Wright camp) first."])
        // A way's summary beyond the next place names it too (`back toward the station`).
        let station = try Self.said("w", "in", "go to the station", "go to the far bank")
        #expect(station[2] == "Station is not next to here: type 'out' first.")
        #expect(station[3] == "The Far Bank is not next to here: type 'out' first.")
    }

    @Test func aWayNamedAfterBackIsThatWay() throws {
        let said = try Self.said("w", "in", "out", "go back over the river", "go back across the river", "go across the river")
        #expect(said[3].hasPrefix("@The Far Bank"))
        #expect(said[4].hasPrefix("@The Wright Camp"))
        #expect(said[5].hasPrefix("@The Far Bank"))
        // `go back` alone still goes back where the player came from.
        let back = try Self.said("w", "in", "out", "go back")
        #expect(back[3].hasPrefix("@The Hangar"))
    }
}

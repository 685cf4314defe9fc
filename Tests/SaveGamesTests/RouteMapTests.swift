import Foundation
import SaveGames
import Testing
import TestSupport

/// The route map of the Elbe story: drawn from the coordinates in `RouteMap+Elbe.swift`, shown in
/// the HTML journal and committed as `docs/teachers-route-map.svg` for the teacher's pack.
@Suite struct RouteMapTests {
    @Test("the teacher's pack shows the map the code draws (RECORD_TRANSCRIPTS=1 redraws it)")
    func docsMapIsCurrent() {
        let path = Fixtures.repositoryRoot() + "/docs/teachers-route-map.svg"
        let mismatch = Golden.compare(RouteMap.elbe.svg(), toFileAt: path)
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }

    @Test("every place of the route is on the map, inside the picture, and every route uses known places")
    func placesAndRoutes() throws {
        let map = RouteMap.elbe
        let svg = map.svg()
        for name in ["Trebsen", "Kühren", "Leckwitz", "Strehla", "Lorenzkirch", "Kreinitz", "Torgau"] {
            #expect(svg.contains(">\(name)</text>"), "\(name) is labelled")
        }
        let names = Set(map.places.map(\.name))
        #expect(map.routes.allSatisfy { $0.places.allSatisfy(names.contains) })
        let box = try #require(svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/))
        let width = try #require(Double(box.1)), height = try #require(Double(box.2))
        for match in svg.matches(of: /cx="([0-9.-]+)" cy="([0-9.-]+)"/) {
            let x = try #require(Double(match.1)), y = try #require(Double(match.2))
            #expect((0...width).contains(x) && (0...height).contains(y), "a place at \(x),\(y) is off the map")
        }
    }

    @Test("Torgau lies north-west of Strehla, and Trebsen west of both, as on any map")
    func geography() throws {
        let places = Dictionary(uniqueKeysWithValues: RouteMap.elbe.places.map { ($0.name, $0) })
        let torgau = try #require(places["Torgau"]), strehla = try #require(places["Strehla"])
        let trebsen = try #require(places["Trebsen"]), lorenzkirch = try #require(places["Lorenzkirch"])
        #expect(torgau.latitude > strehla.latitude && torgau.longitude < strehla.longitude)
        #expect(trebsen.longitude < torgau.longitude && trebsen.longitude < strehla.longitude)
        #expect(lorenzkirch.longitude > strehla.longitude, "Lorenzkirch is on the east bank, opposite Strehla")
    }

    @Test("only the Elbe story has a map")
    func named() {
        #expect(RouteMap.named("elbe") == .elbe)
        #expect(RouteMap.named("ferry") == nil)
    }

    /// A blind teacher's rehearsal: "Lorenzkirch" was cut off at the right edge, and Kotzebue's
    /// route ran through the labels of Kühren and Leckwitz (each labelled on the side the route
    /// passed).
    @Test func labelsStayInsideThePictureAndOffTheRoute() throws {
        let svg = RouteMap.elbe.svg()
        let box = try #require(svg.firstMatch(of: /viewBox="0 0 ([0-9.]+) ([0-9.]+)"/))
        let width = try #require(Double(box.1))
        for match in svg.matches(of: /<text x="([0-9.]+)" y="[0-9.]+" dx="9" dy="5">([^<]+)<\/text>/) {
            let x = try #require(Double(match.1))
            #expect(x + 9 + RouteMap.labelWidth(String(match.2)) <= width, "\(match.2) runs off the right edge")
        }
        let sides = Dictionary(uniqueKeysWithValues: RouteMap.elbe.places.map { ($0.name, $0.label) })
        #expect(sides["Kühren"] == .left, "the route leaves Kühren eastwards")
        #expect(sides["Leckwitz"] == .above, "the route passes Leckwitz from west to east")
    }
}

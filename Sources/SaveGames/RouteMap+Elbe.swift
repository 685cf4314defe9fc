extension RouteMap {
    /// The routes of "Patrol to the Elbe", 24–25 April 1945.
    ///
    /// Coordinates are the centres of today's villages and towns, approximate (to about 2 km); the
    /// rivers are simplified to a few points. Kotzebue's patrol went from Trebsen by Kühren and
    /// Leckwitz to the Strehla ferry, crossed to Lorenzkirch and back, and ferried its jeeps from
    /// Görzig to Kreinitz. Robertson's patrol went from Wurzen by Sitzenroda to Torgau (fact sheet
    /// F07–F21).
    public static let elbe = RouteMap(
        title: "The patrols of 24–25 April 1945",
        description: "A map of Saxony between the Mulde and the Elbe. Kotzebue's patrol drove east from Trebsen on the Mulde by Kühren and Leckwitz to Strehla on the Elbe, crossed to Lorenzkirch and later to Kreinitz. Robertson's patrol drove north-east from Wurzen by Sitzenroda to Torgau, about 30 km downriver.",
        places: [
            Place("Trebsen", 51.289, 12.754),
            Place("Wurzen", 51.371, 12.739),
            Place("Kühren", 51.345, 12.820, label: .left),
            Place("Sitzenroda", 51.470, 12.960, label: .left),
            Place("Leckwitz", 51.356, 13.170, label: .above),
            Place("Strehla", 51.352, 13.226, label: .below),
            Place("Lorenzkirch", 51.363, 13.254),
            Place("Görzig", 51.386, 13.215, label: .left),
            Place("Kreinitz", 51.392, 13.262),
            Place("Torgau", 51.561, 13.006),
        ],
        rivers: [
            River(name: "Mulde", points: [[51.235, 12.728], [51.289, 12.744], [51.330, 12.735], [51.371, 12.729], [51.430, 12.680]]),
            River(name: "Elbe", points: [[51.300, 13.290], [51.330, 13.255], [51.357, 13.238], [51.392, 13.245], [51.440, 13.170], [51.480, 13.110], [51.530, 13.050], [51.561, 13.016], [51.600, 12.990]]),
        ],
        routes: [
            Route(name: "Kotzebue's patrol (Part One)", places: ["Trebsen", "Kühren", "Leckwitz", "Strehla", "Lorenzkirch", "Strehla", "Görzig", "Kreinitz"], colour: "#b23a2a", dashed: false),
            Route(name: "Robertson's patrol (Part Two)", places: ["Wurzen", "Sitzenroda", "Torgau"], colour: "#2a5bb2", dashed: true),
        ])
}

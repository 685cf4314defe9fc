import Foundation

/// A small map of a story's places and routes, drawn as SVG from latitude and longitude.
///
/// The HTML journal shows it, and `docs/teachers.md` embeds the same picture
/// (`docs/teachers-route-map.svg`, checked against this code by a test). Coordinates are decimal
/// degrees (north and east positive). The projection is equirectangular, scaled by the cosine of
/// the middle latitude, which is accurate to well under one per cent over a map this size.
public struct RouteMap: Hashable, Sendable {
    /// Where a place's label goes, so that neighbouring labels do not overlap.
    public enum LabelSide: Hashable, Sendable {
        case left, right, below, above
    }

    /// About how wide a label is drawn (Georgia at 14 px, about 7.5 px a letter), to keep it inside
    /// the picture.
    public static func labelWidth(_ name: String) -> Double {
        Double(name.count) * 7.5
    }

    /// A named place, with the side its label goes on.
    public struct Place: Hashable, Sendable {
        public var name: String
        public var latitude: Double
        public var longitude: Double
        public var label: LabelSide

        public init(_ name: String, _ latitude: Double, _ longitude: Double, label: LabelSide = .right) {
            self.name = name
            self.latitude = latitude
            self.longitude = longitude
            self.label = label
        }
    }

    /// A river, as a line through points `(latitude, longitude)`.
    public struct River: Hashable, Sendable {
        public var name: String
        public var points: [[Double]]
    }

    /// A route through named places, drawn solid or dashed.
    public struct Route: Hashable, Sendable {
        public var name: String
        public var places: [String]
        public var colour: String
        public var dashed: Bool
    }

    public var title: String
    /// One sentence for screen readers and for the figure's caption.
    public var description: String
    public var places: [Place]
    public var rivers: [River]
    public var routes: [Route]

    /// The map for a story, by the story's id; nil for stories without one.
    public static func named(_ storyID: String) -> RouteMap? {
        storyID == "elbe" ? .elbe : nil
    }

    /// The SVG picture, `width` pixels wide.
    public func svg(width: Double = 640) -> String {
        let all = places.map { [$0.latitude, $0.longitude] } + rivers.flatMap(\.points)
        let south = all.map { $0[0] }.min() ?? 0, north = all.map { $0[0] }.max() ?? 1
        let west = all.map { $0[1] }.min() ?? 0, east = all.map { $0[1] }.max() ?? 1
        let scale = cos((south + north) / 2 * .pi / 180)
        let margin = 40.0, legend = 70.0
        // Room on the right for the labels drawn right of the easternmost places ("Lorenzkirch"
        // was cut off at the edge): the right margin is as wide as the longest of them needs.
        let right = places.filter { $0.label == .right && $0.longitude > west }.reduce(margin) { room, place in
            let share = (place.longitude - west) / max(0.0001, east - west)
            return max(room, width - margin - (width - 4 - 9 - Self.labelWidth(place.name) - margin) / share)
        }
        let unit = (width - margin - right) / max(0.0001, (east - west) * scale)
        let height = ((north - south) * unit + 2 * margin + legend).rounded()
        func point(_ latitude: Double, _ longitude: Double) -> String {
            let x = margin + (longitude - west) * scale * unit
            let y = margin + legend + (north - latitude) * unit
            return "\(Self.number(x)),\(Self.number(y))"
        }
        var out = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\" role=\"img\" aria-labelledby=\"map-title map-desc\" font-family=\"Georgia, serif\" font-size=\"14\">",
                   "<title id=\"map-title\">\(Self.escape(title))</title>",
                   "<desc id=\"map-desc\">\(Self.escape(description))</desc>",
                   "<rect width=\"100%\" height=\"100%\" fill=\"#fbf8f0\"/>",
                   "<text x=\"\(Self.number(margin))\" y=\"28\" font-size=\"18\" font-weight=\"bold\">\(Self.escape(title))</text>"]
        for river in rivers {
            let line = river.points.map { point($0[0], $0[1]) }.joined(separator: " ")
            out.append("<polyline points=\"\(line)\" fill=\"none\" stroke=\"#7aa7d6\" stroke-width=\"6\" stroke-linejoin=\"round\"/>")
            if let first = river.points.first {
                let at = point(first[0], first[1]).split(separator: ",")
                out.append("<text x=\"\(at[0])\" y=\"\(at[1])\" dx=\"8\" dy=\"-6\" fill=\"#2f6aa3\" font-style=\"italic\">\(Self.escape(river.name))</text>")
            }
        }
        let byName = Dictionary(places.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        for (index, route) in routes.enumerated() {
            let line = route.places.compactMap { byName[$0] }.map { point($0.latitude, $0.longitude) }.joined(separator: " ")
            let dash = route.dashed ? " stroke-dasharray=\"8 6\"" : ""
            out.append("<polyline points=\"\(line)\" fill=\"none\" stroke=\"\(route.colour)\" stroke-width=\"3\"\(dash)/>")
            let y = 48.0 + Double(index) * 20
            out.append("<line x1=\"\(Self.number(margin))\" y1=\"\(Self.number(y))\" x2=\"\(Self.number(margin + 30))\" y2=\"\(Self.number(y))\" stroke=\"\(route.colour)\" stroke-width=\"3\"\(dash)/>")
            out.append("<text x=\"\(Self.number(margin + 38))\" y=\"\(Self.number(y + 5))\">\(Self.escape(route.name))</text>")
        }
        for place in places {
            let at = point(place.latitude, place.longitude).split(separator: ",")
            out.append("<circle cx=\"\(at[0])\" cy=\"\(at[1])\" r=\"5\" fill=\"#222\"/>")
            let anchor = switch place.label {
            case .left: " text-anchor=\"end\" dx=\"-9\" dy=\"5\""
            case .right: " dx=\"9\" dy=\"5\""
            case .below: " text-anchor=\"middle\" dy=\"20\""
            case .above: " text-anchor=\"middle\" dy=\"-10\""
            }
            out.append("<text x=\"\(at[0])\" y=\"\(at[1])\"\(anchor)>\(Self.escape(place.name))</text>")
        }
        let tenKilometres = 10 / 111.32 * unit
        let barY = height - 16
        out.append("<line x1=\"\(Self.number(width - margin - tenKilometres))\" y1=\"\(Self.number(barY))\" x2=\"\(Self.number(width - margin))\" y2=\"\(Self.number(barY))\" stroke=\"#222\" stroke-width=\"2\"/>")
        out.append("<text x=\"\(Self.number(width - margin - tenKilometres / 2))\" y=\"\(Self.number(barY - 6))\" text-anchor=\"middle\" font-size=\"12\">10 km</text>")
        out.append("<text x=\"\(Self.number(width - margin))\" y=\"28\" text-anchor=\"end\" font-size=\"16\" font-weight=\"bold\">N ↑</text>")
        out.append("<text x=\"\(Self.number(margin))\" y=\"\(Self.number(barY))\" font-size=\"11\" fill=\"#555\">Places approximate (to about 2 km); rivers simplified.</text>")
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A coordinate with at most one decimal, without a trailing ".0".
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

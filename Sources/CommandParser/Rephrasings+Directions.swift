extension Rephrasings {
    /// Asking the way (eighth blind play-test): `ask him the way to the river`, `ask X for
    /// directions to Y`, `ask X how to get to Y` → `ask X about Y`, then `ask X about way`.
    static func wayReadings(_ words: [String]) -> [[String]] {
        guard words.count >= 3, words[0] == "ask", !words.contains("about"),
              let at = words.indices.dropFirst(2).first(where: { ["way", "directions", "direction", "road", "route"].contains(words[$0]) })
        else { return [] }
        var person = Array(words[1..<at])
        while let last = person.last, ["the", "a", "for", "which"].contains(last) { person.removeLast() }
        guard !person.isEmpty else { return [] }
        let destination = words[(at + 1)...].drop { ["to", "towards", "toward", "for", "the"].contains($0) }
        let way: [[String]] = [["ask"] + person + ["about", "way"], ["ask"] + person + ["about", "directions"]]
        return destination.isEmpty ? way : [["ask"] + person + ["about"] + destination] + way
    }
}

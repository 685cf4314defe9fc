import Foundation

extension ClassReport {
    /// The output formats of `elbe-adventure report`.
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json, markdown
    }

    /// The report as text in a format.
    public func render(_ format: Format) -> String {
        switch format {
        case .table: table()
        case .csv: csv()
        case .json: json()
        case .markdown: markdown()
        }
    }

    static let headers = ["Student", "Furthest scene", "Facts", "Turns", "Ending", "Last played"]

    private func cells(_ row: Row) -> [String] {
        [row.player, row.furthestScene, "\(row.factsUnlocked)/\(row.totalFacts)", "\(row.turns)", row.ending ?? "-",
         Self.readableTime(row.lastPlayed)]
    }

    public static func readableTime(_ iso: String) -> String {
        iso.replacingOccurrences(of: "T", with: " ").replacingOccurrences(of: "Z", with: " UTC")
    }

    private func table() -> String {
        let body = rows.map(cells)
        let widths = Self.headers.indices.map { column in ([Self.headers] + body).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - $0.count) }.joined(separator: "  ")
                .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = [line(Self.headers), line(widths.map { String(repeating: "-", count: $0) })] + body.map(line)
        if rows.isEmpty { out.append("(no saves found)") }
        out.append("")
        out.append("\(rows.count) student\(rows.count == 1 ? "" : "s").")
        out.append("")
        out.append("Facts unlocked by the class (students out of \(rows.count)):")
        let countWidth = String(rows.count).count
        for fact in facts {
            out.append("  " + String(repeating: " ", count: countWidth - String(fact.students).count) + "\(fact.students)  \(fact.title)")
        }
        out.append("")
        out.append("Least-reached scenes:")
        for scene in leastReachedScenes.prefix(5) { out.append("  \(scene.students)  \(scene.title)") }
        for problem in problems { out.append("Could not read: \(problem)") }
        return out.joined(separator: "\n") + "\n"
    }

    private func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let header = ["student", "furthest_scene", "facts_unlocked", "total_facts", "turns", "ending", "last_played"]
        let lines = rows.map { row in
            [row.player, row.furthestScene, "\(row.factsUnlocked)", "\(row.totalFacts)", "\(row.turns)", row.ending ?? "", row.lastPlayed]
                .map(field).joined(separator: ",")
        }
        return ([header.joined(separator: ",")] + lines).joined(separator: "\n") + "\n"
    }

    private func markdown() -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var out = ["# Class report", "", "| " + Self.headers.joined(separator: " | ") + " |",
                   "|" + Self.headers.map { _ in "---" }.joined(separator: "|") + "|"]
        out += rows.map { "| " + cells($0).map(escape).joined(separator: " | ") + " |" }
        out += ["", "## Facts unlocked by the class", "", "| Fact | Students |", "|---|---|"]
        out += facts.map { "| \(escape($0.title)) | \($0.students) of \(rows.count) |" }
        out += ["", "## Least-reached scenes", ""]
        out += leastReachedScenes.prefix(5).map { "- \($0.title): \($0.students) of \(rows.count)" }
        if !problems.isEmpty { out += ["", "## Files that could not be read", ""] + problems.map { "- \($0)" } }
        return out.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        struct Document: Encodable {
            struct Student: Encodable {
                var player, furthestScene: String
                var factsUnlocked, totalFacts, turns: Int
                var ending: String?
                var lastPlayed: String
            }
            struct Count: Encodable {
                var id, title: String
                var students: Int
            }
            var students: [Student]
            var facts: [Count]
            var leastReachedScenes: [Count]
            var problems: [String]
        }
        let document = Document(
            students: rows.map { .init(player: $0.player, furthestScene: $0.furthestScene, factsUnlocked: $0.factsUnlocked,
                                       totalFacts: $0.totalFacts, turns: $0.turns, ending: $0.ending, lastPlayed: $0.lastPlayed) },
            facts: facts.map { .init(id: $0.id, title: $0.title, students: $0.students) },
            leastReachedScenes: leastReachedScenes.map { .init(id: $0.id, title: $0.title, students: $0.students) },
            problems: problems)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}

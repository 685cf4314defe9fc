import Foundation

extension ClassReport {
    /// The output formats of `elbe-adventure report`.
    public enum Format: String, CaseIterable, Sendable {
        case table, csv, json, markdown
    }

    /// The report as text in a format.
    /// - Parameter width: the columns of the terminal, for the table (wider tables are fitted
    ///   by shortening the scene and name columns).
    /// - Parameter playing: the students playing now (`playingNow(in:)`), named under the table.
    public func render(_ format: Format, width: Int? = nil, playing: [String] = []) -> String {
        switch format {
        case .table: table(width: width ?? Int.max / 4, playing: playing)
        case .csv: csv()
        case .json: json()
        case .markdown: markdown(playing: playing)
        }
    }

    /// "2 playing now: Anna, Chloe." (nothing when nobody is).
    private static func playingLine(_ playing: [String]) -> [String] {
        playing.isEmpty ? [] : ["\(playing.count) playing now: \(playing.map { TerminalSafeText.clean($0) }.joined(separator: ", "))."]
    }

    static let headers = ["Student", "Furthest scene", "Facts", "Turns", "Ending", "Last played"]

    private func cells(_ row: Row) -> [String] {
        [TerminalSafeText.clean(row.player) + (row.unreadableSaves > 0 ? " (!)" : ""), TerminalSafeText.clean(row.furthestScene),
         "\(row.factsUnlocked)/\(row.totalFacts)", "\(row.turns)", TerminalSafeText.clean(row.ending ?? "-"),
         Self.readableTime(row.lastPlayed)]
    }

    /// A save's time (ISO 8601, UTC) in the local time zone, named: "2026-11-25 10:10 CET".
    public static func readableTime(_ iso: String, timeZone: TimeZone = .current) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return TerminalSafeText.clean(iso) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let zone = ["UTC", "Etc/UTC", "GMT", "Etc/GMT"].contains(timeZone.identifier) ? "UTC" : (timeZone.abbreviation(for: date) ?? timeZone.identifier)
        return formatter.string(from: date) + " " + zone
    }

    private func table(width: Int, playing: [String]) -> String {
        let body = rows.map(cells)
        var widths = Self.headers.indices.map { column in ([Self.headers] + body).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        // Fit the terminal: shorten the widest of the name, scene and ending columns, one column
        // at a time, never below 10.
        while widths.reduce(0, +) + 2 * (widths.count - 1) > width,
              let widest = [0, 1, 4].filter({ widths[$0] > 10 }).max(by: { widths[$0] < widths[$1] }) {
            widths[widest] -= 1
        }
        func line(_ cells: [String]) -> String {
            var text = zip(cells, widths).map { DisplayWidth.pad(DisplayWidth.truncate($0, to: $1), to: $1) }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var out = [line(Self.headers), line(widths.map { String(repeating: "-", count: $0) })] + body.map(line)
        if rows.isEmpty { out.append("(no saves found)") }
        out.append("")
        out.append("\(rows.count) student\(rows.count == 1 ? "" : "s").")
        out += Self.playingLine(playing)
        out.append("")
        out.append("Facts unlocked by the class (students out of \(rows.count)):")
        let countWidth = String(rows.count).count
        for fact in facts {
            out.append("  " + String(repeating: " ", count: countWidth - String(fact.students).count) + "\(fact.students)  \(TerminalSafeText.clean(fact.title))")
        }
        out.append("")
        out.append("Least-reached scenes:")
        for scene in leastReachedScenes.prefix(5) { out.append("  \(scene.students)  \(TerminalSafeText.clean(scene.title))") }
        if rows.contains(where: { $0.unreadableSaves > 0 }) { out += ["", "(!) some of this student's saves cannot be read; see below."] }
        for problem in problems { out.append("Could not read: \(TerminalSafeText.clean(problem))") }
        for other in otherStories {
            out.append("Also in this folder: saves of '\(TerminalSafeText.clean(other.title))' (\(other.students) student\(other.students == 1 ? "" : "s")); use --story FILE to report on it.")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func csv() -> String {
        func field(_ raw: String) -> String {
            let text = TerminalSafeText.spreadsheetCell(raw)
            return text.contains(where: { ",\"\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let header = ["student", "furthest_scene", "facts_unlocked", "total_facts", "turns", "ending", "last_played"]
        let lines = rows.map { row in
            [row.player, row.furthestScene, "\(row.factsUnlocked)", "\(row.totalFacts)", "\(row.turns)", row.ending ?? "", row.lastPlayed]
                .map(field).joined(separator: ",")
        }
        // A UTF-8 byte-order mark first: without it Excel reads the file in the machine's legacy
        // code page and shows "Jürgen" as "JÃ¼rgen". Other spreadsheets and Python's "utf-8-sig" skip it.
        return Self.byteOrderMark + ([header.joined(separator: ",")] + lines).joined(separator: "\n") + "\n"
    }

    /// The UTF-8 byte-order mark that starts the CSV.
    public static let byteOrderMark = "\u{FEFF}"

    private func markdown(playing: [String]) -> String {
        func escape(_ text: String) -> String {
            var out = ""
            for character in TerminalSafeText.clean(text) {
                if "|\\`*_[]<>#".contains(character) { out.append("\\") }
                out.append(character)
            }
            return out
        }
        var out = ["# Class report", "", "| " + Self.headers.joined(separator: " | ") + " |",
                   "|" + Self.headers.map { _ in "---" }.joined(separator: "|") + "|"]
        out += rows.map { "| " + cells($0).map(escape).joined(separator: " | ") + " |" }
        if !playing.isEmpty { out += [""] + Self.playingLine(playing).map(escape) }
        out += ["", "## Facts unlocked by the class", "", "| Fact | Students |", "|---|---|"]
        out += facts.map { "| \(escape($0.title)) | \($0.students) of \(rows.count) |" }
        out += ["", "## Least-reached scenes", ""]
        out += leastReachedScenes.prefix(5).map { "- \($0.title): \($0.students) of \(rows.count)" }
        if !problems.isEmpty { out += ["", "## Files that could not be read", ""] + problems.map { "- \(escape($0))" } }
        return out.joined(separator: "\n") + "\n"
    }

    private func json() -> String {
        struct Document: Encodable {
            struct Student: Encodable {
                var player, furthestScene: String
                var factsUnlocked, totalFacts, turns: Int
                var ending: String?
                var lastPlayed: String
                var unreadableSaves: Int
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
            students: rows.map { .init(player: TerminalSafeText.clean($0.player), furthestScene: TerminalSafeText.clean($0.furthestScene),
                                       factsUnlocked: $0.factsUnlocked, totalFacts: $0.totalFacts, turns: $0.turns,
                                       ending: $0.ending.map { TerminalSafeText.clean($0) }, lastPlayed: $0.lastPlayed,
                                       unreadableSaves: $0.unreadableSaves) },
            facts: facts.map { .init(id: $0.id, title: $0.title, students: $0.students) },
            leastReachedScenes: leastReachedScenes.map { .init(id: $0.id, title: $0.title, students: $0.students) },
            problems: problems.map { TerminalSafeText.clean($0) })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return ((try? encoder.encode(document)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}

import SaveGames

extension TeacherPage {
    /// Up to this many facts not found are named; more are counted (a student far from the end).
    static let missingTitlesListed = 10

    /// The short print: each student's facts by number and title, with the facts not yet found,
    /// about two students to a printed sheet (every journal in full is about 19 pages a student).
    /// Students who have found no fact are named on the screen only, as in `allJournals`.
    /// - Parameter storyFacts: every fact's id and title in the story's order, for those not found.
    static func factList(_ all: [JournalDocument], storyTitle: String, storyFacts: [(id: String, title: String)]) -> String {
        let journals = all.filter { !$0.facts.isEmpty }
        let leftOut = all.filter { $0.facts.isEmpty }.map(\.player)
        let title = HTMLText.escape(storyTitle)
        var out = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>\#(title): the facts each student found</title>
        <style>body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.3}h1{font-size:130%}h2{font-size:110%;margin:1.2em 0 .3em}section.student{break-inside:avoid}ol{columns:2;column-gap:2em;margin:.2em 0;padding-left:2.2em;font-size:90%}li{break-inside:avoid}.missing{font-size:90%;margin:.3em 0}.when{color:#444}@media print{#print,.screen-only{display:none}}</style>
        </head>
        <body>
        <button type="button" id="print">Print</button>
        <h1>\#(title): the facts each student found</h1>

        """#
        if journals.isEmpty { out += "<p>No student has found a fact yet.</p>\n" }
        if !leftOut.isEmpty {
            let names = leftOut.map(HTMLText.escape).joined(separator: ", ")
            out += "<p class=\"screen-only\">Not printed, no fact found yet: \(names).</p>\n"
        }
        for journal in journals {
            out += "<section class=\"student\"><h2>\(HTMLText.escape(journal.player)): \(journal.facts.count) of \(journal.total) facts</h2>\n<ol>"
            for fact in journal.facts {
                let when = fact.date.map { " <span class=\"when\">(\(HTMLText.escape($0)))</span>" } ?? ""
                out += "<li value=\"\(fact.number)\">\(HTMLText.escape(fact.title))\(when)</li>"
            }
            out += "</ol>\n"
            let found = Set(journal.facts.map(\.id))
            let missing = storyFacts.filter { !found.contains($0.id) }.map { HTMLText.escape($0.title) }
            if missing.isEmpty {
                out += "<p class=\"missing\">Every fact found.</p>"
            } else if missing.count <= Self.missingTitlesListed {
                out += "<p class=\"missing\">Not found yet: " + missing.joined(separator: "; ") + ".</p>"
            } else {
                out += "<p class=\"missing\">Not found yet: \(missing.count) facts.</p>"
            }
            out += "</section>\n"
        }
        return out + "<script src=\"/teacher.js\"></script>\n</body>\n</html>\n"
    }
}

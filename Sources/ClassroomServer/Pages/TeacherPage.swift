import SaveGames

/// The teacher's pages: the code form, the live class view, and all journals to print.
enum TeacherPage {
    private static let head = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Teacher's view</title>
    <link rel="stylesheet" href="/style.css">
    </head>
    """#

    /// The form asking for the teacher code (sent in a POST body, never in the address).
    /// - Parameter gone: the page was open but its login is no longer known (the server was
    ///   started with another teacher code, or the login is older than a week).
    static func login(failed: Bool, gone: Bool = false) -> String {
        head + #"""
        <body class="teacher">
        <main id="join-view">
          <h1>Teacher's view</h1>
          <form method="post" action="/teacher/login">
            \#(gone ? "<p role=\"alert\" class=\"error\">Your login has ended: the server was started with a new teacher code (or the login is older than a week).</p>" : "")
            <p>Type the teacher code that <code>elbe-adventure serve</code> printed when it started.</p>
            <label for="code">Teacher code</label>
            <input id="code" name="code" type="password" autocomplete="off" required autofocus>
            <button type="submit">Open</button>
            \#(failed ? "<p role=\"alert\" class=\"error\">That code is not right. Look at the terminal where the server runs.</p>" : "")
          </form>
        </main>
        </body>
        </html>
        """#
    }

    static let html = head + #"""
    <body class="teacher">
    <header><h1>Teacher's view</h1><p id="live" role="status">Connecting…</p></header>
    <main class="teacher-main">
      <p class="actions">
        <a href="/teacher/report.csv" download>Download the class table (CSV)</a>
        <button type="button" id="print-short">Print the facts each student found (short)</button>
        <button type="button" id="print-all">Print all journals</button>
      </p>
      <table id="class">
        <caption>Students (updates as they play)</caption>
        <thead><tr><th scope="col">Student</th><th scope="col">Playing now</th><th scope="col">Furthest scene</th><th scope="col">Facts</th><th scope="col">Turns</th><th scope="col">Ending</th><th scope="col">Last played</th><th scope="col">Journal</th><th scope="col">Transcript</th></tr></thead>
        <tbody></tbody>
      </table>
      <h2>Facts found by the class, in the story's order</h2>
      <table id="facts">
        <thead><tr><th scope="col">Fact</th><th scope="col">Students</th></tr></thead>
        <tbody></tbody>
      </table>
      <p id="problems"></p>
    </main>
    <script src="/teacher.js"></script>
    </body>
    </html>
    """#

    /// Every student's journal on one page, one per printed sheet; a student who has found no
    /// fact yet (a test name, a typo, a student who only typed a name) gets no sheet, and is named
    /// on the screen only (the second teacher's rehearsal printed 63 sheets, many of them empty).
    static func allJournals(_ all: [JournalDocument]) -> String {
        let journals = all.filter { !$0.facts.isEmpty }
        let leftOut = all.filter { $0.facts.isEmpty }.map(\.player)
        var out = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>All journals</title>
        <style>body{font-family:Georgia,serif;max-width:40em;margin:2em auto;line-height:1.5}.when{font-style:italic}.source{font-size:90%;color:#444}section.student{break-before:page}section.student:first-of-type{break-before:auto}@media print{#print,.screen-only{display:none}}</style>
        </head>
        <body>
        <button type="button" id="print">Print</button>
        """#
        if journals.isEmpty { out += "<p>No student has found a fact yet.</p>" }
        if !leftOut.isEmpty {
            let names = leftOut.map(HTMLText.escape).joined(separator: ", ")
            out += "<p class=\"screen-only\">Not printed, no fact found yet: \(names).</p>\n"
        }
        for journal in journals {
            let page = journal.render(.html)
            guard let start = page.range(of: "<body>"), let end = page.range(of: "</body>") else { continue }
            out += "<section class=\"student\">" + page[start.upperBound..<end.lowerBound] + "</section>\n"
        }
        return out + "<script src=\"/teacher.js\"></script>\n</body>\n</html>\n"
    }

    static let script = #"""
    (function () {
      'use strict';
      var $ = function (id) { return document.getElementById(id); };
      var print = $('print');
      if (print) {
        print.addEventListener('click', function () { window.print(); });
        if (location.search.indexOf('print=1') >= 0) { window.print(); }
        return;
      }
      $('print-all').addEventListener('click', function () { window.open('/teacher/journals?print=1', '_blank'); });
      $('print-short').addEventListener('click', function () { window.open('/teacher/journals?short=1&print=1', '_blank'); });

      // Times in the teacher's own time zone, as the report in the terminal shows them ("2026-12-02 09:37 CST").
      function two(n) { return (n < 10 ? '0' : '') + n; }
      function zone(d) {
        try {
          var part = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d)
            .filter(function (p) { return p.type === 'timeZoneName'; })[0];
          return part ? ' ' + part.value : '';
        } catch (e) { return ''; }
      }
      function clock(d) { return two(d.getHours()) + ':' + two(d.getMinutes()); }
      function localTime(iso) {
        var d = new Date(iso);
        if (isNaN(d.getTime())) { return iso; }
        return d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate()) + ' ' + clock(d) + zone(d);
      }
      function cell(row, text) {
        var td = document.createElement('td');
        td.textContent = text;
        row.appendChild(td);
        return td;
      }
      function link(row, href, text) {
        var td = document.createElement('td');
        var a = document.createElement('a');
        a.href = href;
        a.textContent = text;
        td.appendChild(a);
        row.appendChild(td);
      }
      function show(data) {
        var online = new Set(data.online);
        var transcripts = new Set(data.transcripts || []);
        var body = $('class').tBodies[0];
        body.textContent = '';
        data.report.students.forEach(function (s) {
          var row = document.createElement('tr');
          row.dataset.player = s.player;
          var th = document.createElement('th');
          th.scope = 'row';
          th.textContent = s.player;
          row.appendChild(th);
          cell(row, online.has(s.player) ? 'yes' : '');
          cell(row, s.furthestScene);
          cell(row, s.factsUnlocked + '/' + s.totalFacts);
          cell(row, String(s.turns));
          cell(row, s.ending || '-');
          cell(row, localTime(s.lastPlayed));
          var q = '?player=' + encodeURIComponent(s.player);
          link(row, '/teacher/journal' + q, 'journal');
          if (transcripts.has(s.player)) {
            link(row, '/teacher/transcript' + q, 'transcript');
          } else {
            cell(row, 'none').title = 'A game played in a terminal keeps a transcript only after the student types "transcript on".';
          }
          body.appendChild(row);
        });
        // A journal in full is about 19 Letter pages for all 42 facts of the Elbe story, so about
        // 0.45 of a page a fact: the teacher sees the class's total before printing.
        var pages = 0;
        data.report.students.forEach(function (s) {
          if (s.factsUnlocked > 0) { pages += Math.max(1, Math.round(s.factsUnlocked * 0.45)); }
        });
        $('print-all').textContent = 'Print all journals (about ' + pages + (pages === 1 ? ' page)' : ' pages)');
        if (data.report.students.length === 0) {
          var empty = document.createElement('tr');
          cell(empty, 'No student has played yet.').colSpan = 9;
          body.appendChild(empty);
        }
        var facts = $('facts').tBodies[0];
        facts.textContent = '';
        data.report.facts.forEach(function (f, i) {
          var row = document.createElement('tr');
          cell(row, (i + 1) + '. ' + f.title);
          cell(row, f.students + ' of ' + data.report.students.length);
          facts.appendChild(row);
        });
        $('problems').textContent = data.report.problems.length ? data.report.problems.length + ' save file(s) could not be read; run "elbe-adventure report" in a terminal to see which.' : '';
        $('live').textContent = data.report.students.length + (data.report.students.length === 1 ? ' student, ' : ' students, ') + data.online.length + ' playing now. Updated ' + clock(new Date()) + ':' + two(new Date().getSeconds()) + zone(new Date()) + '.';
      }
      // The browser reconnects a live stream by itself while the server cannot be reached; a
      // stream refused (the login is gone) stays closed, so ask whether this is still the teacher.
      var events;
      function listen() {
        events = new EventSource('/teacher/events');
        events.addEventListener('report', function (event) { show(JSON.parse(event.data)); });
        events.onerror = function () {
          $('live').textContent = 'Reconnecting to the server…';
          if (events.readyState !== EventSource.CLOSED) { return; }
          fetch('/teacher/login-state', { cache: 'no-store' }).then(function (response) {
            if (response.status === 403) { location.href = '/teacher?login=gone'; } else { setTimeout(listen, 2000); }
          }, function () { setTimeout(listen, 2000); });
        };
      }
      listen();
    })();
    """#
}

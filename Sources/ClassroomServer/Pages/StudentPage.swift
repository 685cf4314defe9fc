/// The student's page: HTML, CSS and JavaScript written for it and served by the binary itself,
/// so nothing is fetched from outside and there is no build step.
enum StudentPage {
    static func html(title: String) -> String {
        let title = HTMLText.escape(title)
        return #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\#(title)</title>
        <link rel="stylesheet" href="/style.css">
        </head>
        <body>
        <a class="skip" href="#command">Skip to the command line</a>
        <header><h1>\#(title)</h1><p id="who"></p></header>
        <main id="join-view">
          <form id="join-form">
            <p>Type your name to start, or to continue your game: the same name every lesson.</p>
            <label for="name">Your name</label>
            <input id="name" name="name" autocomplete="off" maxlength="40" required>
            <button type="submit">Play</button>
            <p id="join-message" role="alert"></p>
          </form>
        </main>
        <div id="game-view" hidden>
          <main id="game">
            <div id="log" role="log" aria-live="polite" aria-relevant="additions" aria-label="The story" tabindex="0"></div>
            <form id="command-form" autocomplete="off">
              <label for="command">Command</label>
              <input id="command" name="command" autocomplete="off" autocapitalize="none" spellcheck="false" maxlength="300" aria-describedby="keys">
              <button type="submit">Send</button>
              <button type="button" id="journal-toggle" aria-controls="journal" aria-expanded="true">Journal</button>
            </form>
            <p id="keys" class="quiet">Up and Down bring back earlier commands. Tab completes a word you have begun. Your game is saved after every move.</p>
            <p id="completions" aria-live="polite"></p>
            <p id="status" role="status"></p>
          </main>
          <aside id="journal" aria-labelledby="journal-heading">
            <h2 id="journal-heading">Journal</h2>
            <div id="journal-body"></div>
          </aside>
        </div>
        <script src="/student.js"></script>
        </body>
        </html>
        """#
    }

    static let style = #"""
    :root { --bg: #fdfcf8; --fg: #1d1d1b; --muted: #555; --accent: #005f73; --fact: #006d77; --error: #8a4b00; --panel: #f1efe6; --line: #c9c5b5; }
    @media (prefers-color-scheme: dark) {
      :root { --bg: #16181a; --fg: #ecebe6; --muted: #b5b3ab; --accent: #7fd1e0; --fact: #7fd6cf; --error: #f0b35c; --panel: #202326; --line: #3d4145; }
    }
    * { box-sizing: border-box; }
    a { color: var(--accent); }
    a:visited { color: var(--fact); }
    body { margin: 0; background: var(--bg); color: var(--fg); font: 1.05rem/1.5 Georgia, "DejaVu Serif", serif; }
    header { padding: .4rem 1rem; border-bottom: 1px solid var(--line); display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
    header h1 { font-size: 1.2rem; margin: 0; }
    #who { margin: 0; color: var(--muted); }
    .skip { position: absolute; left: -999px; }
    .skip:focus { left: 1rem; top: .5rem; background: var(--bg); padding: .3rem; z-index: 2; }
    :focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    #join-view { max-width: 32rem; margin: 2rem auto; padding: 0 1rem; }
    label { font-weight: bold; margin-right: .5rem; }
    input, button { font: inherit; padding: .35rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: var(--bg); color: var(--fg); }
    button { background: var(--panel); cursor: pointer; }
    #game-view:not([hidden]) { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem); height: calc(100vh - 2.6rem); }
    #game-view.journal-closed { grid-template-columns: minmax(0, 1fr) 0; }
    #game-view.journal-closed #journal { display: none; }
    #game { display: flex; flex-direction: column; min-height: 0; padding: 0 1rem .5rem; }
    #log { flex: 1; overflow-y: auto; padding: .5rem 0; max-width: 46rem; }
    #log p { margin: .5rem 0; }
    #command-form { display: flex; gap: .4rem; align-items: center; flex-wrap: wrap; border-top: 1px solid var(--line); padding-top: .5rem; }
    #command { flex: 1; min-width: 10rem; font-family: "DejaVu Sans Mono", monospace; }
    .quiet, #completions, #status { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
    #status:not(:empty) { color: var(--error); }
    #journal { overflow-y: auto; background: var(--panel); border-left: 1px solid var(--line); padding: 0 1rem; font-size: .95rem; }
    .command { font-family: "DejaVu Sans Mono", monospace; color: var(--muted); margin-top: 1.2rem !important; }
    .title { font-size: 1.3rem; margin: .5rem 0 0; }
    .scene { font-size: 1.1rem; margin: 1rem 0 0; }
    .when { font-style: italic; color: var(--muted); }
    .fact { border-left: 4px solid var(--fact); padding-left: .7rem; }
    .fact-label { color: var(--fact); font-weight: bold; }
    .error { color: var(--error); }
    .ending h3 { font-size: 1.1rem; }
    .source { font-size: .9rem; color: var(--muted); overflow-wrap: anywhere; }
    .journal-list { padding-left: 1.4rem; }
    .journal-list li { margin-bottom: .8rem; }
    @media (max-width: 820px) {
      #game-view:not([hidden]) { display: block; height: auto; }
      #log { max-height: 60vh; }
      #journal { border-left: none; border-top: 1px solid var(--line); }
    }
    .teacher-main { padding: 0 1rem 1rem; overflow-x: auto; }
    .teacher table { border-collapse: collapse; margin: .5rem 0 1rem; }
    .teacher caption { text-align: left; font-weight: bold; padding: .3rem 0; }
    .teacher th, .teacher td { border: 1px solid var(--line); padding: .2rem .5rem; text-align: left; vertical-align: top; }
    .actions { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
    """#

    static let script = #"""
    (function () {
      'use strict';
      var $ = function (id) { return document.getElementById(id); };
      // The tab's id lives in sessionStorage, so a reload keeps it; but a duplicated tab (or
      // window.open) gets a copy of sessionStorage too. 'elbe-tab-open' is set while a page of
      // this tab is open and removed when it goes away: found set at the start, it was copied
      // from a tab still open, and this tab takes an id of its own (and is refused like a second window).
      var tab = sessionStorage.getItem('elbe-tab');
      if (!tab || sessionStorage.getItem('elbe-tab-open') === tab) {
        var bytes = new Uint8Array(16);
        crypto.getRandomValues(bytes);
        tab = Array.prototype.map.call(bytes, function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
        sessionStorage.setItem('elbe-tab', tab);
        sessionStorage.removeItem('elbe-history');
      }
      sessionStorage.setItem('elbe-tab-open', tab);
      // The commands typed in this tab, for Up and Down: kept across a reload, as the scrollback is.
      var history = [];
      try { history = JSON.parse(sessionStorage.getItem('elbe-history') || '[]'); } catch (e) { history = []; }
      if (!Array.isArray(history)) { history = []; }
      var historyIndex = history.length, busy = false, pinger = null;
      // The version of the journal panel shown: a command's answer leaves the panel out while it is the same.
      var journalVersion = null;

      function showJournal(data) {
        if (typeof data.journal === 'string') {
          $('journal-body').innerHTML = data.journal;
          journalVersion = data.journalVersion || null;
        }
      }

      function call(path, body) {
        return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin', body: JSON.stringify(body) })
          .then(function (response) {
            return response.json().catch(function () { return {}; }).then(function (data) { return { status: response.status, data: data }; });
          });
      }

      function say(text) { $('status').textContent = text; }

      function append(html) {
        var block = document.createElement('div');
        block.className = 'turn';
        block.innerHTML = html; // rendered and escaped by the server
        $('log').appendChild(block);
        $('log').scrollTop = $('log').scrollHeight;
      }

      function showGame(view) {
        $('join-view').hidden = true;
        $('game-view').hidden = false;
        $('who').textContent = 'Playing as ' + view.player;
        // "The game is closed and saved…" of the last `quit` is no longer true (a blind student
        // read it under the game just opened, session 27).
        say('');
        var log = $('log');
        log.setAttribute('aria-live', 'off');
        log.textContent = '';
        append(view.html);
        log.setAttribute('aria-live', 'polite');
        showJournal(view);
        if (window.matchMedia('(max-width: 820px)').matches) { setJournal(false); }
        $('command').focus();
        if (!pinger) { pinger = setInterval(ping, 20000); }
        if (view.ended) { ended(); }
      }

      function showJoin(message) {
        $('game-view').hidden = true;
        $('join-view').hidden = false;
        $('who').textContent = '';
        $('join-message').textContent = message || '';
        $('name').value = localStorage.getItem('elbe-name') || '';
        $('name').focus();
      }

      function join(name) {
        return call('/api/join', { name: name, tab: tab }).then(function (r) {
          if (r.status === 200) {
            localStorage.setItem('elbe-name', name);
            sessionStorage.setItem('elbe-name', name);
            showGame(r.data);
            return true;
          }
          showJoin(r.data.error || 'The game could not start. Please try again.');
          return false;
        });
      }

      // `quit` signs the student out of this browser: a reload or a new tab asks for a name again,
      // with the box empty (a computer room's next student must not walk into this game).
      function ended() {
        sessionStorage.removeItem('elbe-name');
        sessionStorage.removeItem('elbe-history');
        localStorage.removeItem('elbe-name');
        history = [];
        historyIndex = 0;
        say('The game is closed and saved. Type your name again to play on.');
        setTimeout(function () { showJoin(''); }, 1500);
      }

      function send(line) {
        if (busy) { return; }
        busy = true;
        say('');
        $('completions').textContent = '';
        if (line.trim() !== '' && history[history.length - 1] !== line) {
          history.push(line);
          if (history.length > 100) { history.shift(); }
          try { sessionStorage.setItem('elbe-history', JSON.stringify(history)); } catch (e) {}
        }
        historyIndex = history.length;
        call('/api/command', command(line)).then(function (r) {
          if (r.status === 401) {
            var name = sessionStorage.getItem('elbe-name');
            if (!name) { showJoin('Your game was closed. Type your name to continue it.'); return; }
            return join(name).then(function (ok) {
              if (!ok) { return; }
              return call('/api/command', command(line)).then(handle);
            });
          }
          handle(r);
        }).catch(function () {
          say('The server cannot be reached: your command was not sent. Try again in a moment.');
          $('command').value = line;
        }).then(function () { busy = false; });
      }

      function command(line) {
        var body = { tab: tab, line: line };
        if (journalVersion) { body.journal = journalVersion; }
        return body;
      }

      function handle(r) {
        if (r.status === 200) {
          append(r.data.html);
          showJournal(r.data);
          if (r.data.ended) { ended(); }
        } else {
          say(r.data.error || 'That command could not be played.');
        }
      }

      function complete(input) {
        var line = input.value;
        call('/api/complete', { tab: tab, line: line }).then(function (r) {
          var words = (r.data && r.data.words) || [];
          var start = line.search(/[A-Za-z0-9'\u00C0-\uFFFF-]*$/);
          var typed = line.slice(start).toLowerCase();
          if (words.length === 0) { $('completions').textContent = 'No completions.'; return; }
          var common = words.reduce(function (a, b) {
            var i = 0;
            while (i < a.length && i < b.length && a[i] === b[i]) { i++; }
            return a.slice(0, i);
          });
          if (words.length === 1) {
            input.value = line.slice(0, start) + words[0] + ' ';
            $('completions').textContent = '';
          } else {
            if (common.length > typed.length) { input.value = line.slice(0, start) + common; }
            $('completions').textContent = 'Possible: ' + words.slice(0, 30).join(', ') + (words.length > 30 ? ', …' : '');
          }
        });
      }

      // A ping the server no longer knows (it was restarted) opens the game again at once, quietly:
      // the page stays as it is, and the teacher sees the student as playing without waiting for a command.
      function ping() {
        call('/api/ping', { tab: tab }).then(function (r) {
          if (r.status === 409) { say(r.data.error); }
          if (r.status === 401 && !busy && sessionStorage.getItem('elbe-name')) {
            call('/api/join', { name: sessionStorage.getItem('elbe-name'), tab: tab }).then(function (j) {
              if (j.status === 409) { say(j.data.error); }
            });
          }
        }).catch(function () {});
      }

      function setJournal(open) {
        $('game-view').classList.toggle('journal-closed', !open);
        $('journal-toggle').setAttribute('aria-expanded', open ? 'true' : 'false');
      }

      $('join-form').addEventListener('submit', function (event) {
        event.preventDefault();
        join($('name').value);
      });
      $('command-form').addEventListener('submit', function (event) {
        event.preventDefault();
        var line = $('command').value;
        $('command').value = '';
        send(line);
      });
      $('journal-toggle').addEventListener('click', function () {
        setJournal($('game-view').classList.contains('journal-closed'));
      });
      $('command').addEventListener('keydown', function (event) {
        var input = event.target;
        if (event.key === 'ArrowUp' && historyIndex > 0) {
          historyIndex--;
          input.value = history[historyIndex];
          event.preventDefault();
        } else if (event.key === 'ArrowDown' && historyIndex < history.length) {
          historyIndex++;
          input.value = historyIndex < history.length ? history[historyIndex] : '';
          event.preventDefault();
        } else if (event.key === 'Tab' && !event.shiftKey && input.value.trim() !== '' && !/\s$/.test(input.value)) {
          event.preventDefault();
          complete(input);
        }
      });
      // Coming back to the tab says so at once (and opens the game again if the server was restarted).
      window.addEventListener('focus', function () { if (pinger) { ping(); } });
      window.addEventListener('pageshow', function () { sessionStorage.setItem('elbe-tab-open', tab); });
      window.addEventListener('pagehide', function () {
        sessionStorage.removeItem('elbe-tab-open');
        navigator.sendBeacon('/api/leave', new Blob([JSON.stringify({ tab: tab })], { type: 'text/plain' }));
      });

      call('/api/resume', { tab: tab }).then(function (r) {
        if (r.status === 200) { showGame(r.data); return; }
        if (r.status === 409) { showJoin(r.data.error); return; }
        var name = sessionStorage.getItem('elbe-name');
        if (name) { join(name); } else { showJoin(''); }
      }).catch(function () { showJoin('The server cannot be reached. Check the address and reload the page.'); });
    })();
    """#
}

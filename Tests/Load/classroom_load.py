#!/usr/bin/env python3
"""Load test of the classroom server: simulated students play the Elbe walkthrough at full speed.

Starts `elbe-adventure serve` on 127.0.0.1 only (a free port, a new saves folder), then each
student joins under their own name and cookie and plays every command of the walkthrough, as fast
as the server answers. Halfway through, the server is killed (SIGKILL, no chance to save) and
started again on the same saves folder: every student joins again and must find their game where
it was (the same facts), then plays on to the ending. A few students also close their connection
in the middle of a command. At the end every student's save must hold the finished game.

Bounded: at most --students students (default 60, at most 200), --time-limit seconds in all
(default 600), 30 seconds for any one request.

Usage: classroom_load.py PATH/TO/elbe-adventure [--students N] [--no-restart] [--time-limit S] [--pause S]
                         [--client raw|http.client]
Each student sends the version of the journal panel it holds, as the page does, so the panel comes
back only when it changed. The students' requests go through plain sockets (`--client raw`, the
default): Python's `http.client` (`--client http.client`, as before) cost the client about 2 ms of
CPU per command, and with 60 threads under one interpreter lock that wait showed in the latency.
Prints the latency per command (p50, p90, p99, max), the server's own breakdown of it (its
Server-Timing header), the machine's load, and exits 1 if anything was lost.
"""
import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
RAW = True
WALKTHROUGH = os.path.join(ROOT, "Tests/TranscriptTests/Walkthroughs/elbe-best.transcript")


class Server:
    def __init__(self, binary, saves, port=0):
        self.process = subprocess.Popen(
            [binary, "serve", "--bind", "127.0.0.1", "--port", str(port), "--saves", saves, "--teacher-code", "load-test-code"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 60
        self.port = None
        while time.time() < deadline and self.port is None:
            line = self.process.stdout.readline()
            match = re.search(r"Students open: http://127\.0\.0\.1:(\d+)/", line)
            if match:
                self.port = int(match.group(1))
            elif self.process.poll() is not None:
                break
        if self.port is None:
            self.process.kill()
            raise SystemExit("the server did not start")
        threading.Thread(target=self.process.stdout.read, daemon=True).start()

    def kill(self):
        self.process.kill()
        self.process.wait(timeout=30)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Student:
    def __init__(self, number, port):
        self.name = "Student %02d" % number
        self.tab = "loadtab%04d" % number
        self.port = port
        self.cookie = None
        self.connection = None
        self.latencies = []
        self.server_times = {}
        self.after_restart = []
        self.problems = []
        self.ended = False
        self.journal = ""
        self.journal_version = None
        self.raw = None
        self.buffer = b""

    def request(self, path, body):
        if RAW:
            return self.request_raw(path, body)
        data = json.dumps(body).encode()
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
            headers = {"Content-Type": "application/json"}
            if self.cookie:
                headers["Cookie"] = self.cookie
            try:
                self.connection.request("POST", path, data, headers)
                response = self.connection.getresponse()
                text = response.read().decode()
            except (ConnectionError, http.client.HTTPException, socket.timeout):
                self.connection.close()
                self.connection = None
                if attempt == 1:
                    raise
                continue
            if path == "/api/command":
                # Server-Timing: where the time went inside the server (queue, move, page, game, total).
                for name, value in re.findall(r"(\w+);dur=([0-9.]+)", response.getheader("Server-Timing") or ""):
                    self.server_times.setdefault(name, []).append(float(value) / 1000)
            cookie = response.getheader("Set-Cookie")
            if cookie:
                self.cookie = cookie.split(";")[0]
            try:
                return response.status, json.loads(text)
            except ValueError:
                return response.status, {}
        return 0, {}

    def request_raw(self, path, body):
        """The same request as `request`, written and read by hand on a kept-alive socket."""
        data = json.dumps(body).encode()
        head = "POST %s HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % (path, len(data))
        if self.cookie:
            head += "Cookie: %s\r\n" % self.cookie
        message = (head + "\r\n").encode() + data
        for attempt in range(2):
            try:
                if self.raw is None:
                    self.raw = socket.create_connection(("127.0.0.1", self.port), timeout=30)
                    self.raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                    self.buffer = b""
                self.raw.sendall(message)
                status, headers, text = self.read_response()
                break
            except (ConnectionError, socket.timeout, ValueError):
                if self.raw is not None:
                    self.raw.close()
                self.raw = None
                if attempt == 1:
                    raise
        if path == "/api/command":
            for name, value in re.findall(r"(\w+);dur=([0-9.]+)", headers.get("server-timing", "")):
                self.server_times.setdefault(name, []).append(float(value) / 1000)
        if "set-cookie" in headers:
            self.cookie = headers["set-cookie"].split(";")[0]
        if headers.get("connection", "").lower() == "close":
            self.raw.close()
            self.raw = None
        try:
            return status, json.loads(text)
        except ValueError:
            return status, {}

    def read_response(self):
        while b"\r\n\r\n" not in self.buffer:
            self.receive()
        head, _, self.buffer = self.buffer.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ")[1])
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("transfer-encoding", "").lower() == "chunked":
            body = b""
            while True:
                while b"\r\n" not in self.buffer:
                    self.receive()
                size_line, _, self.buffer = self.buffer.partition(b"\r\n")
                size = int(size_line.split(b";")[0], 16)
                while len(self.buffer) < size + 2:
                    self.receive()
                body += self.buffer[:size]
                self.buffer = self.buffer[size + 2:]
                if size == 0:
                    break
        else:
            length = int(headers.get("content-length", "0"))
            while len(self.buffer) < length:
                self.receive()
            body, self.buffer = self.buffer[:length], self.buffer[length:]
        return status, headers, body.decode()

    def receive(self):
        chunk = self.raw.recv(262144)
        if not chunk:
            raise ConnectionError("closed")
        self.buffer += chunk

    def join(self):
        status, reply = self.request("/api/join", {"name": self.name, "tab": self.tab})
        self.keep_journal(reply)
        if status != 200:
            self.problems.append("%s could not join: %s %s" % (self.name, status, reply.get("error")))
        return reply

    def play(self, line):
        started = time.perf_counter()
        body = {"line": line, "tab": self.tab}
        if self.journal_version:
            body["journal"] = self.journal_version
        status, reply = self.request("/api/command", body)
        self.latencies.append(time.perf_counter() - started)
        self.keep_journal(reply)
        if status != 200 or not reply.get("html"):
            self.problems.append("%s: '%s' was not answered (%s %s)" % (self.name, line, status, reply.get("error")))
        return reply

    def keep_journal(self, reply):
        """Keeps the journal panel as the page does: a reply without one leaves it as it was."""
        if isinstance(reply.get("journal"), str):
            self.journal = reply["journal"]
            self.journal_version = reply.get("journalVersion")

    def abandon(self, line):
        """Sends a command and closes the connection without reading the answer: a closed tab."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as raw:
            body = json.dumps({"line": line, "tab": self.tab}).encode()
            raw.sendall(b"POST /api/command HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + ("Cookie: %s\r\nContent-Length: %d\r\n\r\n" % (self.cookie, len(body))).encode() + body)

    def reconnect(self, port):
        self.port = port
        self.cookie = None
        self.journal_version = None
        if self.connection is not None:
            self.connection.close()
        self.connection = None
        if self.raw is not None:
            self.raw.close()
        self.raw = None


class Teacher:
    """The teacher's live table: logs in and keeps the report stream (/teacher/events) open,
    reading every report the server sends, across the restart, until told to stop."""

    def __init__(self, server):
        self.server = server
        self.cookie = None
        self.reports = 0
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.watch, daemon=True)
        self.thread.start()

    def log_in(self):
        connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
        connection.request("POST", "/teacher/login", "code=load-test-code",
                           {"Content-Type": "application/x-www-form-urlencoded"})
        response = connection.getresponse()
        response.read()
        cookie = response.getheader("Set-Cookie")
        if cookie:
            self.cookie = cookie.split(";")[0]
        connection.close()

    def watch(self):
        while not self.stopped.is_set():
            try:
                if self.cookie is None:
                    self.log_in()
                connection = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=30)
                connection.request("GET", "/teacher/events", headers={"Cookie": self.cookie or ""})
                response = connection.getresponse()
                if response.status != 200:
                    self.cookie = None
                    response.read()
                    time.sleep(0.5)
                    continue
                while not self.stopped.is_set():
                    line = response.fp.readline()
                    if not line:
                        break
                    if line.startswith(b"event: report"):
                        self.reports += 1
                connection.close()
            except (OSError, http.client.HTTPException):
                time.sleep(0.2)


def facts(journal):
    match = re.search(r"(\d+) of \d+ facts", journal)
    return int(match.group(1)) if match else -1


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] if ordered else 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("binary")
    parser.add_argument("--students", type=int, default=60)
    parser.add_argument("--time-limit", type=float, default=600)
    parser.add_argument("--no-restart", action="store_true")
    parser.add_argument("--teachers", type=int, default=0, help="teachers watching the live table (0: none)")
    parser.add_argument("--pause", type=float, default=0.0, help="seconds a student waits between commands (0: full speed)")
    parser.add_argument("--client", choices=["raw", "http.client"], default="raw",
                        help="how requests are sent: plain sockets (default) or Python's http.client")
    options = parser.parse_args()
    global RAW
    RAW = options.client == "raw"
    # A thread whose answer has arrived waits for the interpreter lock at most this long (the
    # default, 5 ms, is as long as the whole target).
    sys.setswitchinterval(0.0002)
    count = max(1, min(options.students, 200))
    commands = [line[2:] for line in open(WALKTHROUGH, encoding="utf-8").read().split("\n") if line.startswith("> ")]
    while commands and commands[-1].strip() == "":
        commands.pop()
    half = len(commands) // 2
    deadline = time.time() + options.time_limit
    saves = tempfile.mkdtemp(prefix="elbe-load-")
    server = Server(options.binary, saves)
    students = [Student(number, server.port) for number in range(1, count + 1)]
    teachers = [Teacher(server) for _ in range(max(0, min(options.teachers, 10)))]
    before_restart = {}
    restart = threading.Barrier(count + 1, timeout=options.time_limit)
    resume = threading.Barrier(count + 1, timeout=options.time_limit)

    def run(student, lines, restarted=False):
        for index, line in enumerate(lines):
            if time.time() > deadline:
                student.problems.append("%s: out of time" % student.name)
                return None
            reply = student.play(line)
            if restarted and index < 3:
                student.after_restart.append(student.latencies[-1])
            student.ended = student.ended or "***" in reply.get("html", "")
            if options.pause > 0:
                time.sleep(options.pause)
            if index == 3 and int(student.name[-2:]) % 12 == 0:
                student.abandon("journal")
        return reply

    def first_half(student):
        student.join()
        run(student, commands[:half])
        before_restart[student.name] = facts(student.journal)

    def second_half(student):
        student.join()
        if not options.no_restart and facts(student.journal) != before_restart.get(student.name):
            student.problems.append("%s found %s facts after the restart, had %s" % (student.name, facts(student.journal), before_restart.get(student.name)))
        last = run(student, commands[half:], restarted=not options.no_restart)
        # The walkthrough goes on after the ending (`score`), so any reply may show it.
        if last is not None and not student.ended:
            student.problems.append("%s did not reach the ending" % student.name)

    def lesson(student):
        try:
            first_half(student)
            restart.wait()
            resume.wait()
            second_half(student)
        except Exception as error:  # a student's failure is reported, not fatal to the run
            student.problems.append("%s: %r" % (student.name, error))
            for barrier in (restart, resume):
                try:
                    barrier.abort()
                except threading.BrokenBarrierError:
                    pass

    load_before = os.getloadavg()
    started = time.time()
    threads = [threading.Thread(target=lesson, args=(student,)) for student in students]
    for thread in threads:
        thread.start()
    restart_seconds = 0.0
    try:
        restart.wait()
        if not options.no_restart:
            killed = time.time()
            server.kill()
            server = Server(options.binary, saves, port=server.port)
            for teacher in teachers:
                teacher.server = server
            restart_seconds = time.time() - killed
            for student in students:
                student.reconnect(server.port)
        resume.wait()
    except threading.BrokenBarrierError:
        pass
    for thread in threads:
        thread.join(max(1, deadline - time.time()))
    elapsed = time.time() - started
    load_after = os.getloadavg()
    for teacher in teachers:
        teacher.stopped.set()
    server.stop()

    latencies = [value for student in students for value in student.latencies]
    problems = [problem for student in students for problem in student.problems]
    for student in students:
        # Saves are kept per story (<player>/<story id>/); an autosave is a JSON document, then
        # possibly one line per move appended after it (see docs/save-format.md).
        path = os.path.join(saves, student.name.lower(), "elbe", "autosave.save")
        try:
            with open(path, encoding="utf-8") as file:
                summary = json.JSONDecoder().raw_decode(file.read())[0]["summary"]
            if summary.get("ending") is None:
                problems.append("%s's save does not hold the finished game" % student.name)
        except (OSError, ValueError, KeyError) as error:
            problems.append("%s's save cannot be read: %r" % (student.name, error))
    shutil.rmtree(saves, ignore_errors=True)

    print("students: %d, commands each: %d, commands answered: %d, in %.1f s (%.0f commands/s)"
          % (count, len(commands), len(latencies), elapsed, len(latencies) / max(elapsed, 0.001)))
    print("latency per command: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms"
          % tuple(1000 * percentile(latencies, f) for f in (0.5, 0.9, 0.99, 1.0)))
    parts = {}
    for student in students:
        for name, values in student.server_times.items():
            parts.setdefault(name, []).extend(values)
    for name in ("queue", "move", "page", "game", "total"):
        if parts.get(name):
            print("  in the server, %-5s p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms"
                  % ((name,) + tuple(1000 * percentile(parts[name], f) for f in (0.5, 0.9, 0.99, 1.0))))
    after_restart = [value for student in students for value in student.after_restart]
    if after_restart:
        print("the first 3 commands after the restart: p50 %.1f ms, p99 %.1f ms, max %.1f ms"
              % tuple(1000 * percentile(after_restart, f) for f in (0.5, 0.99, 1.0)))
    if teachers:
        print("teachers watching the live table: %d, reports received: %s"
              % (len(teachers), ", ".join(str(teacher.reports) for teacher in teachers)))
    print("machine load average (1 min) at the start %.2f, at the end %.2f; %d cores; client and server at nice %d; client %s"
          % (load_before[0], load_after[0], os.cpu_count() or 0, os.nice(0), options.client))
    if not options.no_restart:
        print("server killed and started again after %d commands each: back in %.1f s" % (half, restart_seconds))
    for problem in problems[:20]:
        print("PROBLEM:", problem)
    print("nothing lost" if not problems else "%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

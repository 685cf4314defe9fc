#!/usr/bin/env python3
"""Measures elbe-adventure beside its peers on the shared catalogue world and prints one table.

    python3 Benchmarks/bench.py --elbe BINARY --engine ENGINE_BENCHMARK [--runs 5] [--sizes 10 100 ...]

Called by Benchmarks/run.sh, which builds the binaries and installs the peers. Every figure is a
whole process from fork to exit, timed as its CPU time (user + system, from wait4), the median of
--runs runs with min and max,
except the in-process rows (EngineBenchmark). Per command = (walkthrough - start-up) / commands.
Every walkthrough is checked: it must reach the win, with the right number of takes, drops,
unlocks and refused gate moves, and no misunderstood command; a run that fails stops the table.
Inform 6 is measured twice: compiled for the Z-machine and played on dfrotz (up to N = 600, all a
Z-machine holds), and compiled for Glulx and played on Glulxe (compiled at every N; played up to
--glulxe-max, 1,000 by default: its walkthrough of N = 5,000 takes a minute a run).
"""
import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORLD = os.path.join(ROOT, "..", "shared", "bench", "world.py")
sys.path.insert(0, os.path.join(HERE, "peers"))
import adventurelib_world  # noqa: E402
import inform6_world  # noqa: E402

DFROTZ = shutil.which("dfrotz") or "/usr/games/dfrotz"
GLULXE = shutil.which("glulxe") or "/usr/games/glulxe"
INFORM6 = shutil.which("inform6") or "/usr/bin/inform6"
INFORM_LIBRARY = "/usr/share/inform6/library"
# Debian's library lacks `infglk.h`, which Inform 6 needs to compile for Glulx: ours comes first
# on the include path (Benchmarks/peers/inform6/README.md).
GLULX_INCLUDES = os.path.join(HERE, "peers", "inform6") + "," + INFORM_LIBRARY
Z_MACHINE_LIMIT = 600  # the Z-machine holds about 604 rooms of this world
# No run may take longer than this (a peer that waits for input it will never get, such as
# Glulxe's "Hit any key to exit." at the end of its input, would otherwise hang the table).
RUN_TIMEOUT = 900
FAILURES = re.compile(r"I don't understand|You can't see any such thing|You can't go that way|"
                      r"That's not a verb I recognise|I only understood|I don't know the word")


class Sample:
    """A whole-process run: CPU time in ms (and wall time), exit status, output."""

    def __init__(self, argv, stdin_text, cwd=None, env=None):
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as inp:
            inp.write(stdin_text.encode())
            inp.seek(0)
            start = time.perf_counter()
            process = subprocess.Popen(argv, stdin=inp, stdout=out, stderr=subprocess.STDOUT, cwd=cwd, env=env)
            watchdog = threading.Timer(RUN_TIMEOUT, process.kill)
            watchdog.start()
            try:
                _, status, usage = os.wait4(process.pid, 0)
            finally:
                watchdog.cancel()
            self.wall_ms = (time.perf_counter() - start) * 1000
            # CPU time (user + system) of the child: on a shared, loaded machine the wall clock
            # mostly measures waiting for a core; the CPU time of a single-threaded run does not.
            self.ms = (usage.ru_utime + usage.ru_stime) * 1000
            process.returncode = os.waitstatus_to_exitcode(status)
            self.status = process.returncode
            out.seek(0)
            self.output = out.read().decode("utf-8", "replace")


def peak_mib(argv, stdin_text="", cwd=None, env=None):
    """Peak resident memory of one run, from GNU time (ru_maxrss of a child forked from Python
    would count Python's own pages)."""
    with tempfile.NamedTemporaryFile(mode="r") as report:
        Sample(["/usr/bin/time", "-f", "%M", "-o", report.name] + argv, stdin_text, cwd, env)
        return Figure([int(report.read().split()[-1]) / 1024])


def measure(runs, argv, stdin_text="", cwd=None, check=None, env=None):
    samples = [Sample(argv, stdin_text, cwd, env) for _ in range(runs)]
    if check:
        for s in samples:
            problem = check(s)
            if problem:
                sys.exit(f"bench: {' '.join(argv[:3])}: {problem}\n--- output tail ---\n{s.output[-1500:]}")
    return samples


class Figure:
    """Median, min and max of some values."""

    def __init__(self, values):
        self.values = list(values)
        self.median = statistics.median(self.values) if self.values else None

    def __str__(self):
        if self.median is None:
            return "-"
        lo, hi = min(self.values), max(self.values)
        return f"{fmt(self.median)} ({fmt(lo)}–{fmt(hi)})" if len(self.values) > 1 else fmt(self.median)


def fmt(x):
    if x >= 100:
        return f"{x:,.0f}"
    if x >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}"


def walkthrough_check(world, taken, win, turns=None):
    steps = world["step_counts"]
    g = len(world["gates"])

    def check(s):
        text = s.output
        if FAILURES.search(text):
            return "a command was misunderstood: " + FAILURES.search(text).group(0)
        if win not in text:
            return "the walkthrough did not win"
        if turns is not None and f"in {turns} turns" not in text:
            return f"the game did not report {turns} turns"
        if len(re.findall(r"(?m)(^|> )Taken\.", text)) != taken:
            return f"expected {taken} 'Taken.'"
        if len(re.findall(r"(?m)(^|> )Dropped\.", text)) != steps["drop"]:
            return f"expected {steps['drop']} 'Dropped.'"
        if text.count("The key turns with a clank") != g:
            return f"expected {g} unlocks"
        if len(re.findall(r"iron gate is locked|iron gate is in the way", text)) != g:
            return f"expected {g} refused gate moves"
        return None
    return check


def ok_status(s):
    return None if s.status == 0 else f"exit status {s.status}"


def mean_per_command(walk, start, commands):
    """Per-command µs from each walkthrough run minus the median start-up."""
    return Figure([(w.ms - start.median) * 1000 / commands for w in walk])


class Row:
    def __init__(self, system, **cells):
        self.system = system
        self.cells = cells


COLUMNS = [("compile", "compile ms"), ("start", "start-up ms"), ("command", "per command µs"),
           ("save", "save ms"), ("restore", "restore ms"), ("memory", "peak MiB")]


def ours(args, n, world, folder):
    story, commands = os.path.join(folder, f"catalogue-{n}.story"), os.path.join(folder, f"catalogue-{n}.commands")
    subprocess.run([sys.executable, os.path.join(HERE, "catalogue.py"), str(n), folder], check=True, stdout=subprocess.DEVNULL)
    walk_text = open(commands).read()
    quit_file = os.path.join(folder, "quit.commands")
    open(quit_file, "w").write("quit\n")
    walk_file = os.path.join(folder, f"walk-{n}.commands")
    open(walk_file, "w").write(walk_text)
    check_run = measure(args.runs, [args.elbe, "check", story], check=ok_status)
    start = measure(args.runs, [args.elbe, "play", story, "--script", quit_file], check=ok_status)
    walk = measure(args.runs, [args.elbe, "play", story, "--script", walk_file],
                   check=walkthrough_check(world, world["step_counts"]["take"] - 1, world["win_text"]))
    m = len(walk_text.splitlines())
    inproc = json.loads(subprocess.run([args.engine, story, commands, str(args.runs)], check=True,
                                       capture_output=True, text=True).stdout)
    binary = Row("elbe-adventure", compile=Figure(s.ms for s in check_run), start=Figure(s.ms for s in start),
                 command=mean_per_command(walk, Figure(s.ms for s in start), m),
                 memory=peak_mib([args.elbe, "play", story, "--script", walk_file]), save=Figure(inproc["save"]), restore=Figure(inproc["restore"]))
    process = Row("elbe-adventure in process", compile=Figure(inproc["compile"]), start=Figure(inproc["start"]),
                  command=Figure(inproc["command"]))
    return [binary, process], m


def inform(args, n, world, folder):
    if n > Z_MACHINE_LIMIT:
        return []
    source, commands, story = (os.path.join(folder, f"inform-{n}.{x}") for x in ("inf", "commands", "z8"))
    open(source, "w").write(inform6_world.render(world))
    walk_text = inform6_world.commands(world)
    compile_runs = measure(args.runs, [INFORM6, "-v8", "-q", f"+include_path={INFORM_LIBRARY}", source, story],
                           check=lambda s: None if s.status == 0 and os.path.exists(story) else "inform6 failed")
    run = [DFROTZ, "-m", "-p", "-q", story]
    start = measure(args.runs, run, "quit\ny\n", check=ok_status)
    walk = measure(args.runs, run, walk_text + "quit\n",
                   check=walkthrough_check(world, world["step_counts"]["take"] - 1, world["win_text"], len(walk_text.splitlines())))
    saves, restores = [], []
    for i in range(args.runs):
        path = os.path.join(folder, f"inform-{n}-{i}.qzl")
        saves.append(Sample(run, f"save\n{path}\nquit\ny\n"))
        if not os.path.exists(path):
            sys.exit("bench: dfrotz did not save")
        restores.append(Sample(run, f"restore\n{path}\nquit\ny\n"))
        if "Ok." not in restores[-1].output:
            sys.exit("bench: dfrotz did not restore")
    start_median = Figure(s.ms for s in start).median
    return [Row("Inform 6 + dfrotz", compile=Figure(s.ms for s in compile_runs), start=Figure(s.ms for s in start),
                command=mean_per_command(walk, Figure(s.ms for s in start), len(walk_text.splitlines())),
                save=Figure(max(s.ms - start_median, 0) for s in saves),
                restore=Figure(max(s.ms - start_median, 0) for s in restores),
                memory=peak_mib(run, walk_text + "quit\n"))]


# Glulxe draws its screen with curses (Debian builds it on glkterm); what it printed is read back
# as lines: a cursor movement ends a line, a move to the right is a space.
SCREEN_CODES = re.compile(r"\x1b\[[0-9;?]*[ -/]*([@-~])|\x1b[()][0-9A-Za-z]|\x1b[=>78]")


def screen_text(output):
    return SCREEN_CODES.sub(lambda m: " " if m.group(1) == "C" else ("\n" if m.group(1) else ""), output).replace("\r", "\n")


class ScreenSample:
    """A Sample whose output is Glulxe's screen read back as text."""

    def __init__(self, sample):
        self.ms, self.status, self.output = sample.ms, sample.status, screen_text(sample.output)


def glulx(args, n, world, folder):
    """Inform 6 compiled for Glulx (`inform6 -G`) and played on Glulxe: compiled at every N, played
    (start-up, save, restore) at every N and through the walkthrough up to --glulxe-max. Glulxe
    waits for a key after "Hit any key to exit.", so every input ends with one."""
    if args.glulxe_max < 0:
        return []
    source, story = (os.path.join(folder, f"inform-{n}.{x}") for x in ("inf", "ulx"))
    open(source, "w").write(inform6_world.render(world))
    walk_text = inform6_world.commands(world)
    compile_runs = measure(args.runs, [INFORM6, "-G", "-q", f"+include_path={GLULX_INCLUDES}", source, story],
                           check=lambda s: None if s.status == 0 and os.path.exists(story) else "inform6 -G failed")
    run = [GLULXE, "-defprompt", "no", "-width", "80", "-height", "24", story]
    env = dict(os.environ, TERM="xterm")
    start = measure(args.runs, run, "quit\ny\nx\n", cwd=folder, env=env,
                    check=lambda s: ok_status(s) or (None if "Hit any key" in s.output else "Glulxe did not quit"))
    start_median = Figure(s.ms for s in start).median
    saves, restores = [], []
    for i in range(args.runs):
        name = f"glulxe-{n}-{i}"
        if os.path.exists(os.path.join(folder, name + ".glksave")):
            os.remove(os.path.join(folder, name + ".glksave"))  # else Glulxe asks whether to replace it
        saves.append(Sample(run, f"save\n{name}\nquit\ny\nx\n", folder, env))
        if not os.path.exists(os.path.join(folder, name + ".glksave")):
            sys.exit("bench: Glulxe did not save\n" + screen_text(saves[-1].output)[-800:])
        restores.append(Sample(run, f"restore\n{name}\nquit\ny\nx\n", folder, env))
        if "Ok." not in screen_text(restores[-1].output):
            sys.exit("bench: Glulxe did not restore\n" + screen_text(restores[-1].output)[-800:])
    row = Row("Inform 6 + Glulxe", compile=Figure(s.ms for s in compile_runs), start=Figure(s.ms for s in start),
              save=Figure(max(s.ms - start_median, 0) for s in saves),
              restore=Figure(max(s.ms - start_median, 0) for s in restores))
    if n <= args.glulxe_max:
        check = walkthrough_check(world, world["step_counts"]["take"] - 1, world["win_text"], len(walk_text.splitlines()))
        walk = [ScreenSample(s) for s in measure(args.runs, run, walk_text + "quit\nx\n", cwd=folder, env=env)]
        for s in walk:
            problem = ok_status(s) or check(s)
            if problem:
                sys.exit(f"bench: Glulxe, N = {n}: {problem}\n--- screen tail ---\n{s.output[-1500:]}")
        row.cells["command"] = mean_per_command(walk, Figure(s.ms for s in start), len(walk_text.splitlines()))
        row.cells["memory"] = peak_mib(run, walk_text + "quit\nx\n", folder, env)
    return [row]


def adventurelib(args, n, world, folder):
    if not args.python:
        return []
    program, commands = os.path.join(folder, f"adventurelib-{n}.py"), os.path.join(folder, "unused")
    open(program, "w").write(adventurelib_world.render(world))
    walk_text = inform6_world.commands(world)
    compile_runs = measure(args.runs, [args.python, "-m", "py_compile", program], check=ok_status)
    start = measure(args.runs, [args.python, program], "", check=ok_status)
    walk = measure(args.runs, [args.python, program], walk_text,
                   check=walkthrough_check(world, world["step_counts"]["take"], world["win_text"]))
    return [Row("adventurelib 1.2.1", compile=Figure(s.ms for s in compile_runs), start=Figure(s.ms for s in start),
                command=mean_per_command(walk, Figure(s.ms for s in start), len(walk_text.splitlines())),
                memory=peak_mib([args.python, program], walk_text))]


def elbe_story(args, folder):
    transcript = os.path.join(ROOT, "Tests", "TranscriptTests", "Walkthroughs", "elbe-best.transcript")
    commands = [line[2:] for line in open(transcript).read().splitlines() if line.startswith("> ") and line[2:].strip()]
    walk_file, quit_file = os.path.join(folder, "elbe.commands"), os.path.join(folder, "quit.commands")
    open(walk_file, "w").write("\n".join(commands) + "\n")
    open(quit_file, "w").write("quit\n")
    check_run = measure(args.runs, [args.elbe, "check", os.path.join(ROOT, "Stories", "elbe.story")], check=ok_status)
    start = measure(args.runs, [args.elbe, "play", "--script", quit_file], check=ok_status)
    walk = measure(args.runs, [args.elbe, "play", "--script", walk_file],
                   check=lambda s: ok_status(s) or (None if "I don't understand" not in s.output else "misunderstood"))
    return Row("elbe-adventure, bundled story", compile=Figure(s.ms for s in check_run), start=Figure(s.ms for s in start),
               command=mean_per_command(walk, Figure(s.ms for s in start), len(commands)), memory=peak_mib([args.elbe, "play", "--script", quit_file]))


def ratio_row(ours_row, peer_row):
    cells = {}
    for key, _ in COLUMNS:
        a, b = ours_row.cells.get(key), peer_row.cells.get(key)
        if a and b and a.median is not None and b.median:
            cells[key] = a.median / b.median
    return Row(f"ratio elbe / {peer_row.system.split(' ')[0] if 'adventurelib' in peer_row.system else peer_row.system}", **cells)


def print_table(blocks):
    print("| N | system | " + " | ".join(title for _, title in COLUMNS) + " |")
    print("|---|---|" + "---|" * len(COLUMNS))
    for n, rows in blocks:
        for row in rows:
            cells = []
            for key, _ in COLUMNS:
                value = row.cells.get(key)
                if value is None:
                    cells.append("")
                elif isinstance(value, float):
                    cells.append(f"**{value:.2f}×**")
                else:
                    cells.append(str(value))
            print(f"| {n} | {row.system} | " + " | ".join(cells) + " |")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--elbe", required=True)
    parser.add_argument("--engine", required=True)
    parser.add_argument("--python", help="the Python with adventurelib 1.2.1")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="*", default=[10, 100, 600, 1000, 5000, 20000])
    parser.add_argument("--glulxe-max", type=int, default=1000,
                        help="the largest N whose walkthrough Glulxe plays (-1: leave Glulx out)")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="elbe-bench-")
    blocks = []
    try:
        rows = [elbe_story(args, folder)]
        # The reference: dfrotz starting a 10-room Z-machine world.
        world10 = world_of(10, folder)
        peer = inform(args, 10, world10, folder)
        if peer:
            peer[0].system += " (N = 10)"
            rows += [Row(peer[0].system, start=peer[0].cells["start"], memory=peer[0].cells["memory"])]
            rows.append(ratio_row(rows[0], rows[1]))
        glulxe10 = glulx(args, 10, world10, folder)
        if glulxe10:
            glulxe10[0].system += " (N = 10)"
            rows.append(Row(glulxe10[0].system, start=glulxe10[0].cells["start"], memory=glulxe10[0].cells.get("memory")))
            rows.append(ratio_row(rows[0], rows[-1]))
        blocks.append(("Elbe", rows))
        for n in args.sizes:
            world = world_of(n, folder)
            mine, m = ours(args, n, world, folder)
            peers = inform(args, n, world, folder) + glulx(args, n, world, folder) + adventurelib(args, n, world, folder)
            rows = mine + peers + [ratio_row(mine[0], p) for p in peers]
            blocks.append((f"{n:,} ({m:,} cmds)", rows))
            print(f"bench: N = {n} done", file=sys.stderr)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
          f"{args.runs} runs each; CPU time of whole processes; medians (min–max). Ratio < 1: elbe-adventure is faster or smaller.\n")
    print_table(blocks)


def world_of(n, folder):
    path = os.path.join(folder, f"world-{n}.json")
    subprocess.run([sys.executable, WORLD, str(n), "--json", path], check=True, stdout=subprocess.DEVNULL)
    return json.load(open(path))


if __name__ == "__main__":
    main()

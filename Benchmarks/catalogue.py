#!/usr/bin/env python3
"""Renders the shared catalogue world (../shared/bench/world.py) in the elbe-adventure story
language, with its walkthrough as a command list.

    python3 Benchmarks/catalogue.py N OUT_DIR      writes OUT_DIR/catalogue-N.story and .commands
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
WORLD = os.path.join(HERE, "..", "..", "shared", "bench", "world.py")


def load(n):
    with tempfile.NamedTemporaryFile(suffix=".json") as f:
        subprocess.run([sys.executable, WORLD, str(n), "--json", f.name], check=True, stdout=subprocess.DEVNULL)
        return json.load(open(f.name))


def quote(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def render(w):
    items = {it["id"]: it for it in w["items"]}
    gates = {g["number"]: g for g in w["gates"]}
    out = [f'story {quote(w["title"])} id catalogue-{w["n"]}', "  start at room_1", "  introduction", "    " + w["intro"], ""]
    for r in w["rooms"]:
        out.append(f'scene {r["id"]} {quote(r["name"])}')
        out.append("  " + r["description"])
        for d, target in r["exits"].items():
            out.append(f"  exit {d} to room_{target}")
            if r["gate"] and r["gate_dir"] == d:
                out.append(f'    only if gate-{r["gate"]}-open, else "The iron gate is locked."')
        it = items[r["item"]]
        words = it["words"]
        out.append(f'  thing {it["id"]} {quote(it["name"])}')
        out.append(f"    nouns {words[-1]}")
        out.append(f"    adjectives {', '.join(words[:-1])}")
        out.append("    " + it["description"])
        if it["kind"] == "crown":
            out.append(f"  on take {{{it['id']}}}")
            out.append("    " + w["win_text"])
            out.append("    end complete")
        if r["gate"] and r["number"] == gates[r["gate"]]["a"]:
            g = gates[r["gate"]]
            out.append(f'  thing gate_{g["number"]} "iron gate"')
            out.append("    fixed")
            out.append("    " + g["description"])
            out.append(f'  on unlock {{gate_{g["number"]}}} with {{{g["key"]}}}')
            out.append(f'    only if holding {g["key"]}, else "You need the right key."')
            out.append("    The key turns with a clank and the gate swings open. The key stays in the lock.")
            out.append(f'    set gate-{g["number"]}-open')
            out.append(f'    remove {g["key"]}')
        out.append("")
    out.append('ending complete "The Catalogue Is Complete" success')
    out.append("  " + w["win_text"])
    return "\n".join(out) + "\n"


def commands(w):
    items = {it["id"]: it for it in w["items"]}
    out = []
    for step in w["steps"]:
        kind = step[0]
        if kind in ("take", "drop", "examine"):
            out.append(f"{kind} {items[step[1]]['name']}")
        elif kind in ("go", "go_blocked"):
            out.append(step[1])
        elif kind == "unlock":
            out.append(f"unlock iron gate with {items[step[2]]['name']}")
        else:
            out.append(kind)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    n, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    w = load(n)
    open(os.path.join(folder, f"catalogue-{n}.story"), "w").write(render(w))
    open(os.path.join(folder, f"catalogue-{n}.commands"), "w").write(commands(w))
    print(f"N={n}: {len(w['steps'])} commands")

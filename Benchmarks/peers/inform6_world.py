#!/usr/bin/env python3
"""Renders the shared catalogue world (../shared/bench/world.py) as Inform 6 source for the
Inform 6 library (Debian inform6-library), with its walkthrough as a command list.

    python3 Benchmarks/peers/inform6_world.py WORLD.json OUT.inf OUT.commands

Rooms are objects with `light`; a gate is a locked `door` found in both of its rooms, opened
for good by UNLOCK ... WITH its key, which then leaves the game; taking the crown wins.
"""
import json
import sys

DIR_PROP = {"north": "n_to", "east": "e_to", "south": "s_to", "west": "w_to"}


def q(text):
    return '"' + text.replace('"', "~").replace("@", "@@64") + '"'


def render(w):
    items = {it["id"]: it for it in w["items"]}
    gates = {g["number"]: g for g in w["gates"]}
    out = [
        "Constant Story " + q(w["title"]) + ";",
        'Constant Headline "^A benchmark world^";',
        "Constant MAX_CARRIED 100;",
        'Include "Parser";',
        'Include "VerbLib";',
        "",
    ]
    for r in w["rooms"]:
        out.append(f'Object {r["id"]} {q(r["name"])}')
        props = [f'description {q(r["description"])}']
        for d, target in r["exits"].items():
            if r["gate"] and r["gate_dir"] == d:
                props.append(f'{DIR_PROP[d]} gate_{r["gate"]}')
            else:
                props.append(f"{DIR_PROP[d]} room_{target}")
        out.append("  with " + ",\n       ".join(props))
        out.append("  has light;")
        it = items[r["item"]]
        words = " ".join(f"'{x}'" for x in it["words"])
        out.append(f'Object {it["id"]} {q(it["name"])} {r["id"]}')
        if it["kind"] == "crown":
            out.append(f"  with name {words}, description {q(it['description'])},")
            out.append(f"       after [; Take: deadflag = 2; {q(w['win_text'])}; ];")
        else:
            out.append(f"  with name {words}, description {q(it['description'])};")
        out.append("")
    for g in gates.values():
        a, b = g["a"], g["b"]
        back = {"north": "s_to", "east": "w_to", "south": "n_to", "west": "e_to"}[g["dir_ab"]]
        out += [
            f'Object gate_{g["number"]} "iron gate"',
            f"  with name 'iron' 'gate', description {q(g['description'])},",
            f"       found_in room_{a} room_{b},",
            f"       door_to [; if (location == room_{a}) return room_{b}; return room_{a}; ],",
            f"       door_dir [; if (location == room_{a}) return {DIR_PROP[g['dir_ab']]}; return {back}; ],",
            f"       with_key {g['key']},",
            f"       after [; Unlock: give self open; remove {g['key']};",
            '         "The key turns with a clank and the gate swings open. The key stays in the lock."; ],',
            "  has static door openable lockable locked;",
            "",
        ]
    out += [
        "[ Initialise; location = room_1; ];",
        'Include "Grammar";',
    ]
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
    world = json.load(open(sys.argv[1]))
    open(sys.argv[2], "w").write(render(world))
    open(sys.argv[3], "w").write(commands(world))

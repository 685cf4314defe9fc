#!/usr/bin/env python3
"""Writes the fuzz seeds that depend on the Elbe story's walkthroughs; run from the repository's
root again when a walkthrough (Tests/TranscriptTests/Walkthroughs/elbe-*.transcript) changes.

1. Fuzz/commands/corpus/elbe-elbe-NAME: a 0 byte (the Elbe story), then the walkthrough's
   commands, one a line.
2. Fuzz/turns/corpus: the starting points numbered as Fuzz/turns/main.swift numbers them (0 the
   Elbe opening, 1 the ferry opening, then each file of Fuzz/commands/corpus in name order, a
   point after each of its lines); a seed is a point's byte and the next four lines of the same
   play (the openings: the first four lines of the best Elbe walkthrough and of the ferry tour)."""
import glob
import os

for path in sorted(glob.glob("Tests/TranscriptTests/Walkthroughs/elbe-*.transcript")):
    lines = open(path, encoding="utf-8").read().split("\n")
    commands = [line[2:] for line in lines if line.startswith("> ")]
    while commands and not commands[-1].strip():
        commands.pop()
    name = os.path.basename(path)[:-len(".transcript")]
    with open(f"Fuzz/commands/corpus/elbe-{name}", "wb") as seed:
        seed.write(b"\0" + "".join(command + "\n" for command in commands).encode("utf-8"))

source, target = "Fuzz/commands/corpus", "Fuzz/turns/corpus"
os.makedirs(target, exist_ok=True)
for name in os.listdir(target):
    if name[:3].isdigit():  # the points' seeds; found inputs (regressions) are kept
        os.remove(os.path.join(target, name))
plays = []
for name in sorted(os.listdir(source)):
    data = open(os.path.join(source, name), "rb").read()
    if data:
        plays.append((name, data[0] % 2, data[1:].split(b"\n")[:200]))
first = {story: lines for name, story, lines in plays if name in ("elbe-elbe-best", "ferry-tour")}
seeds = {f"{story:03}-opening": bytes([story]) + b"\n".join(first.get(story, [])[:4]) for story in (0, 1)}
point = 2
for name, story, lines in plays:
    for index in range(len(lines)):
        seeds[f"{point:03}-{name}-{index + 1}"] = bytes([point]) + b"\n".join(lines[index + 1:index + 5])
        point += 1
assert point <= 256, "one byte chooses at most 256 starting points"
for name, data in seeds.items():
    with open(os.path.join(target, name), "wb") as seed:
        seed.write(data)
print(f"{len(seeds)} turns seeds, {point} starting points")

#!/usr/bin/env python3
"""Writes the seed corpus of the `turns` fuzz target (Fuzz/turns/corpus) from the seeds of the
`commands` target, numbering the starting points as Fuzz/turns/main.swift does: 0 the Elbe
opening, 1 the ferry opening, then each seed file in name order, a point after each of its lines.
Each seed is a point's byte followed by the next four lines of the same play (the openings: the
first four lines of the Elbe walkthrough and of the ferry tour). Run from the repository's root
again when Fuzz/commands/corpus changes."""
import os

source, target = "Fuzz/commands/corpus", "Fuzz/turns/corpus"
os.makedirs(target, exist_ok=True)
for name in os.listdir(target):
    os.remove(os.path.join(target, name))
plays = []
for name in sorted(os.listdir(source)):
    data = open(os.path.join(source, name), "rb").read()
    if data:
        plays.append((name, data[0] % 2, data[1:].split(b"\n")[:200]))
seeds = {}
first = {story: lines for name, story, lines in reversed(plays) if name in ("elbe-elbe-best", "ferry-tour")}
for story in (0, 1):
    seeds[f"{story:03}-opening"] = bytes([story]) + b"\n".join(first.get(story, [])[:4])
point = 2
for name, story, lines in plays:
    for index in range(len(lines)):
        seeds[f"{point:03}-{name}-{index + 1}"] = bytes([point]) + b"\n".join(lines[index + 1:index + 5])
        point += 1
assert point <= 256, "one byte chooses at most 256 starting points"
for name, data in seeds.items():
    open(os.path.join(target, name), "wb").write(data)
print(f"{len(seeds)} seeds, {point} starting points")

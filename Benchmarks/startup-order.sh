#!/usr/bin/env bash
# Writes Benchmarks/startup.order: the functions the game runs, grouped by the phase of `play` that
# runs them, which the fully static link (ELBE_FULLY_STATIC=1, Package.swift: lld's
# --symbol-ordering-file) lays out side by side. First the bundled story's start-up and its first
# command (`play --script` with `quit`: what it runs inside `PlaySession.run`, then the rest), which
# keeps all its pages, then what play runs (the commands of a catalogue world's walkthrough and of
# the Elbe walkthrough's first moves, inside `PlaySession.run`), then what making a compiled story's
# vocabulary runs (`CommandParser(story:)`), then compiling a story's source, the first moves and
# `--version` (docs/performance.md, "Start-up, nineteenth round": start-up listed after play left
# its functions among play's, 0.5 MiB more at start-up). `play` lets go of the
# code pages between those phases (CodePages, Sources/elbe-adventure), so each phase keeps
# resident only the blocks of code it runs: start-up touches 3.7 MiB of code pages instead of
# 9.5 MiB (docs/performance.md, "Start-up, fifth round"), and play at N = 1,000 about half of what
# it did ("Peak memory, sixteenth round"). Needs valgrind, and the shared catalogue world
# (../shared/bench/world.py) for the catalogue's profile, which is left out with a warning without
# it. Regenerate when start-up changes much; a stale list costs only pages, never correctness (the
# linker skips names that no longer exist).
#   bash Benchmarks/startup-order.sh [BINARY]      (default: .build/release/elbe-adventure)
set -euo pipefail
cd "$(dirname "$0")/.."
binary=${1:-.build/release/elbe-adventure}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the debug information of the static binary: profile a copy without it.
objcopy --strip-debug "$binary" "$work/game"
printf 'quit\n' >"$work/quit"
grep '^> ' Tests/TranscriptTests/Walkthroughs/elbe-best.transcript | sed 's/^> //' | head -n 12 >"$work/moves"
profile() { valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$1.cg" "${@:2}" >/dev/null 2>&1 </dev/null; }
# Only what runs inside one function (and what it calls): a phase of `play`.
run_in='--toggle-collect=$s16TerminalFrontEnd11PlaySessionV3runq_yF'
vocabulary_in='--toggle-collect=$s13CommandParserAAV5storyAB10StoryModel0D0V_tcfC'
runs=(moves-play start-play)
if python3 Benchmarks/catalogue.py 100 "$work" >/dev/null 2>&1; then
  catalogue=("$work/catalogue-100.story" --script "$work/catalogue-100.commands")
  profile catalogue-play "$run_in" "$work/game" play "${catalogue[@]}"
  profile catalogue-vocabulary "$vocabulary_in" "$work/game" play "${catalogue[@]}"
  profile catalogue "$work/game" play "${catalogue[@]}"
  runs=(start-play start catalogue-play moves-play catalogue-vocabulary compile-vocabulary compile catalogue moves version)
else
  echo "startup-order.sh: no catalogue world (../shared/bench/world.py): its profile left out" >&2
  runs=(start-play start moves-play compile-vocabulary compile moves version)
fi
profile moves-play "$run_in" "$work/game" play --script "$work/moves"
profile start-play "$run_in" "$work/game" play --script "$work/quit"
profile compile-vocabulary "$vocabulary_in" "$work/game" play Stories/elbe.story --script "$work/quit"
profile start "$work/game" play --script "$work/quit"
profile version "$work/game" --version
profile moves "$work/game" play --script "$work/moves"
profile compile "$work/game" play Stories/elbe.story --script "$work/quit"
# Every function named in a profile, in the order the profiles name them, once; recursion marks
# ('2) and unnamed addresses dropped. The Swift modules are compiled with one section per
# function (Package.swift), so lld can move each function on its own.
for run in "${runs[@]}"; do
  grep -oh '^c\?fn=([0-9]*) .*' "$work/$run.cg" | sed 's/^c\?fn=([0-9]*) //; s/'"'"'[0-9]*$//'
done | grep -v '^0x' | awk '!seen[$0]++' >Benchmarks/startup.order
echo "startup-order.sh: $(wc -l <Benchmarks/startup.order) functions in Benchmarks/startup.order"

#!/usr/bin/env bash
# Writes Benchmarks/startup.order: the functions the game runs from start to its first prompt,
# then those of `--version`, of the first moves of the Elbe walkthrough and of compiling a story's
# source (`play FILE`, as the catalogue worlds of the benchmark start), which the fully
# static link (ELBE_FULLY_STATIC=1, Package.swift: lld's --symbol-ordering-file) lays out side by side, so that
# start-up touches 3.7 MiB of code pages instead of 9.5 MiB (docs/performance.md,
# "Start-up, fifth round"). Needs valgrind. Regenerate when start-up changes much; a stale list
# costs only pages, never correctness (the linker skips names that no longer exist).
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
profile() { valgrind --tool=callgrind --demangle=no --callgrind-out-file="$work/$1.cg" "$work/game" "${@:2}" >/dev/null 2>&1 </dev/null; }
profile start play --script "$work/quit"
profile version --version
profile moves play --script "$work/moves"
profile compile play Stories/elbe.story --script "$work/quit"
# Every function named in a profile, in the order the profiles name them, once; recursion marks
# ('2) and unnamed addresses dropped. The Swift modules are compiled with one section per
# function (Package.swift), so lld can move each function on its own.
for run in start version moves compile; do
  grep -oh '^c\?fn=([0-9]*) .*' "$work/$run.cg" | sed 's/^c\?fn=([0-9]*) //; s/'"'"'[0-9]*$//'
done | grep -v '^0x' | awk '!seen[$0]++' >Benchmarks/startup.order
echo "startup-order.sh: $(wc -l <Benchmarks/startup.order) functions in Benchmarks/startup.order"

#!/usr/bin/env bash
# Counts the instructions `check` of the catalogue world takes, under valgrind's callgrind: the
# repeatable compile figure on a noisy machine (docs/performance.md, "Compile, fifth round").
#   bash Benchmarks/compile-instructions.sh BINARY [BINARY ...] [--sizes N ...] [--profiles DIR]
# Each BINARY is an elbe-adventure built with `swift build -c release` (dynamically linked:
# valgrind reads it; `objcopy --strip-debug` first makes the run shorter). Prints one line per
# binary and size. With --profiles DIR, keeps each callgrind file there for
# `callgrind_annotate --inclusive=yes --tree=calling`. Needs valgrind (Debian: valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."

binaries=() sizes=() profiles=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) shift; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do sizes+=("$1"); shift; done ;;
    --profiles) profiles="$2"; shift 2 ;;
    *) binaries+=("$1"); shift ;;
  esac
done
[ ${#binaries[@]} -gt 0 ] || { echo "usage: $0 BINARY [BINARY ...] [--sizes N ...] [--profiles DIR]" >&2; exit 2; }
[ ${#sizes[@]} -gt 0 ] || sizes=(600 1000 5000 20000)
command -v valgrind >/dev/null || { echo "compile-instructions.sh: valgrind is missing (apt-get install valgrind)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -z "$profiles" ] || mkdir -p "$profiles"
for n in "${sizes[@]}"; do
  python3 Benchmarks/catalogue.py "$n" "$work" >/dev/null
  for binary in "${binaries[@]}"; do
    out="$work/callgrind.out"
    [ -z "$profiles" ] || out="$profiles/callgrind-$(basename "$binary")-$n.out"
    valgrind --tool=callgrind --callgrind-out-file="$out" "$binary" check "$work/catalogue-$n.story" >/dev/null 2>"$work/log" || true
    count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$work/log")
    printf '%-40s N = %6s  %15s instructions\n' "$binary" "$n" "${count:-?}"
  done
done

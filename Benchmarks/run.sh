#!/usr/bin/env bash
# Plays the shared catalogue world at several sizes on a release build and prints medians.
#   bash Benchmarks/run.sh [N ...]      (default: 10 100 1000 5000 20000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10 100 1000 5000 20000)
out=$(mktemp -d)
swift build -c release --product EngineBenchmark >/dev/null
for n in "${sizes[@]}"; do
  python3 Benchmarks/catalogue.py "$n" "$out" >/dev/null
  .build/release/EngineBenchmark "$out/catalogue-$n.story" "$out/catalogue-$n.commands" 5
done
rm -rf "$out"

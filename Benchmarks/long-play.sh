#!/usr/bin/env bash
# The long-play test in full: 100,000 seeded random commands on the Elbe story, twice with the
# same seed (the final states must match), on a release build. Prints the figures recorded in
# docs/robustness.md. With --autosave, the autosave benchmark of docs/performance.md instead.
#   bash Benchmarks/long-play.sh [COUNT] [--autosave]
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-100000}"
swift build -c release --product LongPlay >/dev/null
if [ "${2:-}" = "--autosave" ]; then
  folder=$(mktemp -d)
  .build/release/LongPlay Stories/elbe.story "$count" 2026 --autosave "$folder"
  rm -rf "$folder"
  # The same player without autosave and without the save round trips the autosave run leaves out.
  LONGPLAY_NO_ROUND_TRIP=1 .build/release/LongPlay Stories/elbe.story "$count" 2026 | grep ms-per-command | sed 's/^/without-autosave-/'
  exit 0
fi
first=$(.build/release/LongPlay Stories/elbe.story "$count" 2026)
second=$(.build/release/LongPlay Stories/elbe.story "$count" 2026 | grep final-state)
echo "$first"
[ "$(echo "$first" | grep final-state)" = "$second" ] && echo "same-seed-same-state yes" || { echo "same-seed-same-state NO"; exit 1; }

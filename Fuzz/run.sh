#!/usr/bin/env bash
# Runs one fuzz target for a bounded time (default 60 s) on its checked-in seed corpus; fails on a
# crash, a hang (a single input taking over 10 s), a leak or a sanitizer report.
#   Fuzz/run.sh compiler|compiled|commands|turns|save|serve [seconds] [extra libFuzzer options…]
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: Fuzz/run.sh compiler|compiled|commands|turns|save|serve [seconds]}"
seconds="${2:-60}"
shift $(( $# >= 2 ? 2 : 1 ))
binary="$(Fuzz/build.sh "$target" | tail -1)"
work=".build-fuzz-$target/corpus"
mkdir -p "$work" ".build-fuzz-$target/artifacts"
# Swift's own crash reporter would wait on the crash; libFuzzer reports it instead.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
"$binary" "$work" "Fuzz/$target/corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -artifact_prefix=".build-fuzz-$target/artifacts/" -print_final_stats=1 "$@"

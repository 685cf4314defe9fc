#!/usr/bin/env bash
# Measures elbe-adventure beside its peers on the shared catalogue world and prints one table
# (docs/performance.md explains every column).
#   bash Benchmarks/run.sh [--runs R] [--sizes N ...]     (default: 5 runs; N = 10 100 600 1000 5000 20000)
# Builds the release binaries (Swift runtime linked statically, the game fully static and position-dependent), installs the peers when missing
# (Debian: frotz, glulxe, inform6-compiler, inform6-library, time; PyPI: adventurelib 1.2.1 into
# the git-ignored Benchmarks/.venv), then runs Benchmarks/bench.py. Set ELBE_BUILD_LOCK to a lock
# file to build under `flock` when several people build on one machine.
set -euo pipefail
cd "$(dirname "$0")/.."

build() {
  if [ -n "${ELBE_BUILD_LOCK:-}" ]; then flock "$ELBE_BUILD_LOCK" "$@"; else "$@"; fi
}

missing=()
[ -x /usr/games/dfrotz ] || command -v dfrotz >/dev/null || missing+=(frotz)
[ -x /usr/games/glulxe ] || command -v glulxe >/dev/null || missing+=(glulxe)
command -v inform6 >/dev/null || missing+=(inform6-compiler)
[ -f /usr/share/inform6/library/parser.h ] || missing+=(inform6-library)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
  echo "run.sh: installing ${missing[*]}" >&2
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

venv=Benchmarks/.venv
if ! "$venv/bin/python" -c "import adventurelib" 2>/dev/null; then
  echo "run.sh: installing adventurelib 1.2.1 into $venv" >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "adventurelib==1.2.1"
fi

# -no-pie: a position-dependent executable needs no start-up relocations (about 100,000 in a
# position-independent one), which saves about 4 MiB and 1–3 ms at every start.
# ELBE_FULLY_STATIC=1 (Package.swift): a fully static executable, no dynamic loader or shared
# libraries at start (docs/performance.md, "Start-up, third round"), linked by lld with the
# functions start-up runs side by side (Benchmarks/startup.order, "Start-up, fifth round"). Only the link differs.
build env ELBE_FULLY_STATIC=1 swift build -c release --static-swift-stdlib -Xlinker -no-pie --product elbe-adventure >/dev/null
build swift build -c release --static-swift-stdlib --product EngineBenchmark >/dev/null
bin=$(swift build -c release --static-swift-stdlib --show-bin-path)

exec python3 Benchmarks/bench.py --elbe "$bin/elbe-adventure" --engine "$bin/EngineBenchmark" --python "$venv/bin/python" "$@"

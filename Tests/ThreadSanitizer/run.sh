#!/bin/sh
# Builds the classroom server's executor (DedicatedThread) with its harness under ThreadSanitizer
# and runs it; exits non-zero on a data race or any other sanitizer report. A few seconds to build,
# no SwiftPM build (so no build lock): `sh Tests/ThreadSanitizer/run.sh`.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
swiftc -parse-as-library -sanitize=thread -g "$root/Tests/ThreadSanitizer/main.swift" \
  "$root/Sources/ClassroomServer/DedicatedThread.swift" -o "$out/harness"
TSAN_OPTIONS=halt_on_error=1 "$out/harness"
echo "ThreadSanitizer: no report"

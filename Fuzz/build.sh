#!/usr/bin/env bash
# Builds one libFuzzer target with AddressSanitizer, in its own git-ignored folder:
#   Fuzz/build.sh compiler|compiled|commands|turns|save   →   .build-fuzz-<target>/fuzz-<target>
# The modules a target needs are compiled from Sources/ with coverage for the fuzzer; nothing
# of SwiftPM's build is shared, so a fuzz build never disturbs `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: Fuzz/build.sh compiler|compiled|commands|turns|save}"
case "$target" in
  compiler) modules=(StoryModel StoryCompiler) ;;
  compiled) modules=(StoryModel StoryCompiler) ;;
  commands) modules=(StoryModel StoryCompiler CommandParser AdventureEngine) ;;
  turns)    modules=(StoryModel StoryCompiler CommandParser AdventureEngine) ;;
  save)     modules=(StoryModel StoryCompiler CommandParser AdventureEngine SaveGames) ;;
  *) echo "unknown fuzz target '$target'" >&2; exit 2 ;;
esac
out=".build-fuzz-$target"
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -I "$out" -swift-version 6)
objects=()
for module in "${modules[@]}"; do
  mapfile -t files < <(find "Sources/$module" -name '*.swift' | sort)
  swiftc "${flags[@]}" -wmo -module-name "$module" -emit-module -emit-module-path "$out/$module.swiftmodule" \
    -c "${files[@]}" -o "$out/$module.o" 2>"$out/build.log" || { cat "$out/build.log" >&2; exit 1; }
  objects+=("$out/$module.o")
done
swiftc "${flags[@]}" -module-name "Fuzz${target^}" "Fuzz/$target/main.swift" "${objects[@]}" -o "$out/fuzz-$target" \
  2>"$out/build.log" || { cat "$out/build.log" >&2; exit 1; }
echo "$out/fuzz-$target"

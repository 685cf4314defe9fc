#!/usr/bin/env bash
# Builds one libFuzzer target with AddressSanitizer, in its own git-ignored folder:
#   Fuzz/build.sh compiler|compiled|commands|turns|save|serve   →   .build-fuzz-<target>/fuzz-<target>
# The modules a target needs are compiled from Sources/ with coverage for the fuzzer; nothing
# of SwiftPM's build is shared, so a fuzz build never disturbs `swift build`. `serve` needs
# SwiftNIO and Hummingbird: SwiftPM builds the server's modules and theirs with the fuzzer's
# coverage and AddressSanitizer in `.build-fuzz-serve` (about 140 s from nothing), and the
# harness is linked against them.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: Fuzz/build.sh compiler|compiled|commands|turns|save|serve}"
case "$target" in
  compiler) modules=(StoryModel StoryCompiler) ;;
  compiled) modules=(StoryModel StoryCompiler) ;;
  commands) modules=(StoryModel StoryCompiler CommandParser AdventureEngine) ;;
  turns)    modules=(StoryModel StoryCompiler CommandParser AdventureEngine) ;;
  save)     modules=(StoryModel StoryCompiler CommandParser AdventureEngine SaveGames) ;;
  serve)
    out=".build-fuzz-serve"
    mkdir -p "$out"
    swiftpm=(--scratch-path "$out" --sanitize=address -Xswiftc -sanitize=fuzzer -Xcc -fsanitize=fuzzer-no-link)
    for module in ClassroomServer StoryCompiler; do
      swift build --target "$module" "${swiftpm[@]}" >"$out/swiftpm.log" 2>&1 || { cat "$out/swiftpm.log" >&2; exit 1; }
    done
    bin="$(swift build --show-bin-path "${swiftpm[@]}")"
    # The objects of every module built above (no test, tool or executable target is built there).
    mapfile -t objects < <(find "$bin" -path '*.build/*' -name '*.o' | grep -v -E 'Tests\.build|-tool\.build|/(elbe_adventure|EmbedStoriesTool|LongPlay|EngineBenchmark)\.build/' | sort)
    maps=()
    while IFS= read -r map; do maps+=(-Xcc "-fmodule-map-file=$map"); done < <(
      find "$bin" -maxdepth 2 -path '*.build/module.modulemap'
      find "$out/checkouts" -path '*/Sources/*' -name module.modulemap | grep -v -i test)
    swiftc -sanitize=fuzzer,address -parse-as-library -g -swift-version 6 -I "$bin/Modules" "${maps[@]}" \
      -module-name FuzzServe Fuzz/serve/main.swift "${objects[@]}" -o "$out/fuzz-serve" 2>"$out/build.log" \
      || { cat "$out/build.log" >&2; exit 1; }
    echo "$out/fuzz-serve"
    exit 0 ;;
  *) echo "unknown fuzz target '$target'" >&2; exit 2 ;;
esac
out=".build-fuzz-$target"
mkdir -p "$out"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -I "$out" -swift-version 6 -package-name elbe_adventure)
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

// swift-tools-version:6.0
import PackageDescription

/// `ELBE_FULLY_STATIC=1 swift build -c release --static-swift-stdlib …` links the game as a fully
/// static executable (no dynamic loader, no shared libc or libstdc++): about 4 ms and 2 MiB less at
/// every start (docs/performance.md). Only with `--static-swift-stdlib`, whose objects name the
/// static libraries they need; readline's static library needs tinfo's.
let fullyStatic = Context.environment["ELBE_FULLY_STATIC"] == "1"
/// The fully static link (with lld) also lays out side by side the functions that start-up runs,
/// listed in `Benchmarks/startup.order` (`Benchmarks/startup-order.sh` makes it): a quarter of the
/// code pages touched (docs/performance.md, "Start-up, fifth round").
let startupOrder = ["-use-ld=lld", "-Xlinker", "--symbol-ordering-file=\(Context.packageDirectory)/Benchmarks/startup.order",
                    "-Xlinker", "--no-warn-symbol-ordering"]

let package = Package(
    name: "elbe-adventure",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "elbe-adventure", targets: ["elbe-adventure"]),
        .library(name: "StoryModel", targets: ["StoryModel"]),
        .library(name: "StoryCompiler", targets: ["StoryCompiler"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .target(name: "StoryModel"),
        .target(name: "StoryCompiler", dependencies: ["StoryModel"]),
        .target(name: "CommandParser", dependencies: ["StoryModel"]),
        .target(name: "AdventureEngine", dependencies: ["StoryModel", "CommandParser"]),
        .target(name: "OutputRendering", dependencies: ["AdventureEngine"]),
        .target(name: "CompiledVocabulary", dependencies: ["StoryModel", "StoryCompiler", "CommandParser"]),
        .executableTarget(name: "EmbedStoriesTool", dependencies: ["StoryCompiler", "CommandParser", "CompiledVocabulary"]),
        .plugin(name: "EmbedStories", capability: .buildTool(), dependencies: ["EmbedStoriesTool"]),
        .target(name: "BundledStories", dependencies: ["StoryCompiler", "CommandParser", "CompiledVocabulary"], plugins: ["EmbedStories"]),
        .target(name: "SaveGames", dependencies: ["AdventureEngine", "StoryModel"]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CCodePages"),
        .systemLibrary(name: "CHeapPages"),
        .target(name: "GameSession", dependencies: ["AdventureEngine", "OutputRendering", "SaveGames", "StoryModel"]),
        .target(name: "TerminalFrontEnd", dependencies: ["AdventureEngine", "OutputRendering", "SaveGames", "GameSession", "CReadline"]),
        .target(
            name: "ClassroomServer",
            dependencies: ["AdventureEngine", "GameSession", "OutputRendering", "SaveGames", "StoryModel", .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "ServiceLifecycle", package: "swift-service-lifecycle")]
        ),
        .target(
            name: "AuthoringTools",
            dependencies: ["StoryModel", "StoryCompiler", "CommandParser", "AdventureEngine", "OutputRendering", "TerminalFrontEnd"]
        ),
        .executableTarget(
            name: "elbe-adventure",
            dependencies: [
                "StoryCompiler", "AdventureEngine", "OutputRendering", "SaveGames", "GameSession", "TerminalFrontEnd", "BundledStories",
                "ClassroomServer", "AuthoringTools", "CommandParser", "CCodePages", "CHeapPages",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: fullyStatic ? [.unsafeFlags(["-static-executable", "-Xlinker", "-ltinfo"] + startupOrder)] : []
        ),
        .target(
            name: "TestSupport",
            dependencies: ["StoryModel", "StoryCompiler", "AdventureEngine", "OutputRendering", "TerminalFrontEnd", "AuthoringTools"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "StoryCompilerTests",
            dependencies: ["StoryCompiler", "TestSupport"],
            exclude: ["Diagnostics"]
        ),
        .testTarget(
            name: "AdventureEngineTests",
            dependencies: ["AdventureEngine", "CommandParser", "StoryCompiler", "TestSupport"]
        ),
        .executableTarget(
            name: "EngineBenchmark",
            dependencies: ["AdventureEngine", "StoryCompiler", "SaveGames"],
            path: "Benchmarks/EngineBenchmark"
        ),
        .executableTarget(
            name: "SaveStress",
            dependencies: ["AdventureEngine", "SaveGames", "StoryCompiler"],
            path: "Tests/SaveStress"
        ),
        .testTarget(
            name: "SaveGamesTests",
            dependencies: ["AdventureEngine", "SaveGames", "StoryCompiler", "TestSupport", "SaveStress", "LongPlay", "GameSession"]
        ),
        .executableTarget(
            name: "LongPlay",
            dependencies: ["AdventureEngine", "SaveGames", "StoryCompiler"],
            path: "Benchmarks/LongPlay"
        ),
        .testTarget(
            name: "CLITests",
            dependencies: ["TestSupport", "elbe-adventure"],
            exclude: ["Goldens", "Fixtures"]
        ),
        .testTarget(
            name: "StoryTests",
            dependencies: ["AdventureEngine", "CommandParser", "StoryCompiler", "TestSupport"]
        ),
        .testTarget(
            name: "CompiledStoryTests",
            dependencies: ["StoryCompiler", "BundledStories", "TestSupport", "CommandParser", "CompiledVocabulary"]
        ),
        .testTarget(
            name: "ClassroomServerTests",
            dependencies: ["ClassroomServer", "BundledStories", "GameSession", "OutputRendering", "SaveGames", "StoryCompiler", "TerminalFrontEnd", "TestSupport"]
        ),
        .testTarget(
            name: "TranscriptTests",
            dependencies: ["AdventureEngine", "StoryCompiler", "TestSupport"],
            exclude: ["Transcripts", "Walkthroughs"]
        ),
        .testTarget(
            name: "AuthoringToolsTests",
            dependencies: ["AuthoringTools", "StoryCompiler", "StoryModel", "TestSupport", "CommandParser"],
            exclude: ["Fixtures", "Warnings"]
        ),
    ]
)

// Release builds put each function of the project's own modules in a section of its own, so that
// the fully static link can lay the functions that start-up runs side by side (`startupOrder`
// above). No effect on the code itself.
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Xfrontend", "-function-sections"], .when(platforms: [.linux], configuration: .release))]
}

// Release builds also reach the metadata of generic types (`Set<String>`, `[Location: [Int]]`, a
// `PlaySession` of a reader and an output) through their accessor functions, which are handed the
// protocol conformances the compiler already knows, rather than by mangled name, which makes the
// Swift runtime look each conformance up by scanning all 8,600 conformance records of the static
// binary the first time: about 0.5 M instructions per type at start-up (docs/performance.md,
// "Start-up, seventh round"). Slightly more code; the same behaviour.
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(platforms: [.linux], configuration: .release))]
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "elbe-adventure",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "elbe-adventure", targets: ["elbe-adventure"]),
        .library(name: "StoryModel", targets: ["StoryModel"]),
        .library(name: "StoryCompiler", targets: ["StoryCompiler"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "StoryModel"),
        .target(name: "StoryCompiler", dependencies: ["StoryModel"]),
        .target(name: "CommandParser", dependencies: ["StoryModel"]),
        .target(name: "AdventureEngine", dependencies: ["StoryModel", "CommandParser"]),
        .target(name: "OutputRendering", dependencies: ["AdventureEngine"]),
        .executableTarget(name: "EmbedStoriesTool"),
        .plugin(name: "EmbedStories", capability: .buildTool(), dependencies: ["EmbedStoriesTool"]),
        .target(name: "BundledStories", dependencies: ["StoryCompiler"], plugins: ["EmbedStories"]),
        .target(name: "SaveGames", dependencies: ["AdventureEngine", "StoryModel"]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(name: "TerminalFrontEnd", dependencies: ["AdventureEngine", "OutputRendering", "SaveGames", "CReadline"]),
        .executableTarget(
            name: "elbe-adventure",
            dependencies: [
                "StoryCompiler", "AdventureEngine", "OutputRendering", "SaveGames", "TerminalFrontEnd", "BundledStories",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "TestSupport",
            dependencies: ["StoryModel", "StoryCompiler", "AdventureEngine", "OutputRendering", "TerminalFrontEnd"],
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
            dependencies: ["AdventureEngine", "StoryCompiler"],
            path: "Benchmarks/EngineBenchmark"
        ),
        .executableTarget(
            name: "SaveStress",
            dependencies: ["AdventureEngine", "SaveGames", "StoryCompiler"],
            path: "Tests/SaveStress"
        ),
        .testTarget(
            name: "SaveGamesTests",
            dependencies: ["AdventureEngine", "SaveGames", "StoryCompiler", "TestSupport", "SaveStress", "LongPlay"]
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
            name: "TranscriptTests",
            dependencies: ["AdventureEngine", "StoryCompiler", "TestSupport"],
            exclude: ["Transcripts", "Walkthroughs"]
        ),
    ]
)

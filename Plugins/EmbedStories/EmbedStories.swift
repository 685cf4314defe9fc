import Foundation
import PackagePlugin

/// Embeds the bundled stories (`Stories/*.story`) in the binary, so the game plays its story from
/// any directory, even when the binary is copied elsewhere.
@main
struct EmbedStories: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appendingPathComponent("Stories")
        let stories = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "story" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("BundledStoryFiles.swift")
        return [.buildCommand(
            displayName: "Embedding \(stories.count) bundled stories",
            executable: try context.tool(named: "EmbedStoriesTool").url,
            arguments: [output.path] + stories.map(\.path),
            inputFiles: stories,
            outputFiles: [output]
        )]
    }
}

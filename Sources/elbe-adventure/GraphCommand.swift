import ArgumentParser
import AuthoringTools

extension GraphExporter.Format: ExpressibleByArgument {}

/// `elbe-adventure graph STORY`: prints the story's scene graph for Graphviz or Mermaid.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the story's scenes and the ways between them as a graph.",
        discussion: """
            Scenes (with their fact counts) and endings are nodes; exits and the actions and conversations \
            that move the player or end the story are edges, labelled with what the player types and their \
            guard. Render DOT with Graphviz: elbe-adventure graph STORY | dot -Tsvg > story.svg
            """
    )

    @Argument(help: "The story file (the bundled Elbe story if omitted).", completion: .file(extensions: ["story"]))
    var story: String?

    @Option(help: "dot (Graphviz) or mermaid.")
    var format: GraphExporter.Format = .dot

    func run() throws {
        guard let compiled = try loadStory(story).story else { throw ExitCode(1) }
        print(GraphExporter(format: format).export(StoryGraph(story: compiled)), terminator: "")
    }
}

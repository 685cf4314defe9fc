import Foundation
import StoryModel

/// Writes a `StoryGraph` as Graphviz DOT or as a Mermaid flowchart.
///
/// Scenes are boxes with their title and how many facts they unlock; the start scene has a
/// double border and an arrow from a dot; success endings are green, failure endings red; a
/// scene no path from the start reaches is grey, dashed and says "unreachable".
///
///     let dot = GraphExporter(format: .dot).export(StoryGraph(story: story))
///     // dot -Tsvg story.dot > story.svg
public struct GraphExporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case dot, mermaid
    }

    public var format: Format

    public init(format: Format) {
        self.format = format
    }

    public func export(_ graph: StoryGraph) -> String {
        switch format {
        case .dot: dot(graph)
        case .mermaid: mermaid(graph)
        }
    }

    // MARK: Graphviz

    private func dot(_ graph: StoryGraph) -> String {
        let story = graph.story
        var out = ["digraph \(quoted(story.metadata.title)) {",
                   "  rankdir=TB;",
                   "  node [shape=box, style=rounded, fontname=\"Helvetica\"];",
                   "  edge [fontname=\"Helvetica\", fontsize=10];",
                   "  start [shape=point];",
                   "  start -> \(id(.scene(story.start)));"]
        for node in graph.nodes {
            out.append("  \(id(node)) [\(dotAttributes(node, graph: graph))];")
        }
        for edge in graph.edges {
            out.append("  \(id(edge.from)) -> \(id(edge.to)) [label=\(quoted(label(edge, newline: "\\n")))\(edge.guardText == nil ? "" : ", style=dashed")];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    private func dotAttributes(_ node: Node, graph: StoryGraph) -> String {
        let story = graph.story
        switch node {
        case .scene(let scene):
            let start = scene == story.start ? ", peripheries=2" : ""
            let unreachable = graph.reachableScenes.contains(scene) ? "" : ", style=\"rounded,dashed\", color=grey50, fontcolor=grey50"
            return "label=\(quoted(title(node, graph: graph, newline: "\\n")))\(start)\(unreachable)"
        case .ending(let ending):
            let colour = story.endings[ending].isSuccess ? "darkgreen" : "firebrick"
            return "label=\(quoted(title(node, graph: graph, newline: "\\n"))), shape=doubleoctagon, color=\(colour), fontcolor=\(colour)"
        case .anywhere:
            return "label=\"anywhere\", shape=plaintext"
        }
    }

    private func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\\\\n", with: "\\n") + "\""
    }

    // MARK: Mermaid

    private func mermaid(_ graph: StoryGraph) -> String {
        let story = graph.story
        var out = ["flowchart TD", "  start(( )) --> \(id(.scene(story.start)))"]
        for node in graph.nodes {
            let text = mermaidText(title(node, graph: graph, newline: "<br/>"))
            switch node {
            case .scene(let scene) where scene == story.start: out.append("  \(id(node))[[\"\(text)\"]]")
            case .scene: out.append("  \(id(node))[\"\(text)\"]")
            case .ending: out.append("  \(id(node)){{\"\(text)\"}}")
            case .anywhere: out.append("  \(id(node))>\"anywhere\"]")
            }
        }
        for edge in graph.edges {
            let arrow = edge.guardText == nil ? "-->" : "-.->"
            out.append("  \(id(edge.from)) \(arrow)|\"\(mermaidText(label(edge, newline: "<br/>")))\"| \(id(edge.to))")
        }
        for (index, ending) in story.endings.enumerated() {
            out.append("  style \(id(.ending(index))) stroke:\(ending.isSuccess ? "darkgreen" : "firebrick"),stroke-width:2px")
        }
        return out.joined(separator: "\n") + "\n"
    }

    private func mermaidText(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;")
    }

    // MARK: Shared

    typealias Node = StoryGraph.Node

    /// A node id safe in both formats: `s0`, `e1`, `anywhere`.
    private func id(_ node: Node) -> String {
        switch node {
        case .scene(let scene): "s\(scene)"
        case .ending(let ending): "e\(ending)"
        case .anywhere: "anywhere"
        }
    }

    private func title(_ node: Node, graph: StoryGraph, newline: String) -> String {
        let story = graph.story
        switch node {
        case .scene(let scene):
            let facts = graph.factsByScene[scene].count
            return story.scenes[scene].title + (facts == 0 ? "" : newline + "\(facts) fact\(facts == 1 ? "" : "s")")
                + (graph.reachableScenes.contains(scene) ? "" : newline + "unreachable")
        case .ending(let ending):
            let item = story.endings[ending]
            return item.title + newline + (item.isSuccess ? "success" : "failure")
        case .anywhere:
            return "anywhere"
        }
    }

    private func label(_ edge: StoryGraph.Edge, newline: String) -> String {
        edge.command + (edge.guardText.map { newline + "if " + $0 } ?? "")
    }
}

import StoryModel

/// The story as a graph: scenes and endings as nodes, the ways between them as edges.
///
/// Edges are the exits, and every action, conversation or exit whose effects take the player to
/// another scene (`go to`) or end the story (`end`), labelled with what the player types and the
/// guard that must hold. Global actions start from a node standing for "anywhere".
public struct StoryGraph: Sendable, Hashable {
    public enum Node: Sendable, Hashable {
        case scene(SceneIndex)
        case ending(EndingIndex)
        /// Where global actions (which work in every scene) start.
        case anywhere
    }

    public struct Edge: Sendable, Hashable {
        public var from: Node
        public var to: Node
        /// What the player types: the exit's label or the action's first pattern.
        public var command: String
        /// The guard in the story language, or nil when there is none.
        public var guardText: String?
    }

    public let story: Story
    /// The facts each scene unlocks (`Story.factsByScene`): on arrival, by its actions, ways and
    /// timed events, and by the conversations of the people in it, a person the story moves
    /// counted where the topic can run (a blind author's Mission Control, and session 36's porch).
    public let factsByScene: [Set<FactIndex>]
    public private(set) var edges: [Edge] = []

    public init(story: Story) {
        factsByScene = story.factsByScene()
        self.story = story
        let text = ConditionText(story: story)
        func add(_ from: Node, _ command: String, _ effects: [Effect], guard base: Condition, default target: Node?) {
            let found = Self.destinations(effects, under: base)
            for (condition, node) in found {
                edges.append(Edge(from: from, to: node, command: command, guardText: condition == .always ? nil : text.describe(condition)))
            }
            if found.isEmpty, let target {
                edges.append(Edge(from: from, to: target, command: command, guardText: base == .always ? nil : text.describe(base)))
            }
        }
        for index in story.scenes.indices {
            for exit in story.scenes[index].exits {
                add(.scene(index), exit.label, exit.travel, guard: exit.guardCondition, default: .scene(exit.target))
            }
            // `after 3 turns` … `end buried`: the ending is reached by waiting (a blind author's Vesuvius story).
            for event in story.scenes[index].world.timedEvents {
                add(.scene(index), "after \(event.turns) turn\(event.turns == 1 ? "" : "s")", event.response.effects,
                    guard: event.response.guardCondition, default: nil)
            }
        }
        for action in story.actions {
            let command = action.patterns.first.map { Self.words($0, story: story, asTyped: true) } ?? ""
            add(action.scene.map(Node.scene) ?? .anywhere, command, action.response.effects, guard: action.response.guardCondition, default: nil)
        }
        // By index: `for thing in` copies every thing whole (docs/performance.md, "Compile, sixth round").
        for index in story.things.indices where story.things[index].isPerson {
            let id = story.things[index].id
            let from: Node = if case .scene(let scene) = story.things[index].initialPlace { .scene(scene) } else { .anywhere }
            if let talk = story.things[index].talk { add(from, "talk to \(id)", talk.effects, guard: talk.guardCondition, default: nil) }
            for topic in story.things[index].topics {
                let phrase = topic.phrases.first?.joined(separator: " ") ?? ""
                add(from, "ask \(id) about \(phrase)", topic.response.effects, guard: topic.response.guardCondition, default: nil)
            }
        }
    }

    /// Where a list of effects leads, each with the condition under which it gets there.
    static func destinations(_ effects: [Effect], under condition: Condition) -> [(Condition, Node)] {
        var found: [(Condition, Node)] = []
        for effect in effects {
            switch effect {
            case .goTo(let scene): return found + [(condition, .scene(scene))]
            case .end(let ending): return found + [(condition, .ending(ending))]
            case .branch(let test, let then, let otherwise):
                found += destinations(then, under: ConditionText.both(condition, test))
                found += destinations(otherwise, under: ConditionText.both(condition, .not(test)))
            default: continue
            }
        }
        return found
    }

    /// A pattern as the author wrote it, slots shown as `{id}`; `asTyped`, as a player would type
    /// it: a thing's slot is its first noun (`drink from pump`, as the drawing's other labels
    /// read, not `drink from {pump}`: a blind author).
    static func words(_ pattern: Pattern, story: Story, asTyped: Bool = false) -> String {
        pattern.elements.map { element in
            switch element {
            case .word(let word): word
            case .slot(.thing(let thing)) where asTyped: story.things[thing].nouns.first ?? story.things[thing].name.lowercased()
            case .slot(.thing(let thing)): "{\(story.things[thing].id)}"
            case .slot(.anyThing): "{thing}"
            case .slot(.anyPerson): "{person}"
            case .slot(.anything): "{anything}"
            }
        }.joined(separator: " ")
    }

    /// True when some global action leads somewhere, so the "anywhere" node is drawn.
    var usesAnywhere: Bool { edges.contains { $0.from == .anywhere } }

    /// The endings any edge reaches, plus every ending declared, in story order.
    var nodes: [Node] {
        story.scenes.indices.map(Node.scene) + story.endings.indices.map(Node.ending) + (usesAnywhere ? [.anywhere] : [])
    }

    /// The scenes some path from the start reaches (by exits, `go to` and actions, including
    /// actions that work anywhere).
    public var reachableScenes: Set<SceneIndex> {
        var reached: Set<SceneIndex> = [story.start]
        var queue = [story.start]
        for edge in edges where edge.from == .anywhere {
            if case .scene(let scene) = edge.to, reached.insert(scene).inserted { queue.append(scene) }
        }
        // The scenes each scene leads to, found once (scanning every edge for each scene reached
        // made this quadratic in the size of the story).
        var next: [SceneIndex: [SceneIndex]] = [:]
        for edge in edges {
            if case .scene(let from) = edge.from, case .scene(let to) = edge.to { next[from, default: []].append(to) }
        }
        while let scene = queue.popLast() {
            for target in next[scene] ?? [] where reached.insert(target).inserted { queue.append(target) }
        }
        return reached
    }
}

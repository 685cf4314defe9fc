import StoryModel

/// What the resolver's diagnostics read of the syntax tree's things, scenes and facts for their
/// hints ("'visitor badge' is the name of 'badge'", "'hook' is not a container"), kept apart so
/// the resolver can free each part of the tree once it has made the story's
/// (docs/performance.md, "Compile, twelfth round").
struct ResolverHints {
    struct ThingHint {
        let id: String
        let name: String
        let isPerson: Bool
        /// True for a container or a supporter.
        let isHolder: Bool
    }

    /// Every thing, in the order written.
    var things: [ThingHint] = []
    /// Every scene's and every fact's title with its id, in the order written.
    var sceneTitles: [(title: String, id: String)] = []
    var factTitles: [(title: String, id: String)] = []

    init(_ tree: SyntaxTree) {
        things.reserveCapacity(tree.things.count)
        // By index: `for thing in tree.things` copied each whole thing to read four fields.
        for index in tree.things.indices {
            things.append(ThingHint(id: tree.things[index].id.text, name: tree.things[index].name,
                                    isPerson: tree.things[index].isPerson, isHolder: tree.things[index].world.holder != nil))
        }
        sceneTitles.reserveCapacity(tree.scenes.count)
        for index in tree.scenes.indices { sceneTitles.append((tree.scenes[index].title, tree.scenes[index].id.text)) }
        factTitles = tree.facts.map { ($0.title, $0.id.text) }
    }

    /// The first thing written with this id.
    func thing(withID id: String) -> ThingHint? {
        things.first { $0.id == id }
    }
}

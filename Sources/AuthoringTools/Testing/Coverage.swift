import AdventureEngine
import CommandParser
import StoryModel

/// What a story's transcripts never exercise: scenes, exits, actions, topics and facts.
public struct Coverage: Sendable, Hashable {
    public var scenes: [String]
    public var exits: [String]
    public var actions: [String]
    public var topics: [String]
    public var facts: [String]

    /// Plays each transcript's commands and notes everything they reach.
    public init(story: Story, transcripts: [StoryTranscript]) {
        let engine = Engine(story: story)
        var scenesSeen = Set<SceneIndex>(), exitsSeen = Set<[Int]>(), actionsSeen = Set<Int>()
        var topicsSeen = Set<[Int]>(), factsSeen = Set<FactIndex>()
        for transcript in transcripts {
            var (game, _) = Game.start(story: story, seed: transcript.seed)
            scenesSeen.insert(game.state.scene)
            for command in transcript.commands {
                let before = game.state
                let readings = engine.interpretations(of: command.text, in: before)
                _ = game.perform(command.text)
                let after = game.state
                scenesSeen.insert(after.scene)
                factsSeen.formUnion(story.facts.indices.filter(after.isUnlocked))
                if after.scene != before.scene {
                    for (number, exit) in story.scenes[before.scene].exits.enumerated() where exit.target == after.scene {
                        exitsSeen.insert([before.scene, number])
                    }
                }
                for reading in readings {
                    if case .action(let index, _) = reading, engine.holds(story.actions[index].response.guardCondition, in: before) {
                        actionsSeen.insert(index)
                        break
                    }
                    if case .verb(.ask, let objects, _, let words) = reading, let person = objects.first {
                        let asked = Set(words)
                        if let topic = story.things[person].topics.indices.first(where: { number in
                            story.things[person].topics[number].phrases.contains { Set($0).isSubset(of: asked) }
                        }) { topicsSeen.insert([person, topic]) }
                        break
                    }
                }
            }
        }
        scenes = story.scenes.indices.filter { !scenesSeen.contains($0) }.map { story.scenes[$0].id }
        exits = story.scenes.indices.flatMap { scene in
            story.scenes[scene].exits.indices.filter { !exitsSeen.contains([scene, $0]) }.map {
                "\(story.scenes[scene].id): \(story.scenes[scene].exits[$0].label)"
            }
        }
        actions = story.actions.indices.filter { !actionsSeen.contains($0) }.map { index in
            let action = story.actions[index]
            return "line \(action.range.start.line): on " + (action.patterns.first.map { StoryGraph.words($0, story: story) } ?? "")
        }
        topics = story.things.indices.flatMap { person in
            story.things[person].topics.indices.filter { !topicsSeen.contains([person, $0]) }.compactMap { number in
                story.things[person].topics[number].phrases.first.map { "\(story.things[person].id): about \($0.joined(separator: " "))" }
            }
        }
        facts = story.facts.indices.filter { !factsSeen.contains($0) }.map { story.facts[$0].id }
    }

    /// The report `test --coverage` prints.
    public var description: String {
        let parts: [(String, [String])] = [("scenes", scenes), ("exits", exits), ("actions", actions), ("topics", topics), ("facts", facts)]
        return parts.map { name, missing in
            missing.isEmpty ? "every one of the \(name) is exercised" : "\(name) no transcript exercises:\n" + missing.map { "  " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}

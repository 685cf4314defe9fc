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
                let turn = game.perform(command.text)
                let after = game.state
                scenesSeen.insert(after.scene)
                factsSeen.formUnion(story.facts.indices.filter(after.isUnlocked))
                if let exit = Self.exitTaken(readings.first, in: before, story: story, engine: engine) {
                    exitsSeen.insert([before.scene, exit])
                } else if after.scene != before.scene,
                          let exit = story.scenes[before.scene].exits.firstIndex(where: { $0.target == after.scene }) {
                    exitsSeen.insert([before.scene, exit])  // `go to PLACE`, `back`
                }
                // What ran, as the engine reports it: `yes` answered by a person's `about yes` or
                // by what they proposed counts too (a blind author's `about share` was listed as
                // never exercised though three transcripts answered it with `yes`).
                for ran in turn.responsesRun {
                    switch ran {
                    case .action(let index): actionsSeen.insert(index)
                    case .topic(let person, let number): topicsSeen.insert([person, number])
                    case .talk: break
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
        actions = story.actions.indices.filter { !actionsSeen.contains($0) }.map { ActionPlace.labelled($0, in: story) }
        topics = story.things.indices.flatMap { person in
            story.things[person].topics.indices.filter { !topicsSeen.contains([person, $0]) }.compactMap { number in
                TopicLabel.of(person: person, topic: number, in: story)
            }
        }
        facts = story.facts.indices.filter { !factsSeen.contains($0) }.map { story.facts[$0].id }
    }

    /// The exit a command takes (its guard holds), as the engine picks it: a named way, or the
    /// first open exit in a compass direction.
    static func exitTaken(_ reading: Command?, in state: GameState, story: Story, engine: Engine) -> Int? {
        let exits = story.scenes[state.scene].exits
        switch reading {
        case .exit(let index)?:
            return engine.holds(exits[index].guardCondition, in: state) ? index : nil
        case .direction(let direction)?:
            return exits.indices.first { exits[$0].way == .direction(direction) && engine.holds(exits[$0].guardCondition, in: state) }
        default:
            return nil
        }
    }

    /// The report `test --coverage` prints.
    public var description: String {
        let parts: [(String, [String])] = [("scenes", scenes), ("exits", exits), ("actions", actions), ("topics", topics), ("facts", facts)]
        return parts.map { name, missing in
            missing.isEmpty ? "every one of the \(name) is exercised" : "\(name) no transcript exercises:\n" + missing.map { "  " + $0 }.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}

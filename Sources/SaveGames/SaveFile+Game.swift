import AdventureEngine
import StoryModel

extension StoryStamp {
    /// The stamp of a compiled story, with the digest of its source texts.
    public init(story: Story, sourceTexts: [String]) {
        var bytes: [UInt8] = []
        for text in sourceTexts {
            bytes += Array(text.utf8)
            bytes.append(0)
        }
        self.init(id: story.metadata.id, version: story.metadata.version, title: story.metadata.title,
                  digest: SHA256.hex(bytes))
    }
}

extension SaveSummary {
    /// The summary of a game in progress.
    public init(game: Game) {
        let story = game.story
        let state = game.state
        let ending = state.ending.map { story.endings[$0] }
        self.init(scene: story.scenes[state.scene].id, sceneTitle: story.scenes[state.scene].title, turns: state.turns,
                  factsUnlocked: story.facts.indices.filter(state.isUnlocked).map { story.facts[$0].id },
                  totalFacts: story.facts.count,
                  visitedScenes: story.scenes.indices.filter(state.visited.contains).map { story.scenes[$0].id },
                  ending: ending?.id, endingTitle: ending?.title, endingIsSuccess: ending?.isSuccess)
    }
}

import StoryModel

extension Story {
    /// A part of a scene read where the scene lies: `story.scenes[index].exits` copied the whole
    /// scene (its texts, facts, hints and world, a retain for each) to read one array of it, at
    /// every command (docs/performance.md, "Per command, thirteenth round").
    func part<Part>(ofScene scene: SceneIndex, _ part: (Scene) -> Part) -> Part {
        scenes.withUnsafeBufferPointer { scenes in
            precondition(scenes.indices.contains(scene), "no scene \(scene)")
            return part(scenes[scene])
        }
    }
}

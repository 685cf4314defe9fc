import AdventureEngine
import StoryCompiler
import StoryModel
import TestSupport

/// The small story the engine tests play.
enum EngineTestStory {
    static let source = """
    story "Engine Test" id engine-test
    scene strehla "Strehla"
      The river runs past an old telephone pole.
      exit east to lorenzkirch
        only if rowed, else "You need a boat."
      exit north to leckwitz "up to the village"
      exit in to leckwitz
      thing green-flare "green flare"
      thing red-flare "red flare"
      thing orders "patrol orders"
        starts carried
      person ferryman "ferryman"
        about boat
          "Take it."
          set rowed
    scene leckwitz "Leckwitz"
      exit south to strehla
      thing horse "brown horse"
        fixed
      thing flowers "bunch of flowers"
    scene lorenzkirch "Lorenzkirch"
      exit west to strehla
      fact met
    fact met "Met"
      They met.
    """

    static let story: Story = {
        guard let story = StoryCompiler.compile(source: source).story else {
            preconditionFailure(TinyStory.rendered(StoryCompiler.compile(source: source)))
        }
        return story
    }()
}

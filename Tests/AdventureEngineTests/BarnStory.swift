import AdventureEngine
import StoryModel

/// A barn at first light with Ortiz, a colonel and a major, and a yard and a command post
/// beside it: the story the tests of names, thanks, colours and talking actions play.
enum BarnStory {
    static let story: Story = {
        guard let story = testStory("""
        scene barn "The Barn"
          A barn at first light. Ortiz sits in the jeep; a colonel and a major talk by the door.
          exit east to yard "the yard"
          thing sheet "white bedsheet"
            nouns sheet, bedsheet, white
            A white linen bedsheet.
          thing ink "bottle of blue ink"
            nouns ink, bottle, blue
            Blue ink.
          thing flag "flag"
            nouns flag, stars, stripes
            A home-made flag.
          person ortiz "Ortiz"
            nouns ortiz, driver
            Your driver, yawning.
            talk
              "Morning, Sparks," says Ortiz.
            about sleep, did you sleep
              "Like a baby," says Ortiz.
            about home, where from
              "San Antonio, Sparks. Still there, last I heard."
            about sad, upset
              "Sad? It's morning, Sparks."
            about anything else
              "Ask the lieutenant," says Ortiz.
          person gordeyev "Lieutenant Colonel Gordeyev"
            nouns gordeyev, colonel
            A broad officer with a red star on his cap.
            talk
              Gordeyev shakes your hand.
            about anything else
              Gordeyev shrugs.
          person larionov "Major Larionov"
            nouns larionov, major
            An upright major.
            about name
              "Larionov," he says, and bows.
          on thank {gordeyev}
            "Nye za chto," Gordeyev says: it's nothing.
          on paint {sheet}, paint sheet with {ink}
            You paint the sheet into a flag.
          on talk to larionov, greet larionov
            Major Larionov shakes your hand and says something long and formal.

        scene yard "The Yard"
          An empty yard.
          exit west to barn

        scene post "The Command Post"
          A command post.
          thing bread "bread and jam"
            nouns bread, jam
            A slice of bread and jam.
          person ferris "Captain Ferris"
            nouns ferris, captain
            A tired captain.
        """) else { preconditionFailure("the test story does not compile") }
        return story
    }()
}

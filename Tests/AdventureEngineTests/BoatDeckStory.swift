import StoryModel

/// The Titanic author's boat deck (session 14), cut down: an officer and a steward, a crowd of
/// men in the prose, an `on why` for the officer only, a lifeboat reached by a named exit, and
/// the officer's "Will you get in?".
enum BoatDeckStory {
    static let story = testStory("""
    scene boatdeck "The Boat Deck"
      Second Officer Lightoller is loading a lifeboat, women and children first, and a steward is
      holding back a crowd of men.
      exit "climb into the lifeboat" to lifeboat
        only if boat-offered, else "Lightoller pushes you back. \\"Women and children first!\\""

      thing lifeboat-thing "lifeboat"
        fixed
        nouns lifeboat, boat
        Lifeboat No. 4, half full.

      thing form "message form"
        nouns form, message
        starts carried
        A wireless message form.

      person lightoller "Second Officer Lightoller"
        nouns officer, lightoller
        A tall officer with a hard, calm face.
        talk
          "Stand back, boy!"
        about boats, lifeboats
          "Twenty boats, and not room in them for half of us."
        about anything else
          "Not now!"

      person finch "Albert Finch"
        nouns steward, finch
        A steward with a grey moustache.
        talk
          "Keep out from under the officer's feet, son."
        about family
          "A wife and three girls." He swallows. "Do you have family waiting for you, lad?"
        about anything else
          "Ask the officer, son."

      on why
        only if talking to lightoller
        Finch cuts in before the officer can answer: "Because there aren't enough boats, son."

      on show {form} to {lightoller}
        Lightoller reads it. "Good lad. There's a space in Number Four for a boy. Will you get in?"
        set boat-offered

    scene lifeboat "Lifeboat No. 4"
      You are in the lifeboat.
    """)
}

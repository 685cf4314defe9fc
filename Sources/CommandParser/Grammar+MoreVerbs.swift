import StoryModel

extension Grammar {
    /// Ways of saying things that blind play-tests found missing (issue #11, sixth play-test):
    /// `meet X`, `say hi to X`, `zzz`, `climb on X`, `borrow X`, `photograph X`. More phrasings
    /// that become one of these are in `Rephrasings+More.swift`.
    static let moreLines: [(String, BuiltInVerb)] = [
        ("meet {person}|say hi to {person}|say hello {person}|say hi {person}|hi {person}|hey {person}|wave hello to {person}", .talk),
        ("zzz|zz|zzzz", .wait),
        ("climb on {thing}|climb onto {thing}|climb up on {thing}|climb up onto {thing}", .climb),
        ("borrow {thing}|borrow {thing} from {person}", .borrow),
        ("photograph {any}|photograph|photograph {text}|take picture of {any}|take photo of {any}|take pictures of {any}|take photos of {any}|take photograph of {any}|take snapshot of {any}|take picture|take photo|take pictures|take photos|take picture of {text}|take photo of {text}|take pictures of {text}|take photos of {text}", .photograph),
        ("walk away|go away|run away|get away|walk off|move on|go off", .back),
        ("put {thing} on my back|put {thing} on back|carry {thing} on my back|carry {thing} on back|sling {thing} over my shoulder|sling {thing} on my back|put {thing} on my shoulder|put {thing} over my shoulder", .wear),
    ]
}

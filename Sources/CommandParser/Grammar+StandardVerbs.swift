import StoryModel

extension Grammar {
    /// The standard verbs an Inform player expects, each with a default reply in the engine that a
    /// story overrides with an action of its own (`on eat {apple}`).
    static let standardLines: [(String, BuiltInVerb)] = [
        ("x me|x myself|x self|x yourself|examine me|examine myself|examine self|examine yourself|look at me|look at myself|look at self|look at yourself|inspect me|inspect myself", .examineSelf),
        ("open {thing}|unwrap {thing}", .open), ("close {thing}|shut {thing}|close up {thing}", .close),
        ("lock {thing} with {thing}|lock {thing}", .lock),
        ("unlock {thing} with {thing}|unlock {thing}|open {thing} with {thing}", .unlock),
        ("put {things} in {thing}|put {things} into {thing}|put {things} inside {thing}|insert {things} in {thing}|insert {things} into {thing}|drop {things} in {thing}|drop {things} into {thing}|place {things} in {thing}", .putIn),
        ("put {things} on {thing}|put {things} onto {thing}|place {things} on {thing}|drop {things} on {thing}|set {things} on {thing}", .putOn),
        ("take {things} from {thing}|get {things} from {thing}|remove {things} from {thing}|take {things} out of {thing}|get {things} out of {thing}|take {things} off {thing}", .takeFrom),
        ("look in {thing}|look inside {thing}|look into {thing}|look through {thing}|l in {thing}|l inside {thing}", .lookIn),
        ("look under {thing}|look behind {thing}|look beneath {thing}|l under {thing}|l behind {thing}|l beneath {thing}", .lookUnder),
        ("search {thing}|search|rummage in {thing}", .search),
        ("push {thing}|press {thing}|shove {thing}|move {thing}", .push), ("pull {thing}|drag {thing}|tug {thing}", .pull),
        ("turn {thing}|rotate {thing}|twist {thing}|screw {thing}|unscrew {thing}", .turn),
        ("switch on {thing}|turn on {thing}|switch {thing} on|turn {thing} on|light {thing}", .switchOn),
        ("switch off {thing}|turn off {thing}|switch {thing} off|turn {thing} off|extinguish {thing}", .switchOff),
        ("eat {thing}|taste {thing}|bite {thing}", .eat), ("drink {thing}|sip {thing}|drink", .drink),
        ("smell|sniff|smell {any}|sniff {any}", .smell), ("listen|hear|listen to {any}|hear {any}", .listen),
        ("touch {any}|feel {any}|rub {any}|stroke {any}|pat {any}", .touch),
        ("jump|hop|jump over {thing}|jump on {thing}", .jump), ("sing|hum|whistle", .sing),
        ("sleep|nap|rest|lie down", .sleep), ("pray", .pray), ("kiss {any}", .kiss),
        ("attack {any}|hit {any}|kill {any}|fight {any}|punch {any}|kick {any}|break {thing}|smash {thing}|destroy {thing}", .attack),
        ("buy {thing}|purchase {thing}|buy", .buy), ("climb {thing}|climb up {thing}|climb over {thing}|climb|scale {thing}", .climb),
        ("sit|sit down|sit on {thing}|sit in {thing}|lie on {thing}|sit with {any}|sit by {any}|sit beside {any}|sit next to {any}|sit near {any}|sit down with {any}|sit down by {any}|sit down beside {any}|sit down next to {any}", .sit), ("stand|stand up|get up", .stand),
        ("yes|yeah|yep|yup|yea|sure|ok|okay", .yes), ("no|nope|nah", .no),
        ("sorry|apologise|apologize|apologies", .sorry), ("think|ponder|consider", .think),
        ("exits|ways|where can i go|which way", .exits),
        ("verbose|long", .verbose), ("brief|normal", .brief), ("superbrief|short", .superbrief), ("notify|notify on|notify off|notification|notifications", .notify),
        ("full score|fullscore|full", .fullScore), ("version|info", .version),
        // Verbs with an implied person: `shake hands` with the one person here (CommandParser+ImpliedPerson.swift).
        ("shake hands with {person}|shake hand with {person}|shake {person} hand|shake {person} hands|shake {person}|shake hands|shake hand|shake", .shake),
        ("hug {any}|embrace {any}|cuddle {any}|hug|embrace", .hug), ("salute {any}|salute", .salute),
        ("wave to {any}|wave at {any}|wave {any}|wave|say goodbye to {person}|say bye to {person}|goodbye {person}|bye {person}|say goodbye|goodbye|bye|farewell|bye everyone|bye everybody|bye all|bye guys|goodbye everyone|goodbye all|see you|see ya|cya", .wave), ("thank {person}|thank you|thanks|thank", .thank),
        // `shut up ferris`, `ferris you idiot` are `insult #ferris` (CommandParser+RudeRemarks.swift).
        ("insult {person}|insult|offend {person}|mock {person}", .insult),
        ("play {thing}|play", .play), ("paint {thing}", .paint),
        ("refuse {text}|decline {text}|refuse|decline|no thanks|no thank you", .refuse),
        ("bail|bail out|bail out {text}|bail {text}", .bail),
        ("smoke|smoke {any}|light {any}", .smoke), ("celebrate|cheer|party|shout hooray|hooray|hurrah", .celebrate),
        // `dance`: a dance, not a cheer (a blind student, session 37, read "You let out a cheer").
        ("dance|dance {text}|boogie", .dance),
        ("write|write {text}|write down {text}", .write), ("honk|honk {text}|hoot|hoot {text}|beep|beep {text}", .honk),
        ("drive|drive {text}", .drive),
        // Play-test phrasings (docs/parser.md): points are the score; firing back is an attack.
        ("count points|count my points|count score|count my score|points|my points|tally points", .score),
        ("fire back|shoot back|return fire|fire at {person}|shoot at {person}|shoot {person}", .attack),
        ("meet {person}|go meet {person}|go and meet {person}|go to meet {person}", .talk),
        ("toast|toast {text}|drink to {text}|cheers|raise glass|raise glass to {text}|propose toast", .celebrate),
        ("look for {any}|search for {any}|look around for {any}|find {any}|look for {text}|search for {text}|look around for {text}|find {text}", .lookFor),
    ]

    /// The verb as the player would say it, for "What do you want to …?".
    static func spoken(_ verb: BuiltInVerb) -> String {
        switch verb {
        case .switchOn: "switch on"
        case .switchOff: "switch off"
        case .lookIn: "look in"
        case .lookUnder: "look under"
        case .takeOff: "take off"
        case .lookFor: "look for"
        case .goTo: "go to"
        default: verb.rawValue
        }
    }
}

extension BuiltInVerb {
    /// True for verbs that act on several things at once (`take flares`, `put all in box`).
    public var takesMany: Bool {
        [.take, .drop, .putIn, .putOn, .takeFrom].contains(self)
    }

    /// True for commands about the game rather than in it: a scene's `on any other command` never
    /// catches them.
    public var isOutOfWorld: Bool {
        isMeta && self != .look && self != .inventory
    }
}

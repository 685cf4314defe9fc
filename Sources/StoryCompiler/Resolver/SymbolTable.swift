import StoryModel

/// The ids a story declares, by kind, for resolving names and suggesting fixes.
struct SymbolTable {
    enum Kind: String {
        case scene, thing, fact, ending, flag, counter

        var article: String {
            switch self {
            case .scene: "a scene"
            case .thing: "a thing or person"
            case .fact: "a fact"
            case .ending: "an ending"
            case .flag: "a flag"
            case .counter: "a counter"
            }
        }

        var unknownCode: DiagnosticCode {
            switch self {
            case .scene: .unknownScene
            case .thing: .unknownThing
            case .fact: .unknownFact
            case .ending: .unknownEnding
            case .flag: .unknownFlag
            case .counter: .unknownCounter
            }
        }
    }

    /// The position of each kind in the tables below.
    static func slot(_ kind: Kind) -> Int {
        switch kind {
        case .scene: 0
        case .thing: 1
        case .fact: 2
        case .ending: 3
        case .flag: 4
        case .counter: 5
        }
    }

    /// For each kind (by `slot`), each name numbered in the order declared: an array of six
    /// rather than a dictionary keyed by kind, so a declaration looks its name up once; each a
    /// `StringNumbers`, which hashes an id's bytes rather than the `String` (docs/performance.md,
    /// "Compile, eighteenth round").
    private var tables: [StringNumbers] = Array(repeating: StringNumbers(), count: 6)

    /// Adds a name; returns the index of an earlier declaration of the same name and kind, if any.
    mutating func declare(_ name: String, as kind: Kind) -> (index: Int, isNew: Bool) {
        let (number, isNew) = tables[Self.slot(kind)].add(name)
        return (Int(number), isNew)
    }

    /// Makes room for `count` names of a kind.
    mutating func reserveCapacity(_ count: Int, for kind: Kind) {
        // Only before the first name of the kind (a table made anew holds none).
        if tables[Self.slot(kind)].count == 0 { tables[Self.slot(kind)] = StringNumbers(capacity: count) }
    }

    func lookup(_ name: String, as kind: Kind) -> Int? {
        tables[Self.slot(kind)].number(of: name).map { Int($0) }
    }

    func all(_ kind: Kind) -> [String] {
        tables[Self.slot(kind)].strings
    }

    /// The other kinds this name is declared as.
    func otherKinds(of name: String, than kind: Kind) -> [Kind] {
        [Kind.scene, .thing, .fact, .ending, .flag, .counter].filter { $0 != kind && lookup(name, as: $0) != nil }
    }
}

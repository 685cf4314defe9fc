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

    /// For each kind (by `slot`), the index of each name: an array of six rather than a
    /// dictionary keyed by kind, so a declaration hashes its name once.
    private var indices: [[String: Int]] = Array(repeating: [:], count: 6)
    private var names: [[String]] = Array(repeating: [], count: 6)

    /// Adds a name; returns the index of an earlier declaration of the same name and kind, if any.
    mutating func declare(_ name: String, as kind: Kind) -> (index: Int, isNew: Bool) {
        let slot = Self.slot(kind)
        let index = names[slot].count
        if let existing = indices[slot].updateValue(index, forKey: name) {
            indices[slot][name] = existing
            return (existing, false)
        }
        names[slot].append(name)
        return (index, true)
    }

    /// Makes room for `count` names of a kind.
    mutating func reserveCapacity(_ count: Int, for kind: Kind) {
        indices[Self.slot(kind)].reserveCapacity(count)
        names[Self.slot(kind)].reserveCapacity(count)
    }

    func lookup(_ name: String, as kind: Kind) -> Int? {
        indices[Self.slot(kind)][name]
    }

    func all(_ kind: Kind) -> [String] {
        names[Self.slot(kind)]
    }

    /// The other kinds this name is declared as.
    func otherKinds(of name: String, than kind: Kind) -> [Kind] {
        [Kind.scene, .thing, .fact, .ending, .flag, .counter].filter { $0 != kind && lookup(name, as: $0) != nil }
    }
}

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

    private(set) var indices: [Kind: [String: Int]] = [:]
    private(set) var names: [Kind: [String]] = [:]

    /// Adds a name; returns the index of an earlier declaration of the same name and kind, if any.
    mutating func declare(_ name: String, as kind: Kind) -> (index: Int, isNew: Bool) {
        if let existing = indices[kind]?[name] { return (existing, false) }
        let index = names[kind, default: []].count
        names[kind, default: []].append(name)
        indices[kind, default: [:]][name] = index
        return (index, true)
    }

    func lookup(_ name: String, as kind: Kind) -> Int? {
        indices[kind]?[name]
    }

    func all(_ kind: Kind) -> [String] {
        names[kind] ?? []
    }

    /// The other kinds this name is declared as.
    func otherKinds(of name: String, than kind: Kind) -> [Kind] {
        [Kind.scene, .thing, .fact, .ending, .flag, .counter].filter { $0 != kind && indices[$0]?[name] != nil }
    }
}

import StoryModel

/// How a thing is named in a sentence.
enum Article {
    case definite, indefinite, bare
}

extension Story {
    /// A thing's name with the right article: "the green flare", "an old ferryman", "Gordeyev".
    func name(of thing: ThingIndex, _ article: Article) -> String {
        let item = things[thing]
        if item.isProperName || article == .bare { return item.name }
        // "Kotzebue's map", never "the Kotzebue's map".
        if let first = item.name.split(separator: " ").first, first.first?.isUppercase == true,
           first.hasSuffix("'s") || first.hasSuffix("’s") { return item.name }
        switch article {
        case .definite: return "the " + item.name
        case .indefinite:
            let vowel = item.name.first.map { "aeiouAEIOU".contains($0) } ?? false
            return (vowel ? "an " : "a ") + item.name
        case .bare: return item.name
        }
    }

    /// The name with its first letter capitalised, to start a sentence.
    func capitalizedName(of thing: ThingIndex, _ article: Article) -> String {
        let text = name(of: thing, article)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// "a, b and c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + items[items.count - 1]
        }
    }
}

extension Story {
    /// True when a thing's name is plural ("Soviet soldiers", "Soviet guests", "tulips"): its head
    /// noun, the last word before `of`, `with`, `in`, … ("pack of cigarettes" is one pack), ends in
    /// `s` and is not a proper name.
    func isPluralName(_ thing: ThingIndex) -> Bool {
        let words = things[thing].name.split(separator: " ")
        // "McDonnell, Huff and Staub": several people by name.
        if things[thing].isProperName, words.contains("and") { return true }
        let head = words.prefix { !["of", "with", "in", "on", "from", "at", "by", "for"].contains($0) }.last ?? ""
        return head.first?.isLowercase == true && head.hasSuffix("s") && !head.hasSuffix("ss")
    }

    /// The verb form that agrees with a thing's name: `agree(soldiers, "doesn't")` is "don't".
    func agree(_ thing: ThingIndex, _ singular: String) -> String {
        guard isPluralName(thing) else { return singular }
        switch singular {
        case "doesn't": return "don't"
        case "isn't": return "aren't"
        case "is": return "are"
        case "was": return "were"
        case "has": return "have"
        case "does": return "do"
        default: return singular.hasSuffix("s") ? String(singular.dropLast()) : singular
        }
    }
}

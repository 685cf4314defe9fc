/// People named as many: "Soviet soldiers", a crowd, `men`. One answer for the engine (a
/// command naming a group and one person remembers the person for `him`) and for the parser
/// (a group is no `him` or `her`).
extension Thing {
    /// Nouns that name many people whatever their ending.
    public static let wordsForMany: [String] = ["men", "women", "boys", "girls", "guys", "people", "crowd"]

    /// True for people named as many: a word for many among the nouns, or a plural first noun
    /// (`soldiers`, not `boss`) of a name that is not a proper one.
    public var isNamedAsMany: Bool {
        if nouns.contains(where: Self.wordsForMany.contains) { return true }
        guard !isProperName, let first = nouns.first else { return false }
        return first.hasSuffix("s") && !first.hasSuffix("ss")
    }
}

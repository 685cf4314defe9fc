import StoryModel

extension Array where Element == ThingIndex {
    /// The things of a list appended one by one, in its order (`append(contentsOf:)` of a
    /// `ThingList`, which does not know its length, went through the general path: 370
    /// instructions a list; docs/performance.md, "Per command, fourteenth round").
    mutating func appendEach(of list: ThingList) {
        for thing in list { append(thing) }
    }
}

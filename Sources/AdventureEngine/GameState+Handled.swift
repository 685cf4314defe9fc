import StoryModel

/// The things the player has held, for `here` texts: "Your sun helmet hangs on a tent pole." is
/// where the helmet starts (or where the story puts it), and once the player has picked it up it
/// is listed like any other thing ("You can also see a sun helmet here."), as Inform's initial
/// appearance is. Only things with a `here` text are noted; `verify` does not count them, since
/// they change what is shown and nothing else.
extension GameState {
    /// True when the player has held the thing since the story began.
    func isHandled(_ thing: ThingIndex) -> Bool {
        guard let handled = core.handled else { return false }
        return handled.contains(thing)
    }

    mutating func markHandled(_ thing: ThingIndex) {
        var handled = core.handled ?? []
        let position = handled.firstIndex { $0 >= thing } ?? handled.endIndex
        guard position == handled.endIndex || handled[position] != thing else { return }
        handled.insert(thing, at: position)
        core.handled = handled
    }
}

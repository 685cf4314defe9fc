/// Where a fact's notice stands in a turn. An action that lets the built-in verb go on
/// (`on examine {bridge}` … `unlock fact trebsen-bridge` … `continue`) has its text first, then the
/// built-in's (the bridge's description), and the notice of the fact last, after what the fact is
/// about has been read; it had come between the two, before the description it followed from.
extension Turn {
    /// Moves the fact notices among `range`'s outputs after every other output of the turn.
    mutating func moveFactNoticesToTheEnd(from range: Range<Int>) {
        let notices = range.filter { position in
            if case .factUnlocked = outputs[position] { true } else { false }
        }
        guard !notices.isEmpty, range.upperBound < outputs.count else { return }
        let moved = notices.map { outputs[$0] }
        for position in notices.reversed() { outputs.remove(at: position) }
        outputs.append(contentsOf: moved)
    }
}

import CommandParser
import StoryModel

/// The turns `undo` can take back, oldest first, at most `Game.undoDepth` of them once a turn is
/// added: a ring of slots, so that a turn past the depth takes the slot of the oldest step.
///
/// An array dropped 64 expired steps from its front every 64 turns or so, and moving the 500
/// steps after them was 5.5 M instructions over the 2,756 commands of the N = 600 walkthrough
/// (docs/performance.md, "Per command, fourteenth round"). The steps, their order and the depth
/// are as they were; a save holds `steps`, oldest first, as before.
struct UndoHistory: Sendable {
    /// The steps; the oldest is at `first`, the others after it, wrapping round to the start.
    /// A slot is nil once its step has been taken back, until a new turn fills it.
    private var slots: [Game.UndoStep?]
    /// The slot of the oldest step (0 until the ring is full and a turn takes the oldest's slot).
    private var first = 0
    /// How many steps `undo` can take back.
    private(set) var count: Int

    /// The steps of a snapshot, oldest first (a save's; any number of them, as before: a turn
    /// added keeps the newest `depth`).
    init(_ steps: [Game.UndoStep] = []) {
        slots = steps.map { Optional($0) }
        count = steps.count
    }

    var isEmpty: Bool { count == 0 }

    /// The question pending before the newest step, and its scene, read in place (asked at
    /// every command of one line: a copy of the step would copy its core).
    var newestQuestion: (question: PendingQuestion, scene: SceneIndex)? {
        guard count > 0 else { return nil }
        let index = slot(count - 1)
        guard let question = slots[index]?.core.pending, let scene = slots[index]?.core.scene else { return nil }
        return (question, scene)
    }

    /// The steps, oldest first.
    var steps: [Game.UndoStep] { newest(count) }

    /// The newest `k` steps (all of them when there are fewer), oldest first.
    func newest(_ k: Int) -> [Game.UndoStep] {
        let kept = min(max(k, 0), count)
        var result: [Game.UndoStep] = []
        result.reserveCapacity(kept)
        for position in (count - kept)..<count {
            if let step = slots[slot(position)] { result.append(step) }
        }
        return result
    }

    /// Adds the newest step; the oldest are dropped while there are more than `depth`.
    mutating func append(_ step: Game.UndoStep, depth: Int) {
        guard depth > 0 else {
            self = UndoHistory()
            return
        }
        if count < slots.count {
            // A slot left free by `undo`.
            slots[slot(count)] = step
            count += 1
        } else if count < depth {
            // Not yet full: the ring has never wrapped, so `first` is 0.
            slots.append(step)
            count += 1
        } else {
            // Full: the step takes the oldest's slot.
            slots[first] = step
            first = (first + 1) % slots.count
        }
        if count > depth { keepNewest(depth) }
    }

    /// Takes the newest step out.
    mutating func popLast() -> Game.UndoStep? {
        guard count > 0 else { return nil }
        let index = slot(count - 1)
        let step = slots[index]
        slots[index] = nil
        count -= 1
        return step
    }

    /// The slot of the step at `position` from the oldest.
    private func slot(_ position: Int) -> Int {
        let index = first + position
        return index < slots.count ? index : index - slots.count
    }

    /// Only the newest `depth` steps, in slots from the start (after a restore of more steps
    /// than the depth, which no save of this version writes).
    private mutating func keepNewest(_ depth: Int) {
        let kept = newest(depth)
        slots = kept.map { Optional($0) }
        first = 0
        count = kept.count
    }
}

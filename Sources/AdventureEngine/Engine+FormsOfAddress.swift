import CommandParser

/// `sir`, `sergeant`, `ma'am` standing alone between commas (issue #11, the twenty-seventh blind
/// run): the form of address belongs to a part of the line, it is no command of its own. The
/// last part alone (`thanks, lieutenant`) is joined in `perform(_:on:rendersText:memo:)` together
/// with a person's name; this joins the ones before.
extension Engine {
    /// Joins each part that is only a form of address to the part before it (the first part to
    /// the one after it); true when it changed the parts.
    func joinFormsOfAddress(_ commands: inout [[String]]) -> Bool {
        var changed = false
        var index = 0
        while index < commands.count, commands.count > 1 {
            guard parser.isFormOfAddress(commands[index]) else {
                index += 1
                continue
            }
            let form = commands.remove(at: index)
            if index > 0 {
                // `congratulations, sir, …`: the interjection alone stays as it is.
                let before = commands[index - 1]
                if before.count != 1 || !CommandParser.interjections.contains(before[0]) { commands[index - 1] += form }
            } else {
                commands[0] += form
            }
            changed = true
        }
        return changed
    }
}

extension Engine {
    /// `good morning, ortiz. did you sleep well`, `thank you, colonel. we will go`, `what is your
    /// name, little girl?`: a part of one to three words that only names a person here (with a
    /// describing word the story does not know, or not), or is a form of address, after a part that
    /// ends at a comma, and itself not ending at one, joins the part before it.
    func joinNamesInside(_ commands: inout [[String]], endsAtComma: [Bool], state: GameState) {
        var index = commands.count - 2
        var ends = endsAtComma
        let scope = StateScope(story: story, state: state)
        while index >= 1 {
            let part = commands[index]
            if ends[index - 1], !ends[index], part.count <= 3,
               parser.isFormOfAddress(part) || parser.addressee(parser.withoutUnknownDescribingWords(part), scope: scope) != nil {
                let before = commands[index - 1]
                if before.count != 1 || !CommandParser.interjections.contains(before[0]) { commands[index - 1] += part }
                commands.remove(at: index)
                ends[index - 1] = ends.remove(at: index)
            }
            index -= 1
        }
    }

    /// `out. u. wave flag. titov, shout. d`: a part after a full stop that only names a person
    /// here and ends at a comma is an order to them, the part after it what they are asked to do
    /// (the seventy-first blind player had "You wave to Titov." and a shout of their own). True
    /// when one was joined. The first part is the caller's (`Engine.perform`). A person not here
    /// as the line starts may be by the time the order comes: `out. titov, follow me` from the
    /// pharmacy, Titov outside (session 36's Inform veteran had `out` again, "You can't go out
    /// from here"), is joined as `titov follow me`, read when it comes (an order to him there, or
    /// where he went).
    func joinOrdersInside(_ commands: inout [[String]], endsAtComma: [Bool], state: GameState) -> Bool {
        let scope = StateScope(story: story, state: state)
        var ends = endsAtComma
        var joined = false
        var index = 1
        while index < commands.count - 1 {
            if !ends[index - 1], ends[index] {
                if let person = parser.addressee(commands[index], scope: scope) {
                    commands[index + 1] = ["ask", "#\(person)", "to"] + commands[index + 1]
                } else if parser.namesAbsentPerson(commands[index], scope: scope) {
                    commands[index + 1] = commands[index] + commands[index + 1]
                } else {
                    index += 1
                    continue
                }
                commands.remove(at: index)
                ends.remove(at: index)
                joined = true
            }
            index += 1
        }
        return joined
    }
}

import CommandParser

/// A line of input read once: a `save` or `restore` request, or the commands and words the
/// tokenizer finds in it. The engine plays it exactly as it plays the line it was made from;
/// a search that tries the same command in thousands of states prepares it once.
public struct PreparedInput: Hashable, Sendable {
    /// `save NAME`, `restore NAME` or `load NAME`, which take the rest of the line as typed.
    let request: Request?
    /// The commands, each a list of lowercased words (empty for a request).
    let commands: [[String]]
    /// The commands as the tokenizer reads them even for a request (for the parser's readings).
    let allCommands: [[String]]
    /// True when the first of several commands ended at a comma: `titov, shout` may be an order.
    let firstEndsAtComma: Bool
    /// True when the last of several commands follows a comma: `thanks, lieutenant` says whom
    /// the line is for, `take lamp. brennan` and `take lamp then brennan` do not.
    let lastFollowsComma: Bool
    /// For each command, whether it ends at a comma (`good morning, ortiz. did you sleep well`);
    /// empty for a single command.
    let endsAtComma: [Bool]
    /// True when the line ends in a question mark: its last part is a question (`so its fake?`).
    let endsWithQuestionMark: Bool
    /// A number a search gives each line it prepares, distinct per line (-1: none): its memo
    /// keeps each command's reading under the number rather than hashing the words each time.
    public var searchNumber = -1

    public init(_ line: String) {
        request = Engine.saveRequest(line)
        allCommands = Tokenizer.commands(in: line)
        commands = request == nil ? allCommands : []
        firstEndsAtComma = commands.count > 1 && Tokenizer.firstCommandEndsAtComma(in: line)
        lastFollowsComma = commands.count > 1 && Tokenizer.lastCommandFollowsComma(in: line)
        endsAtComma = commands.count > 1 ? Tokenizer.commandsEndingAtComma(in: line) : []
        endsWithQuestionMark = Self.lastVisibleByte(of: line) == 0x3F
    }

    /// The line's last byte other than a space, tab or line break, read on its contiguous bytes
    /// (through the `UTF8View`'s indices it was a sixth of reading the line).
    private static func lastVisibleByte(of line: String) -> UInt8? {
        var line = line
        return line.withUTF8 { bytes in bytes.last(where: { $0 != 0x20 && !(0x09...0x0D).contains($0) }) }
    }
}

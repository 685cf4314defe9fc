#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the player pressed at `[more]`.
///
/// Space, Enter, Tab, Backspace, an arrow or function key, Ctrl-D and Ctrl-C show the next page.
/// A key that types something (a letter, a digit, punctuation, `ü`) is the start of the next
/// command: the pager stops pausing for the rest of the reply and the key begins the next line,
/// so `go home` typed at `[more]` arrives whole.
public enum MoreKey: Equatable, Sendable {
    /// Show the next page.
    case nextPage
    /// The player began typing; the text starts the next line.
    case typing(String)

    /// The key that a terminal sent as these bytes (one key: a character in UTF-8, or an
    /// escape sequence).
    ///
    ///     MoreKey(bytes: Array("g".utf8))       // .typing("g")
    ///     MoreKey(bytes: [0x1B, 0x5B, 0x41])    // .nextPage (the Up arrow)
    public init(bytes: [UInt8]) {
        guard let first = bytes.first, first > 0x20, first != 0x7F else {
            self = .nextPage
            return
        }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator), iterator.next() == nil,
              !TypedInput.isControl(scalar), !scalar.properties.isWhitespace else {
            self = .nextPage
            return
        }
        self = .typing(String(Character(scalar)))
    }

    /// Reads one key from standard input without waiting for Enter and without echoing it: all
    /// the bytes of a UTF-8 character or of an escape sequence (an arrow key), so none is left
    /// over to dismiss the next page or to land in the next command. An interrupted read
    /// (Ctrl-C) or the end of input counts as a key that shows the next page.
    public static func read() -> MoreKey {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return .nextPage }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        // Keys typed ahead stay queued (TCSANOW, not TCSAFLUSH): they are the player's next command.
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        guard let first = readByte(waitingMilliseconds: -1) else { return .nextPage }
        var bytes = [first]
        if first == 0x1B {
            readRestOfEscapeSequence(into: &bytes)
        } else if first >= 0xC0 {
            let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
            while bytes.count < length, let next = readByte(waitingMilliseconds: 100), next & 0xC0 == 0x80 {
                bytes.append(next)
            }
        }
        return MoreKey(bytes: bytes)
    }

    /// Reads what follows ESC when a key sends a sequence: `ESC [ … final` (arrows, Page Down),
    /// `ESC O x` (F1–F4, arrows in application mode), or `ESC x` (Alt-x). A lone Escape key is
    /// followed by nothing within a moment.
    private static func readRestOfEscapeSequence(into bytes: inout [UInt8]) {
        guard let kind = readByte(waitingMilliseconds: 30) else { return }
        bytes.append(kind)
        switch kind {
        case UInt8(ascii: "["):
            while bytes.count < 32, let next = readByte(waitingMilliseconds: 30) {
                bytes.append(next)
                if (0x40...0x7E).contains(next) { return }
            }
        case UInt8(ascii: "O"):
            if let next = readByte(waitingMilliseconds: 30) { bytes.append(next) }
        default:
            return
        }
    }

    /// One byte from standard input, or nil when none comes within the time (-1: wait as long
    /// as it takes), the input ends, or the read is interrupted (Ctrl-C).
    private static func readByte(waitingMilliseconds timeout: Int32) -> UInt8? {
        if timeout >= 0 {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, timeout) == 1 else { return nil }
        }
        var byte: UInt8 = 0
        return Glibc.read(STDIN_FILENO, &byte, 1) == 1 ? byte : nil
    }
}

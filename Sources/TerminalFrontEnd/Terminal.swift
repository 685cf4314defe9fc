#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the terminal the game runs in.
public enum Terminal {
    /// True when the file descriptor is a terminal.
    public static func isTerminal(_ descriptor: Int32) -> Bool {
        isatty(descriptor) != 0
    }

    /// The width of the terminal on standard output, or nil when it is not a terminal.
    public static func width() -> Int? {
        guard isTerminal(STDOUT_FILENO) else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }

    /// The height of the terminal on standard output, or nil when it is not a terminal.
    public static func height() -> Int? {
        guard isTerminal(STDOUT_FILENO) else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// The value of an environment variable.
    public static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The width to wrap at: the one asked for, else the terminal's, else `COLUMNS`, else 80.
    public static func wrapWidth(requested: Int?) -> Int {
        if let requested, requested > 0 { return requested }
        if let width = width() { return width }
        if let columns = environment("COLUMNS").flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// True when colour may be used: output is a terminal, `NO_COLOR` is unset, and it was not
    /// turned off.
    public static func allowsColour(disabled: Bool) -> Bool {
        !disabled && isTerminal(STDOUT_FILENO) && environment("NO_COLOR") == nil
    }
}

import TerminalFrontEnd
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard error as a `TextOutputStream`, for `print(…, to: &standardError)`.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        writeAll(string, to: STDERR_FILENO)
    }
}

/// True when colour may be used on standard output: a terminal, and `NO_COLOR` unset.
func standardOutputWantsColour() -> Bool {
    isatty(STDOUT_FILENO) != 0 && getenv("NO_COLOR") == nil
}

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

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A story file's name as a number: the index of the name in a table the process keeps of every
/// file name a `SourceLocation` has named. Four bytes in every range of a syntax tree and a story,
/// not a `String` (16 bytes, retained and released at every copy); two equal names are the same
/// number, so locations compare and hash as they did with the name.
public struct SourceFileName: Hashable, Sendable, CustomStringConvertible {
    let index: UInt32

    /// The number of `name`, added to the table the first time it is named.
    public init(_ name: String) {
        index = SourceFileNames.shared.index(of: name)
    }

    /// The file's name as the author named it (relative paths stay relative).
    public var name: String { SourceFileNames.shared.name(at: index) }

    public var description: String { name }
}

/// The process's table of file names, never shrinking: a story names a few files, and a process
/// compiles a few stories (a test run, a few dozen names).
final class SourceFileNames: @unchecked Sendable {
    static let shared = SourceFileNames()

    private var names: [String] = []
    private var indices: [String: UInt32] = [:]
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    private init() {
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    func index(of name: String) -> UInt32 {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if let index = indices[name] { return index }
        let index = UInt32(truncatingIfNeeded: names.count)
        names.append(name)
        indices[name] = index
        return index
    }

    func name(at index: UInt32) -> String {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return Int(index) < names.count ? names[Int(index)] : ""
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the compiler reads story files from: the file system, or memory in tests and fuzzing.
public protocol SourceProvider: Sendable {
    /// The bytes of a file, or nil if it cannot be read.
    func bytes(at path: String) -> [UInt8]?

    /// The file as text when the provider already holds it as a `String` (the stories embedded
    /// in the binary), so that loading a compiled form copies nothing; nil otherwise (the default).
    func text(at path: String) -> String?
}

extension SourceProvider {
    public func text(at path: String) -> String? { nil }
}

/// Reads story files from disk.
public struct FileSystemSourceProvider: SourceProvider {
    public init() {}

    public func bytes(at path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        // A regular file is read at once into an array of its size (and one byte more, to see its
        // end): read in 64 KiB pieces appended to a growing array, a 1.9 MB story cost 4 M
        // instructions, most of them copies (docs/performance.md, "Compile, twentieth round").
        var status = stat()
        if fstat(fileno(file), &status) == 0, (status.st_mode & 0o170000) == 0o100000, status.st_size > 0,
           let size = Int(exactly: status.st_size), size < Int.max / 2 {
            var failed = false
            var result = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
                initialized = fread(buffer.baseAddress, 1, size + 1, file)
                failed = initialized < size + 1 && ferror(file) != 0
            }
            if failed { return nil }
            // Grown since `fstat`: the rest read in pieces.
            if result.count == size + 1 {
                guard let rest = Self.readToEnd(file) else { return nil }
                result.append(contentsOf: rest)
            }
            return result
        }
        return Self.readToEnd(file)
    }

    /// The rest of a file, read in pieces; nil on a read error.
    private static func readToEnd(_ file: UnsafeMutablePointer<FILE>) -> [UInt8]? {
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { result.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count {
                if ferror(file) != 0 { return nil }
                break
            }
        }
        return result
    }
}

/// Serves story files from a dictionary of path to text.
public struct InMemorySourceProvider: SourceProvider {
    public var files: [String: [UInt8]]

    public init(files: [String: String]) {
        self.files = files.mapValues { Array($0.utf8) }
    }

    public init(bytes: [String: [UInt8]]) {
        self.files = bytes
    }

    public func bytes(at path: String) -> [UInt8]? {
        files[path]
    }
}

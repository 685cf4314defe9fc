import Foundation
import StoryCompiler

/// Locates checked-in test fixtures relative to a test source file.
public enum Fixtures {
    /// The directory that holds `file` (pass `#filePath`).
    public static func directory(of file: String) -> String {
        (file as NSString).deletingLastPathComponent
    }

    /// The repository's top directory, found from any file under `Tests/`.
    public static func repositoryRoot(from file: String = #filePath) -> String {
        var url = URL(fileURLWithPath: file)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        return FileManager.default.currentDirectoryPath
    }

    /// The names of the files in a directory with the given extension, sorted.
    public static func files(in directory: String, withExtension ext: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return names.filter { $0.hasSuffix("." + ext) }.sorted()
    }
}

/// Reads story files relative to a directory, so diagnostics show short, stable paths.
public struct DirectorySourceProvider: SourceProvider {
    public let root: String

    public init(root: String) {
        self.root = root
    }

    public func bytes(at path: String) -> [UInt8]? {
        FileManager.default.contents(atPath: path.hasPrefix("/") ? path : root + "/" + path).map { Array($0) }
    }
}

import Foundation

/// Folders a test writes into (saves, stories, a server's classroom). Each is new and empty; all of
/// them lie in one folder for this test process, which is removed when the process exits, so that
/// a run of the tests leaves nothing behind in the system's temporary folder.
public enum TestFolders {
    /// A new empty folder whose name starts with `prefix`.
    public static func make(_ prefix: String) -> String {
        let path = root + "/" + prefix + "-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// This process's folder, made (and its removal at exit arranged) on first use.
    public static let root: String = {
        let path = NSTemporaryDirectory() + "elbe-tests-\(getpid())-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        path.withCString { removalPath = strdup($0) }
        atexit { removeRoot() }
        return path
    }()
}

/// The root's path as a C string, for the exit handler (which cannot capture a context).
nonisolated(unsafe) private var removalPath: UnsafeMutablePointer<CChar>?

private func removeRoot() {
    guard let path = removalPath else { return }
    try? FileManager.default.removeItem(atPath: String(cString: path))
}

import Foundation

/// A plain-text copy of the session, written while `transcript on` is in force.
struct TranscriptFile {
    let path: String
    private let handle: FileHandle

    /// Opens (appending) or creates the file, and the folder it goes in (a player's story folder
    /// is made by the first save, which may come after the transcript starts).
    init?(path: String) {
        if !FileManager.default.fileExists(atPath: path) {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty { try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
        // The throwing forms: Foundation's older `seekToEndOfFile` and `write(_:)` end the process
        // when the system refuses (a full disk, a path that is not a file).
        _ = try? handle.seekToEnd()
        self.path = path
        self.handle = handle
    }

    /// Appends `text`; false when the system refused it (a full disk, a descriptor gone).
    @discardableResult
    func write(_ text: String) -> Bool {
        do {
            try handle.write(contentsOf: Data(text.utf8))
            return true
        } catch {
            return false
        }
    }

    func close() {
        try? handle.close()
    }
}

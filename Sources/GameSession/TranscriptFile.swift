import Foundation

/// A plain-text copy of the session, written while `transcript on` is in force.
struct TranscriptFile {
    let path: String
    private let handle: FileHandle

    /// Opens (appending) or creates the file.
    init?(path: String) {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else { return nil }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return nil }
        handle.seekToEndOfFile()
        self.path = path
        self.handle = handle
    }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    func close() {
        try? handle.close()
    }
}

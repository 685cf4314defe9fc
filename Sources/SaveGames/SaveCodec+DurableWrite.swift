import Foundation

extension SaveCodec {
    /// Encodes a save and writes it to `path` as the game's own saves are written (`DurableFile`):
    /// a temporary file in the same folder, flushed to disk, renamed over the old one (kept as
    /// `backup` when given), and the folder flushed, all before this returns.
    public static func write(_ file: SaveFile, to path: String, backup: String? = nil) throws {
        try DurableFile.write(encodedBytes(file), to: path, backup: backup)
    }
}

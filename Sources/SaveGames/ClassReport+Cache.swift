import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension ClassReport {
    /// What one student adds to a report: their row, and the scenes and facts (by index in the
    /// story) their furthest game reached.
    struct PlayerPart: Sendable {
        var row: Row
        var visitedScenes: Set<Int>
        var unlockedFacts: Set<Int>
        var problems: [String]
    }

    /// The parts of the students read for the last report, each with the size and time of every
    /// save file it was read from: a report read again reads only the students whose saves
    /// changed since (a move appends a line to the autosave, so its size and time change). The
    /// teacher's live table reads the class through one cache, so one student's move costs one
    /// student's saves, not the class's.
    public final class Cache: @unchecked Sendable {
        private let lock = NSLock()
        private var parts: [String: (signature: [FileStamp], part: PlayerPart?)] = [:]

        public init() {}

        func part(folder: String, signature: [FileStamp], read: () -> PlayerPart?) -> PlayerPart? {
            if let kept = lock.withLock({ parts[folder] }), kept.signature == signature { return kept.part }
            let part = read()
            lock.withLock { parts[folder] = (signature, part) }
            return part
        }

        private var stories: (signature: [FileStamp], stories: [SavesFolder.StoryInUse])?

        /// The stories with saves in the folder, read again only when a folder changed (a save
        /// added, renamed or removed; a move appended to an autosave changes no folder).
        func stories(in saves: SavesFolder) -> [SavesFolder.StoryInUse] {
            let signature = FileSystemListing.playerFolders(in: saves).flatMap { player -> [FileStamp] in
                let folder = saves.path + "/" + player
                return [FileStamp.stamp(folder)].compactMap { $0 }
                    + ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().compactMap { FileStamp.stamp(folder + "/" + $0) }
                        .filter { !$0.path.hasSuffix(".save") && !$0.path.hasSuffix(".txt") }
            }
            if let kept = lock.withLock({ stories }), kept.signature == signature { return kept.stories }
            let found = saves.stories()
            lock.withLock { stories = (signature, found) }
            return found
        }

        /// Forgets the students whose folders are gone.
        func keepOnly(_ folders: Set<String>) {
            lock.withLock { parts = parts.filter { folders.contains($0.key) } }
        }
    }

    /// A save file's name, size, modification time and inode (a snapshot is written beside the
    /// file and renamed over it).
    struct FileStamp: Hashable, Sendable {
        var path: String
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64

        /// The stamps of every save file a player's report reads: in the story's folder and, from
        /// before saves were kept per story, in the player's own folder.
        static func saves(playerFolder: String, storyID: String) -> [FileStamp] {
            let storyFolder = playerFolder + "/" + SaveStore.folderName(ofStory: storyID)
            return [storyFolder, playerFolder].flatMap { folder in
                ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter(SaveStore.isSaveFileName).sorted()
                    .compactMap { stamp(folder + "/" + $0) }
            } + [stamp(storyFolder)].compactMap { $0 }
        }

        static func stamp(_ path: String) -> FileStamp? {
            var info = stat()
            guard lstat(path, &info) == 0 else { return nil }
            #if canImport(Darwin)
            let time = info.st_mtimespec
            #else
            let time = info.st_mtim
            #endif
            return FileStamp(path: path, size: Int64(info.st_size), seconds: Int(time.tv_sec), nanoseconds: Int(time.tv_nsec),
                             inode: UInt64(info.st_ino))
        }
    }
}

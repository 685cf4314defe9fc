import Foundation

/// Tidies a player's saves of one story: the games the game kept by itself ("earlier game …",
/// "finished game …", "original …", "before restoring") pile up over a term. Pruning keeps what
/// matters — every save the player named, the autosave, the furthest game, and the newest few
/// kept games — and deletes the rest.
public enum SavePruning {
    /// How many of the newest kept games stay.
    public static let keptPerStory = 3

    /// The saves pruning would delete, given the furthest save's file name.
    public static func candidates(_ listings: [SaveListing], furthest: String?) -> [SaveListing] {
        let kept = listings.filter { $0.isAutomatic && $0.name != "autosave" && $0.file != nil && $0.fileName != furthest }
            .sorted { ($0.file?.savedAt ?? "") > ($1.file?.savedAt ?? "") }
        return Array(kept.dropFirst(keptPerStory))
    }

    /// Deletes the saves (and their backups). Returns the ones that could not be deleted.
    public static func delete(_ listings: [SaveListing]) -> [SaveListing] {
        listings.filter { listing in
            unlink(listing.path + ".bak")
            return unlink(listing.path) != 0
        }
    }
}

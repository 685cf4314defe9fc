import Foundation

/// Tidies a player's saves of one story: the games the game kept by itself ("earlier game …",
/// "finished game …", "original …", "before restoring") pile up over a term. Pruning keeps what
/// matters — every save the player named, the autosave, the furthest game, and the newest few
/// kept games — and deletes the rest.
public enum SavePruning {
    /// How many of the newest kept games stay.
    public static let keptPerStory = 3

    /// The saves pruning would delete, given the file names of the furthest save and of the
    /// furthest that reached an ending (`PlayerProgress.endedEarlier`), both kept.
    public static func candidates(_ listings: [SaveListing], furthest: String?, ended: String? = nil) -> [SaveListing] {
        let kept = listings.filter { $0.isAutomatic && $0.name != "autosave" && $0.file != nil && $0.fileName != furthest && $0.fileName != ended }
            // Newest first; games kept in the same second by the name's number ("… 2" after "…"),
            // not by chance (a blind teacher's prune kept the older of two, session 34).
            .sorted { a, b in
                let (x, y) = (a.file?.savedAt ?? "", b.file?.savedAt ?? "")
                return x != y ? x > y : Self.sameSecondOrder(a.name) > Self.sameSecondOrder(b.name)
            }
        return Array(kept.dropFirst(keptPerStory))
    }

    /// The number a save kept in the same second as another ends with ("earlier game … 2"), 1
    /// for none.
    static func sameSecondOrder(_ name: String) -> Int {
        guard let space = name.lastIndex(of: " "), let number = Int(name[name.index(after: space)...]), number < 1000 else { return 1 }
        return number
    }

    /// Deletes the saves (and their backups). Returns the ones that could not be deleted.
    public static func delete(_ listings: [SaveListing]) -> [SaveListing] {
        listings.filter { listing in
            unlink(listing.path + ".bak")
            return unlink(listing.path) != 0
        }
    }
}
